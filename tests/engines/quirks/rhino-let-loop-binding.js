// Rhino 1.7.14: `let` / `const` declared in a loop head is one binding for all iterations.
// Node: 0,1,2 / a,b; Rhino: 3,3,3 / b,b.
var fs = [];
for (let i = 0; i < 3; i++) fs.push(function () { return i; });
console.log(fs.map(function (f) { return f(); }).join());
var gs = [];
for (let k of ["a", "b"]) gs.push(function () { return k; });
console.log(gs.map(function (g) { return g(); }).join());
