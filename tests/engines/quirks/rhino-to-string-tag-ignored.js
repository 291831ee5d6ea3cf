// Rhino 1.7.14: Object.prototype.toString ignores Symbol.toStringTag. Node: [object Custom]; Rhino: [object Object].
var o = {};
o[Symbol.toStringTag] = "Custom";
console.log(Object.prototype.toString.call(o));
