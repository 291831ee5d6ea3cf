// Hermes 0.12 (its Promise library): a promise resolved with a native promise settles at once, earlier
// than in node, before callbacks queued earlier (no resolve-thenable job, no extra then job).
// Node: t1 t2 adopted t3; Hermes: adopted t1 t2 t3.
new Promise(function (resolve) { resolve(Promise.resolve(1)); }).then(function () { console.log("adopted"); });
Promise.resolve()
  .then(function () { console.log("t1"); })
  .then(function () { console.log("t2"); })
  .then(function () { console.log("t3"); });
