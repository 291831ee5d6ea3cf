// Rhino 1.7.14, compiling to JVM classes (its default): a generator with `**` (or `**=`) in a loop and a
// yield after it does not compile: "IllegalStateException: bad local variable type" (no position).
// async2gen lowers an async function with `a ** b` in a loop and an await to such a generator.
// Node: 4 5; Rhino: the compiler fails.
function* g(a) {
  for (var i = 0; i < 2; i++) a = a ** 2;
  var v = yield a;
  return v;
}
var it = g(Math.SQRT2);
console.log(Math.round(it.next().value), it.next(5).value);
