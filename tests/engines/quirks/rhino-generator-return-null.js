// Rhino 1.7.14, compiling to JVM classes (its default): a generator that returns null completes with
// { done: true } and no value (undefined); other values are kept. async2gen lowers an async function to a
// generator whose return value is the promise's value, so `return null` resolves with undefined on Rhino.
// Node: null 0; Rhino: undefined 0.
function* g() { return null; }
function* h() { return 0; }
console.log(String(g().next().value), h().next().value);
