/* async2gen runtime: runs a generator as the body of an async function (ECMA-262 §27.7). */
function __async(self, args, body, newTarget) {
  "use strict";
  var rt = __async.rt || (__async.rt = __async_intrinsics());
  if (newTarget !== void 0) throw new rt.TypeError(newTarget.name + " is not a constructor");
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
    step(rt.next, void 0);
  });
}
// The function object of an async function declaration (§15.8.4): a method with the declared name
// and length, so it has no `prototype` and is no constructor. `body` is the declaration as lowered:
// a generator declaration (hoisted like the original, bound at the start of its scope to what this
// returns), or, with `plain`, a function that does the work itself (module top level, where another
// module may call the hoisted declaration before this module runs). `name`: "default" for an
// anonymous default export, which the transpiler names for the binding.
function __async_function(body, plain, name) {
  "use strict";
  var rt = __async.rt || (__async.rt = __async_intrinsics());
  // Several declarations of one name: the last one won, and may be a plain function.
  if (!plain && rt.getPrototypeOf(body) !== rt.generatorFunction) return body;
  if (name === void 0) name = body.name;
  var fn = plain
    ? { [name]() { return rt.apply(body, this, arguments); } }[name]
    : { [name]() { return __async(this, arguments, body); } }[name];
  rt.defineProperty(fn, "length", { __proto__: null, value: body.length });
  return fn;
}
// `{ [k]: async function () {} }` becomes `{ [__async_key(k)]: __async_function(g, 0, __async_key_name()) }`:
// the key is converted once (ToPropertyKey) and the name SetFunctionName gives it kept for the
// value, which is evaluated right after the key.
function __async_key(key) {
  "use strict";
  var rt = __async.rt || (__async.rt = __async_intrinsics());
  var holder = { __proto__: null };
  holder[key] = 0;
  key = rt.ownKeys(holder)[0];
  if (typeof key !== "symbol") {
    rt.keyName = key;
  } else {
    var description = key.description;
    if (description === void 0) description = rt.apply(rt.symbolToString, key, []).slice(7, -1) || void 0;
    rt.keyName = description === void 0 ? "" : "[" + description + "]";
  }
  return key;
}
// A reference to super[key] for `super[k] += v` and for super properties as destructuring or
// for-in/of targets: `get` and `set` are the method's arrows (k) => super[k] and (k, v) =>
// super[k] = v. A target converts its key once, as it is evaluated (convert: 1).
function __async_super_ref(get, set, key, convert) {
  "use strict";
  if (convert) {
    var rt = __async.rt || (__async.rt = __async_intrinsics());
    var holder = { __proto__: null };
    holder[key] = 0;
    key = rt.ownKeys(holder)[0];
  }
  return {
    get value() { return get(key); },
    set value(v) { set(key, v); },
  };
}
function __async_key_name() {
  "use strict";
  var name = __async.rt.keyName;
  __async.rt.keyName = void 0;
  return name;
}
function __async_intrinsics(global) {
  "use strict";
  // Read from the global object, not by name: the file may declare its own `Promise`.
  if (!global) {
    // Not by a name the file can shadow (`const globalThis = ...`, `var Function`): the global
    // object is the one whose Object is that of an object literal.
    var Obj = {}.constructor;
    try {
      global = globalThis;
    } catch (e) {} // in the temporal dead zone of the file's own `globalThis`
    if (!global || global.Object !== Obj) global = Obj.constructor("return this")();
  }
  var generatorFunction = global.Object.getPrototypeOf(function* () {});
  var generatorPrototype = generatorFunction.prototype;
  var P = global.Promise;
  return {
    global: global,
    Promise: P,
    TypeError: global.TypeError,
    String: global.String,
    resolve: P.resolve,
    then: P.prototype.then,
    apply: global.Reflect.apply,
    next: generatorPrototype.next,
    throw: generatorPrototype.throw,
    generatorFunction: generatorFunction,
    getPrototypeOf: global.Object.getPrototypeOf,
    defineProperty: global.Object.defineProperty,
    ownKeys: global.Reflect.ownKeys,
    symbolToString: global.Symbol.prototype.toString,
  };
}
