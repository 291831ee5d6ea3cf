// Rhino 1.7.14, compiling to JVM classes (its default): a yield whose operand holds the value of one yield
// while a second one runs (`yield f((yield a), (yield b))`, `yield [(yield a), (yield b)]`) loses what the
// enclosing expression had on the stack: a value of the statement is replaced, or the JVM ends
// (ClassCastException). async2gen lowers `log("x", await f(await a, await b))` to such yields.
// Node: x 3; Rhino: 1 3.
function f(a, b) { return a + b; }
function* g() { console.log("x", (yield f((yield 1), (yield 2)))); }
var it = g();
it.next();
it.next(1);
it.next(2);
it.next(3);
