// Rhino 1.7.14: a strict function called without a receiver gets the global object as `this`, not
// undefined. Node: undefined undefined; Rhino: object object.
"use strict";
function f() { return typeof this; }
console.log(f(), (function () { return typeof this; })());
