// Hermes 0.12 (its Promise library): resolving a promise with a thenable calls the thenable's `then` at
// once, not in a job of its own (ECMA-262 NewPromiseResolveThenableJob). Node prints "sync end" first.
new Promise(function (resolve) {
  resolve({ then: function (f) { console.log("then called"); f(1); } });
});
console.log("sync end");
