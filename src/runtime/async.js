/* async2gen runtime: runs a generator as the body of an async function (ECMA-262 §27.7). */
function __async(self, args, body, newTarget) {
  "use strict";
  var rt = __async.rt || (__async.rt = __async_intrinsics());
  if (newTarget !== undefined) throw new rt.TypeError(newTarget.name + " is not a constructor");
  if (rt.live) rt = __async_intrinsics(rt.global); // --promise=global: the global Promise of the moment
  return new rt.Promise(function (resolve, reject) {
    var gen;
    try {
      gen = rt.apply(body, self, args); // parameter defaults and destructuring run here
    } catch (error) {
      reject(error);
      return;
    }
    function step(resume, value) {
      var result;
      try {
        result = rt.apply(resume, gen, [value]);
      } catch (error) {
        reject(error);
        return;
      }
      if (result.done) {
        resolve(result.value);
        return;
      }
      var awaited;
      try {
        awaited = rt.apply(rt.resolve, rt.Promise, [result.value]); // PromiseResolve(%Promise%, v)
      } catch (error) {
        step(rt.throw, error);
        return;
      }
      rt.apply(rt.then, awaited, [onFulfilled, onRejected]);
    }
    function onFulfilled(value) {
      step(rt.next, value);
    }
    function onRejected(error) {
      step(rt.throw, error);
    }
    step(rt.next, undefined);
  });
}
function __async_intrinsics(global) {
  "use strict";
  // Read from the global object, not by name: the file may declare its own `Promise`.
  global = global || (typeof globalThis === "object" && globalThis ? globalThis : Function("return this")());
  var generatorPrototype = global.Object.getPrototypeOf(function* () {}).prototype;
  var P = global.Promise;
  return {
    global: global,
    Promise: P,
    TypeError: global.TypeError,
    resolve: P.resolve,
    then: P.prototype.then,
    apply: global.Reflect.apply,
    next: generatorPrototype.next,
    throw: generatorPrototype.throw,
  };
}
