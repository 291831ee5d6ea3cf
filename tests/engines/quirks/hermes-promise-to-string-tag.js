// Hermes 0.12: Promise.prototype has no Symbol.toStringTag. Node: [object Promise]; Hermes: [object Object].
console.log(Object.prototype.toString.call(Promise.resolve()), String(Promise.resolve()));
