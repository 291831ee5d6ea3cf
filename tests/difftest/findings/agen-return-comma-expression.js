// Finding: `return a, b` in an async generator. The rewrite `return (yield __async_await(a, b))`
// passes the comma expression's parts as two arguments, so the generator returns `a`.
// (`yield a, b` is fine: there the comma is outside the yield.)
// native:     2
// transpiled: 1
async function* g() { return 1, 2; }
g().next().then((r) => console.log(r.value));
