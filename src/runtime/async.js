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
  var fn = __async_named_method(rt, name === void 0 ? body.name : name, body.length, plain
    ? function (self, args) { return rt.apply(body, self, args); }
    : function (self, args) { return __async(self, args, body); });
  rt.setPrototypeOf(fn, rt.afp || __async_function_prototype(rt));
  return fn;
}
// A method (so no `prototype`, no constructor) with this name and length that hands its `this`
// and arguments to `run`. The usual lengths come from the parameter list, as defining `length`
// costs about ten times as much as making the method.
function __async_named_method(rt, name, length, run) {
  "use strict";
  switch (length) {
    case 0: return { [name]() { return run(this, arguments); } }[name];
    case 1: return { [name](a) { return run(this, arguments); } }[name];
    case 2: return { [name](a, b) { return run(this, arguments); } }[name];
    case 3: return { [name](a, b, c) { return run(this, arguments); } }[name];
    case 4: return { [name](a, b, c, d) { return run(this, arguments); } }[name];
    case 5: return { [name](a, b, c, d, e) { return run(this, arguments); } }[name];
  }
  var fn = { [name]() { return run(this, arguments); } }[name];
  rt.defineProperty(fn, "length", { __proto__: null, value: length });
  return fn;
}
// An async arrow: `async (a) => {...}` becomes `__async_arrow((a) => { return __async(...); }, "f")`:
// an instance of %AsyncFunction%, with the name it would have had where it stands.
function __async_arrow(fn, name) {
  "use strict";
  var rt = __async.rt || (__async.rt = __async_intrinsics());
  rt.setPrototypeOf(fn, rt.afp || __async_function_prototype(rt));
  // (a number key is passed as written: its name is the key as a string, `1e3` names "1000")
  if (name !== void 0) rt.defineProperty(fn, "name", { __proto__: null, value: rt.String(name), configurable: true });
  return fn;
}
// `async [KEY]() {}` and `async *[KEY]() {}` in an object literal or a class become
// `[__async_method_key(KEY, flags)]() {}` (flags: 1 static, 2 generator): the key is converted once
// (ToPropertyKey), as natively, and noted on a stack (a holder inside another's computed key takes
// only its own).
function __async_method_key(key, flags) {
  "use strict";
  var rt = __async.rt || (__async.rt = __async_intrinsics());
  key = __async_property_key(rt, key);
  var keys = rt.methodKeys || (rt.methodKeys = []);
  if (keys.length > 1000) keys.length = 0; // left by holders that threw while being made
  keys.push(key, flags | 0);
  return key;
}
// Then the object or class, once it exists, gives its async methods what native ones have: async
// methods become instances of %AsyncFunction%, async generator methods get a `prototype` of their
// own, which the objects they return inherit from (through a wrapper). The methods are the last
// `count` noted ones, then those listed after `isClass` as key, flags, key, flags, ... (flags 4: the
// key is the name an anonymous class expression, wrapped by this call, would have had; flags 8: the
// key is a private async method itself).
function __async_methods(target, count, isClass) {
  "use strict";
  var rt = __async.rt || (__async.rt = __async_intrinsics());
  var methods = count ? rt.methodKeys.splice(rt.methodKeys.length - 2 * count, 2 * count) : [];
  for (var i = 3; i < arguments.length; i++) methods.push(arguments[i]);
  for (i = 0; i < methods.length; i += 2) {
    if (methods[i + 1] & 8) { // a private async method itself (`this.#m`)
      if (rt.getPrototypeOf(methods[i]) !== (rt.afp || __async_function_prototype(rt))) rt.setPrototypeOf(methods[i], rt.afp);
      continue;
    }
    if (methods[i + 1] & 4) {
      rt.defineProperty(target, "name", { __proto__: null, value: rt.String(methods[i]) });
      continue;
    }
    var holder = isClass && !(methods[i + 1] & 1) ? target.prototype : target;
    var key = methods[i]; // (a number key is converted by the lookup)
    var descriptor = rt.getOwnPropertyDescriptor(holder, key);
    if (descriptor === void 0 || typeof descriptor.value !== "function") continue;
    if (methods[i + 1] & 2) {
      rt.defineProperty(holder, key, { __proto__: null, value: rt.ag.wrapMethod(descriptor.value) });
    } else {
      rt.setPrototypeOf(descriptor.value, rt.afp || __async_function_prototype(rt));
    }
  }
  return target;
}
// `super.m(a)` in a lowered function: `__async_super_call(__async_super_get("m"), this, [a], ".m")`.
// It calls the method without looking `call` up on it, and words the TypeError for a method that
// is no function as V8 does (`where`: V8's words for the callee after "(intermediate value)").
function __async_super_call(method, self, args, where) {
  "use strict";
  var rt = __async.rt || (__async.rt = __async_intrinsics());
  if (typeof method !== "function") throw new rt.TypeError("(intermediate value)" + where + " is not a function");
  return rt.apply(method, self, args);
}
// A super method bound to `this`, for what calls it later: `super.tag\`a${b}\`` becomes
// `__async_super_bind(__async_super_get("tag"), this, ".tag")\`a${b}\``, and `super.m?.(a)`
// becomes `__async_super_bind(__async_super_get("m"), this, ".m", 1)?.(a)` (with `optional`,
// nothing to call when the method is null or undefined). The method is checked when called, after
// the arguments or substitutions are evaluated, as natively.
function __async_super_bind(method, self, where, optional) {
  "use strict";
  if (optional && (method === null || method === void 0)) return void 0;
  return function () {
    return __async_super_call(method, self, arguments, where);
  };
}
// %AsyncFunction.prototype% as far as ES2015 can make one, shared by the files of a program
// through a registered symbol on the global object: lowered async functions inherit from it, so
// `fn.constructor.name`, `fn[Symbol.toStringTag]` and Object.prototype.toString say AsyncFunction.
function __async_function_prototype(rt) {
  "use strict";
  var proto = rt.global[rt.afpKey];
  if (proto === void 0) {
    proto = rt.create(rt.Function.prototype);
    rt.defineProperty(proto, rt.toStringTag, { __proto__: null, value: "AsyncFunction", configurable: true });
    __async_kind_constructor(rt, "AsyncFunction", proto);
    try {
      rt.defineProperty(rt.global, rt.afpKey, { __proto__: null, value: proto });
    } catch (e) {} // a global object that cannot be extended: this file keeps its own
  }
  return (rt.afp = proto);
}
// The constructor of such a prototype (%AsyncFunction%, %AsyncGeneratorFunction%): named after
// the kind, an instance of Function. It cannot compile source text (that would need a transpiler
// at run time), so calling it throws.
function __async_kind_constructor(rt, name, proto) {
  "use strict";
  var kind = {
    [name]: function (body) {
      throw new rt.TypeError(name + " cannot compile source text here: async2gen lowered this program ahead of time");
    },
  }[name];
  rt.defineProperty(kind, "prototype", { __proto__: null, value: proto, writable: false });
  rt.defineProperty(proto, "constructor", { __proto__: null, value: kind, configurable: true });
  rt.setPrototypeOf(kind, rt.Function);
  return kind;
}
// `{ [k]: async function () {} }` becomes `{ [__async_key(k)]: __async_function(g, 0, __async_key_name()) }`:
// the key is converted once (ToPropertyKey) and the name SetFunctionName gives it kept for the
// value, which is evaluated right after the key.
function __async_key(key) {
  "use strict";
  var rt = __async.rt || (__async.rt = __async_intrinsics());
  key = __async_property_key(rt, key);
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
  if (convert) key = __async_property_key(__async.rt || (__async.rt = __async_intrinsics()), key);
  return {
    get value() { return get(key); },
    set value(v) { set(key, v); },
  };
}
// ToPropertyKey(key), once: a string or a symbol.
function __async_property_key(rt, key) {
  "use strict";
  var holder = { __proto__: null };
  holder[key] = 0;
  return rt.ownKeys(holder)[0];
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
    setPrototypeOf: global.Object.setPrototypeOf,
    getOwnPropertyDescriptor: global.Object.getOwnPropertyDescriptor,
    create: global.Object.create,
    defineProperty: global.Object.defineProperty,
    ownKeys: global.Reflect.ownKeys,
    symbolToString: global.Symbol.prototype.toString,
    Function: global.Function,
    toStringTag: global.Symbol.toStringTag,
    afpKey: global.Symbol["for"]("async2gen %AsyncFunction.prototype%"),
  };
}
