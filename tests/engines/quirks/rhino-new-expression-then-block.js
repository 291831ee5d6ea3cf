// Rhino 1.7.14: a `new` expression at the end of a line followed by a block on the next line is read as
// Rhino's own `new C(args) { ...members }` extension (an object initializer), not as a statement ended by
// automatic semicolon insertion and a block: "missing ( before function parameters". async2gen rewrites
// `return v` in an async generator to a block (`{ var __async_v = (yield ...); return __async_v; }`), so a
// file without semicolons with `throw new E("m")` on the line before fails on Rhino.
// Node: 1; Rhino: the compiler fails.
var e = new Error("m")
{ var v = 1; }
console.log(v);
