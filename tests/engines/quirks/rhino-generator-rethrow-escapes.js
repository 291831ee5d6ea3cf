// Rhino 1.7.14, compiling to JVM classes (its default): after an error is thrown into a generator at a
// yield in a try block, an error thrown by that try's catch block skips the catch of an enclosing try
// statement (its finally runs) and leaves the generator. async2gen lowers an async function's rejected
// await to such a throw, so a rethrow in a catch block escapes the outer catch on Rhino.
// Node: outer x / finally; Rhino: finally / escaped x.
function* g() {
  try {
    try {
      yield 1;
    } catch (e) {
      throw e;
    }
  } catch (e2) {
    console.log("outer", e2);
  } finally {
    console.log("finally");
  }
}
var it = g();
it.next();
try {
  it.throw("x");
} catch (e) {
  console.log("escaped", e);
}
