// Rhino 1.7.14: no temporal dead zone: reading a let binding before its declaration gives undefined.
// Node: ReferenceError; Rhino: undefined.
function early() { try { return typeof x; } catch (e) { return e.name; } let x = 1; }
console.log(early());
