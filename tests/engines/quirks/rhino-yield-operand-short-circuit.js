// Rhino 1.7.14, compiling to JVM classes (its default): in the operand of a yield, `a && (yield x)` (or
// `a ? (yield x) : b`) runs the inner yield even when `a` is falsy. async2gen lowers `return a && await x`
// in an async generator to such a yield (its return value is awaited), so x runs on Rhino.
// Node: 0 false; Rhino: "evaluated" false.
function* g(a) { var v = yield (a && (yield "evaluated")); return v; }
var r = g(0).next();
console.log(r.value, r.done);
