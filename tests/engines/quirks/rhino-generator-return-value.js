// Rhino 1.7.14: a generator's return(v) gives { done: true } without the value v (also when a finally runs
// first); a finally's own `return` value is kept. Node: 5 6; Rhino: undefined undefined.
function* plain() { yield 1; }
function* withFinally() { try { yield 1; } finally { console.log("finally"); } }
var a = plain(); a.next();
var b = withFinally(); b.next();
console.log(a.return(5).value, b.return(6).value);
