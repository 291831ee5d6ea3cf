// Rhino 1.7.14, compiling to JVM classes (its default): a generator with a yield in the arguments of `new`
// does not verify (java.lang.VerifyError "Bad type on operand stack" as the script loads, which ends the
// JVM). async2gen lowers `new Error(await m)` to such a yield. Node: Error: m; Rhino: the JVM ends.
function* g() { return new Error((yield 1)); }
var it = g();
it.next();
console.log(String(it.next("m").value));
