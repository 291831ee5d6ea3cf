// Rhino 1.7.14, compiling to JVM classes (its default): in a generator, after an exception thrown in at a
// yield of a try block, a second yield in the catch block runs the finally block early and resumes the
// try block from its start. Node: {2} / {3} / finally / {r done}; Rhino: {2} / finally / {3} / {1}.
var log = [];
function show(r) { return "{" + r.value + (r.done ? " done" : "") + "}"; }
function* g() {
  try { yield 1; log.push("not reached"); } catch (e) { yield 2; return (yield 3); } finally { log.push("finally"); }
}
var it = g();
it.next();
log.push(show(it["throw"](new Error("x"))));
log.push(show(it.next()));
log.push(show(it.next("r")));
console.log(log.join(" / "));
