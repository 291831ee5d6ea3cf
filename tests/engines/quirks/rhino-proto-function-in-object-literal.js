// Rhino 1.7.14: `__proto__: value` in an object literal does not set the prototype when the value is a
// function (it does for other objects). Node: true true; Rhino: false true.
var f = function () {};
var o = { __proto__: f };
var p = { __proto__: { x: 1 } };
console.log(Object.getPrototypeOf(o) === f, p.x === 1);
