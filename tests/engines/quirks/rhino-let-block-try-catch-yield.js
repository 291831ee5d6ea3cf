// Rhino 1.7.14, compiling to JVM classes (its default): in a generator, a block that declares a `let` and
// holds a try/catch with a yield in its try block loses its scope when the generator resumes at a later yield
// of the block: the `let` is no longer defined, or the JVM ends (ClassCastException: NativeCall cannot be
// cast to NativeWith). `var` or `const` there, or no block, work. async2gen lowers `for await` to such a
// block (`{ let __async_r1 = ...; try { for (...) ... } catch ... finally { ... yield ... } }`), so a
// `for await` left early over an iterator with a `return` method, or whose body has a try/catch with an
// await, fails on Rhino. Node: 1 / 3 / done r; Rhino: 1 / 3 / ReferenceError.
function* g() {
  {
    let r = "r";
    try {
      yield 1;
    } catch (e) {}
    yield 3;
    console.log("done", r);
  }
}
var it = g();
console.log(it.next().value);
console.log(it.next().value);
try {
  it.next();
} catch (e) {
  console.log(e.name);
}
