// Finding: `await p` on a native promise reads p.constructor once natively (PromiseResolve);
// the transpiled code reads it a second time, because the helper attaches its callbacks with
// Promise.prototype.then, which looks up SpeciesConstructor(p) (spec: Await uses PerformPromiseThen,
// which reads neither `constructor` nor Symbol.species).
// native:     get constructor / sync end / after 1
// transpiled: get constructor / get constructor / sync end / after 1
const p = Promise.resolve(1);
Object.defineProperty(p, "constructor", { get() { console.log("get constructor"); return Promise; } });
async function f() { const v = await p; console.log("after", v); }
f();
console.log("sync end");
