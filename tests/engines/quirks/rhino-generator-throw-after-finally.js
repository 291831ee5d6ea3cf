// Rhino 1.7.14, compiling to JVM classes (its default): an exception thrown into a generator at a yield
// inside a catch block runs the finally block (which yields) but then escapes the enclosing try statement
// instead of reaching its catch. Node: inner catch a / inner finally / outer catch b; Rhino: inner catch a /
// inner finally / uncaught b.
var log = [];
function* g() {
  try {
    try {
      yield 1;
    } catch (e) {
      log.push("inner catch " + e.message);
      yield 2;
    } finally {
      log.push("inner finally");
      yield 3;
    }
  } catch (e) {
    log.push("outer catch " + e.message);
  }
}
var it = g();
try {
  it.next();
  it["throw"](new Error("a"));
  it["throw"](new Error("b"));
  it.next();
} catch (e) {
  log.push("uncaught " + e.message);
}
console.log(log.join(" / "));
