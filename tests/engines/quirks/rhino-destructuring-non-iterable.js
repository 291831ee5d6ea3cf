// Rhino 1.7.14: array destructuring of a value that is not iterable does not throw.
// Node: TypeError; Rhino: no error.
var result;
try { var [a] = 5; result = "no error"; } catch (e) { result = e.name; }
console.log(result);
