// Finding (low priority): V8 words "is not a constructor" errors after the source of the callee,
// and a function expression rewritten into `({ KEY(...) {...} })[KEY]` (or the self-binding
// wrapper) reads differently. Only the message differs; the TypeError is the same.
// native:     (intermediate value) is not a constructor  (twice)
// transpiled: {(intermediate value)}. is not a constructor / (intermediate value)(...) is not a constructor
try { new (async function () {})(); } catch (e) { console.log(e.message); }
try { new (async function named() { return named; })(); } catch (e) { console.log(e.message); }
