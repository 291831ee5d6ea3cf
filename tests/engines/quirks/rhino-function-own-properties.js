// Rhino 1.7.14: every function has own `arguments` and `arity` properties, in its own order.
// Node: length,name,arguments,caller,prototype; Rhino: arguments,prototype,name,arity,length.
console.log(Object.getOwnPropertyNames(function () {}).join());
