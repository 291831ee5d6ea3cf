// Finding (message only, a V8 quirk, left as is): destructuring `undefined` in a parameter pattern
// after a default value that contains a call. V8 words the TypeError after that call's callee.
// An async arrow or async function expression in a default value becomes such a call
// (`__async_arrow(...)`, `__async_function(...)`), so the message names it (seed 302821).
// native:     undefined is not iterable (cannot read property Symbol(Symbol.iterator))
// transpiled: __async_arrow is not iterable (cannot read property Symbol(Symbol.iterator))
const f = async (p = async (x) => x, [a]) => a;
f().catch((e) => console.log(e.message));
// The same quirk natively: a call in the default value.
function g(x) { return x; }
const h = (p = g(1), [a]) => a;
try { h(); } catch (e) { console.log(e.message); }
