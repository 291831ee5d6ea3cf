// Hermes 0.12: a `let` / `const` of a loop (in its head or its body) is one binding for all iterations:
// closures made in the loop see the last value. Node: 0,1,2 / a,b / 0,10,20; Hermes: 3,3,3 / b,b / 20,20,20.
var fs = [];
for (let i = 0; i < 3; i++) fs.push(function () { return i; });
console.log(fs.map(function (f) { return f(); }).join());
var gs = [];
for (const k of ["a", "b"]) gs.push(function () { return k; });
console.log(gs.map(function (g) { return g(); }).join());
var hs = [];
for (var j = 0; j < 3; j++) {
  let v = j * 10;
  hs.push(function () { return v; });
}
console.log(hs.map(function (h) { return h(); }).join());
