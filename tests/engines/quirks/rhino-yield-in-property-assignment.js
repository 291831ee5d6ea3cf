// Rhino 1.7.14, compiling to JVM classes (its default): a generator that assigns a yield's value to a named
// property (`o.p = (yield)`, `o.p += (yield)`; `o["p"]` is fine) does not verify (java.lang.VerifyError as
// the script loads, which ends the JVM). async2gen lowers `this.n = await v` to such a yield.
// Node: 5; Rhino: the JVM ends.
var o = { p: 0 };
function* g() { o.p = (yield 1); }
var it = g();
it.next();
it.next(5);
console.log(o.p);
