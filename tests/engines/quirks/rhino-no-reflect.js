// Rhino 1.7.14 has no Reflect. Node: object; Rhino: undefined.
console.log(typeof Reflect);
