// Rhino 1.7.14, compiling to JVM classes (its default): a generator where a yield is (in) the right operand
// of an operator that takes numbers only (-, *, /, %, &, |, ^, shifts, and -=, *=, ...) compiles to JVM code
// that does not verify ("java.lang.VerifyError: Bad type on operand stack" as the script loads, which ends
// the JVM); `+`, comparisons, `**` and a yield on the left are fine, and the interpreter (-opt -1) runs it.
// async2gen lowers `x - await y` to such a yield. Node: 2 6; Rhino: the JVM ends.
var x = 1;
function* g() { return [x - (yield 1), 2 * (yield 2)]; }
var it = g();
it.next();
it.next(-1);
console.log(it.next(3).value.join(" "));
