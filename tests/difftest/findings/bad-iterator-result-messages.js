// Finding (message only): TypeErrors of iterators that break the protocol, in `for await` (and in
// yield*, which goes through the same runtime code). Same error type, other message:
// - next() or return() gives a primitive: node shows the value, the runtime its type;
// - no next method: node says "undefined is not a function", the runtime leaks its
//   Function.prototype.apply call.
// native:                                   transpiled:
//   Iterator result 5 is not an object        Iterator result number is not an object
//   Iterator result 7 is not an object        Iterator result number is not an object
//   Iterator result 5 is not an object        Iterator result number is not an object
//   Iterator result 7 is not an object        Iterator result number is not an object
//   undefined is not a function               Function.prototype.apply was called on undefined, which is a undefined and not a function
const bad = (r) => ({ [Symbol.asyncIterator]() { return { next() { return r; }, return() { return 7; } }; } });
const sbad = (r) => ({ [Symbol.iterator]() { return { next() { return r; }, return() { return 7; } }; } });
async function f(src, brk) {
  try { for await (const x of src) if (brk) break; } catch (e) { console.log(e.message); }
}
(async () => {
  await f(bad(5));                                // next() gives a primitive
  await f(bad({ value: 1, done: false }), true);  // return() gives a primitive (on break)
  await f(sbad(5));                               // the same for a sync iterator
  await f(sbad({ value: 1, done: false }), true);
  await f({ [Symbol.asyncIterator]() { return {}; } }); // no next method
})();
