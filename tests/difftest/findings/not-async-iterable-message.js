// Finding (low priority, message only): `for await` over a value that is not async iterable (nor
// sync iterable). V8 words the TypeError after the source text of the iterated expression
// (`src`); the runtime says "object" (also for the number 5), or "Symbol method is not a
// function" when Symbol.asyncIterator / Symbol.iterator is not callable.
// native:                      transpiled:
//   src is not async iterable    object is not async iterable
//   src is not async iterable    Symbol method is not a function
//   Result of the Symbol.asyncIterator method is not an object   (the same)
//   src is not async iterable    Symbol method is not a function
async function f(src) {
  try { for await (const x of src); } catch (e) { console.log(e.message); }
}
(async () => {
  await f(5);
  await f({ [Symbol.asyncIterator]: 5 });
  await f({ [Symbol.asyncIterator]() { return 5; } });
  await f({ [Symbol.iterator]: 5 });
})();
