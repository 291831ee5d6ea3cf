// Hermes 0.12: assigning to the name of a named function expression inside it, in strict code, does not
// throw (ECMA-262: the binding is immutable, a TypeError in strict code). Node: TypeError; Hermes: no error.
var f = function self() {
  "use strict";
  try { self = 1; return "no error"; } catch (e) { return e.name; }
};
console.log(f());
