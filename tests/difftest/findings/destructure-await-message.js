// Finding (low priority, message only): V8 words the error of array destructuring from an await
// after the initializer's form: `(yield 5)` gets another message than `await 5`.
// native:     TypeError: (intermediate value) is not iterable
// transpiled: TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
(async () => { const [a] = await 5; })().catch((e) => console.log(e.name + ": " + e.message));
