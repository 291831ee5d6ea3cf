// Finding (message only, a V8 quirk, left as is): an async iterator without a `next` method in
// `for await` whose binding is an array pattern. V8's message printer words the TypeError as if
// the destructuring had failed; with any other binding it says "undefined is not a function", as
// the runtime always does. Only the message differs (found by seed 104830); the generator no
// longer makes this combination.
// native:     .for is not iterable / undefined is not a function / undefined is not a function
// transpiled: undefined is not a function (three times)
const it = { [Symbol.asyncIterator]() { return { next: undefined }; } };
(async () => {
  try { for await (const [a] of it) {} } catch (e) { console.log(e.message); }
  try { for await (const a of it) {} } catch (e) { console.log(e.message); }
  try { for await (const { a } of it) {} } catch (e) { console.log(e.message); }
})();
