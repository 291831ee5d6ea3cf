// Hermes 0.12: assigning to a const binding does not throw (and the binding changes).
// Node: TypeError 1; Hermes: no error 2.
const c = 1;
var result;
try { c = 2; result = "no error"; } catch (e) { result = e.name; }
console.log(result, c);
