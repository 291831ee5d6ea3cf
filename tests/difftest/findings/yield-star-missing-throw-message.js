// Finding: it.throw() while an async generator delegates (yield*) to an async iterator without a
// `throw` method. Both reject with the TypeError of the spec, but the runtime's message lacks the
// full stop that node's has (src/runtime/async_generator.js throws it in two places).
// Also reached by it.return(rejectedPromise) during yield* (the rejection becomes a throw).
// native:     The iterator does not provide a 'throw' method.
// transpiled: The iterator does not provide a 'throw' method
const inner = { [Symbol.asyncIterator]() { return { next() { return { value: 1, done: false }; } }; } };
async function* g() { yield* inner; }
const it = g();
it.next().then(() => it.throw(new Error("x"))).catch((e) => console.log(e.message));
