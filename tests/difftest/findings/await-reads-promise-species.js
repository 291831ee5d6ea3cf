// Finding (same root cause as await-reads-constructor-twice.js): every transpiled `await` calls
// Promise.prototype.then, which reads Promise[Symbol.species]; a native await never does.
// native:     species read / value 1        (the one read is the `.then` below)
// transpiled: species read / species read / value 1
Object.defineProperty(Promise, Symbol.species, { get() { console.log("species read"); return Promise; } });
async function f() { return await 1; }
f().then((v) => console.log("value", v));
