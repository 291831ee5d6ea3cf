/* async2gen runtime: runs a generator as the body of an async function (ECMA-262 §27.7).
   Each section is one top-level function; `needs:` above it lists the runtime functions it calls
   (checked by tests/runtime/abi_test.js), and the transpiler emits a section only when a file
   needs it. What runs on an engine: ES5 syntax plus function* / yield; ES5 built-ins plus Promise
   and generator objects. Anything newer (Reflect, Symbol.asyncIterator, computed keys, a
   redefinable function `name`, globalThis, WeakMap) is detected once, in __async_rt. Comments and
   indentation are left out of the emitted text. */
// abi METHOD_STATIC = 1
// abi METHOD_GENERATOR = 2
// abi METHOD_CLASS_NAME = 4
// abi METHOD_PRIVATE = 8

// The runtime's state, made once per file on first use (line 1 of a lowered file calls it, so the
// built-ins are the program's own before it can change them). Read from the global object, not
// by name: the file may declare its own `Promise` or `Reflect`.
// needs: -
function __async_rt() {
  "use strict";
  var rt = __async_rt.v;
  if (rt) return rt;
  // Not by a name the file can shadow (`const globalThis = ...`, `var Function`): the global
  // object is the one whose Object is that of an object literal.
  var Obj = {}.constructor;
  var global;
  try {
    global = globalThis;
  } catch (e) {} // in the temporal dead zone of the file's own `globalThis`
  if (!global || global.Object !== Obj) global = Obj.constructor("return this")();
  var Fn = global.Function;
  var P = global.Promise;
  var Sym = global.Symbol;
  var Ref = global.Reflect;
  var generator = Obj.getPrototypeOf((function* () {})()); // its next/throw are %GeneratorPrototype%'s
  var apply = Fn.prototype.apply;
  var symbols = Obj.getOwnPropertySymbols;
  if (Sym && !Sym.asyncIterator) {
    // The program and the runtime must agree on the key of async iterables (as core-js does).
    Obj.defineProperty(Sym, "asyncIterator", { value: Sym("Symbol.asyncIterator") });
  }
  rt = __async_rt.v = {
    global: global,
    live: false, // --promise=global: __async reads the global Promise at each call
    Promise: P,
    TypeError: global.TypeError,
    String: global.String,
    Function: Fn,
    resolve: P.resolve,
    then: P.prototype.then,
    apply: Ref ? Ref.apply : Fn.prototype.call.bind(apply), // apply(fn, self, args)
    ownKeys: Ref ? Ref.ownKeys : function (o) {
      var keys = Obj.getOwnPropertyNames(o);
      return symbols ? keys.concat(symbols(o)) : keys;
    },
    next: generator.next,
    throw: generator["throw"],
    return: generator["return"],
    generatorFunction: Obj.getPrototypeOf(function* () {}),
    getPrototypeOf: Obj.getPrototypeOf,
    setPrototypeOf: Obj.setPrototypeOf,
    getOwnPropertyDescriptor: Obj.getOwnPropertyDescriptor,
    create: Obj.create,
    defineProperty: Obj.defineProperty,
    symbolToString: Sym && Sym.prototype.toString,
    toStringTag: Sym && Sym.toStringTag,
    iterator: Sym ? Sym.iterator : "@@iterator",
    asyncIterator: Sym ? Sym.asyncIterator : "@@asyncIterator",
    afpKey: Sym ? Sym["for"]("async2gen %AsyncFunction.prototype%") : "async2gen %AsyncFunction.prototype%",
    afp: void 0, // %AsyncFunction.prototype% (__async_function_prototype)
    makers: [], // method makers by length (__async_named_method)
    methodKeys: [], // keys noted by __async_method_key
    keyName: void 0, // noted by __async_key
    ag: void 0, // async generator machinery (__async_ag)
  };
  return rt;
}
// `async function f(a) { body }` runs as `__async(this, arguments, function* (a) { body })`.
// needs: __async_rt
function __async(self, args, body, newTarget) {
  "use strict";
  var rt = __async_rt();
  if (newTarget !== void 0) throw new rt.TypeError(newTarget.name + " is not a constructor");
  var P = rt.Promise, resolve = rt.resolve, then = rt.then;
  if (rt.live) {
    P = rt.global.Promise; // --promise=global: the global Promise of the moment
    resolve = P.resolve;
    then = P.prototype.then;
  }
  return new P(function (done, fail) {
    var gen;
    try {
      gen = rt.apply(body, self, args); // parameter defaults and destructuring run here
    } catch (error) {
      fail(error);
      return;
    }
    function step(resume, value) {
      var result, awaited;
      try {
        result = rt.apply(resume, gen, [value]);
      } catch (error) {
        fail(error);
        return;
      }
      if (result.done) {
        done(result.value);
        return;
      }
      try {
        awaited = rt.apply(resolve, P, [result.value]); // PromiseResolve(%Promise%, v)
      } catch (error) {
        step(rt.throw, error);
        return;
      }
      rt.apply(then, awaited, [onFulfilled, onRejected]);
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
// needs: __async, __async_function_prototype, __async_named_method, __async_rt
function __async_function(body, plain, name) {
  "use strict";
  var rt = __async_rt();
  // Several declarations of one name: the last one won, and may be a plain function.
  if (!plain && rt.getPrototypeOf(body) !== rt.generatorFunction) return body;
  var fn = __async_named_method(rt, name === void 0 ? body.name : name, body.length, plain
    ? function (self, args) { return rt.apply(body, self, args); }
    : function (self, args) { return __async(self, args, body); });
  rt.setPrototypeOf(fn, rt.afp || __async_function_prototype(rt));
  return fn;
}
// A method (no `prototype`, no constructor) with this name and length that hands its `this` and
// arguments to `run`. Made by a function compiled once per length: `{ [n](a0) {...} }[n]` gives
// the name and the length for free (defining `length` costs about ten times as much as making
// the method). Where computed keys do not compile (Rhino), a function declared with the name
// where it is an identifier (a constructor there, as Rhino's methods are); where nothing compiles
// at run time (a content security policy), a plain function whose name and length are redefined
// where the engine allows it.
// needs: -
function __async_named_method(rt, name, length, run) {
  "use strict";
  var make = rt.makers[length];
  if (make === void 0) {
    var params = [];
    for (var i = 0; i < length; i++) params.push("a" + i);
    var body = "){\"use strict\";return r(this,arguments)}";
    var named = { __proto__: null };
    make = function (name, run) {
      var fn;
      if (/^[A-Za-z_$][\w$]*$/.test(name)) {
        try {
          var factory = named[name] || (named[name] = rt.Function("r", "return function " + name + "(" + params + body));
          fn = factory(run);
        } catch (e) {} // a reserved word, or no compiling at run time
      }
      if (fn === void 0) {
        fn = function () {
          return run(this, arguments);
        };
        try {
          rt.defineProperty(fn, "name", { __proto__: null, value: name });
          rt.defineProperty(fn, "length", { __proto__: null, value: length });
        } catch (e) {} // Rhino: neither can be redefined
      }
      return fn;
    };
    try {
      make = rt.Function("n", "r", "return{[n](" + params + body + "}[n]");
    } catch (e) {} // no computed keys (Rhino), or no compiling at run time
    rt.makers[length] = make;
  }
  return make(name, run);
}
// %AsyncFunction.prototype% as far as ES2015 can make one, shared by the files of a program
// through a registered symbol on the global object: lowered async functions inherit from it, so
// `fn.constructor.name`, `fn[Symbol.toStringTag]` and Object.prototype.toString say AsyncFunction.
// needs: __async_kind_constructor
function __async_function_prototype(rt) {
  "use strict";
  var proto = rt.global[rt.afpKey];
  if (proto === void 0) {
    proto = rt.create(rt.Function.prototype);
    __async_kind_constructor(rt, proto, "AsyncFunction", function AsyncFunction(body) {
      throw new rt.TypeError("AsyncFunction cannot compile source text here: async2gen lowered this program ahead of time");
    });
    try {
      rt.defineProperty(rt.global, rt.afpKey, { __proto__: null, value: proto });
    } catch (e) {} // a global object that cannot be extended: this file keeps its own
  }
  return (rt.afp = proto);
}
// The constructor of such a prototype (%AsyncFunction%, %AsyncGeneratorFunction%): named after the
// kind, an instance of Function. It cannot compile source text (that would need a transpiler at
// run time), so calling it throws. The prototype gets its toStringTag too.
// needs: -
function __async_kind_constructor(rt, proto, tag, kind) {
  "use strict";
  if (rt.toStringTag) rt.defineProperty(proto, rt.toStringTag, { __proto__: null, value: tag, configurable: true });
  try {
    rt.defineProperty(kind, "name", { __proto__: null, value: tag, configurable: true }); // minifiers drop it
  } catch (e) {} // Rhino: a function's name cannot be redefined
  rt.defineProperty(kind, "prototype", { __proto__: null, value: proto, writable: false });
  rt.defineProperty(proto, "constructor", { __proto__: null, value: kind, configurable: true });
  rt.setPrototypeOf(kind, rt.Function);
  return kind;
}
// An async arrow: `async (a) => {...}` becomes `__async_arrow((a) => { return __async(...); }, "f")`:
// an instance of %AsyncFunction%, with the name it would have had where it stands.
// needs: __async_function_prototype, __async_rt
function __async_arrow(fn, name) {
  "use strict";
  var rt = __async_rt();
  rt.setPrototypeOf(fn, rt.afp || __async_function_prototype(rt));
  // (a number key is passed as written: its name is the key as a string, `1e3` names "1000")
  if (name !== void 0) {
    try {
      rt.defineProperty(fn, "name", { __proto__: null, value: rt.String(name), configurable: true });
    } catch (e) {} // Rhino: a function's name cannot be redefined
  }
  return fn;
}
// `async [KEY]() {}` and `async *[KEY]() {}` in an object literal or a class become
// `[__async_method_key(KEY, flags)]() {}` (flags: METHOD_STATIC, METHOD_GENERATOR): the key is
// converted once (ToPropertyKey), as natively, and noted on a stack (a holder inside another's
// computed key takes only its own).
// needs: __async_property_key, __async_rt
function __async_method_key(key, flags) {
  "use strict";
  var rt = __async_rt();
  key = __async_property_key(rt, key);
  var keys = rt.methodKeys;
  if (keys.length > 1000) keys.length = 0; // left by holders that threw while being made
  keys.push(key, flags | 0);
  return key;
}
// Then the object or class, once it exists, gives its async methods what native ones have: async
// methods become instances of %AsyncFunction%, async generator methods get a `prototype` of their
// own, which the objects they return inherit from (through a wrapper). The methods are the last
// `count` noted ones, then those listed after `isClass` as key, flags, key, flags, ...
// (METHOD_CLASS_NAME: the key is the name an anonymous class expression, wrapped by this call,
// would have had; METHOD_PRIVATE: the key is a private async method itself).
// needs: __async_ag, __async_function_prototype, __async_rt
function __async_methods(target, count, isClass) {
  "use strict";
  var rt = __async_rt();
  var methods = count ? rt.methodKeys.splice(rt.methodKeys.length - 2 * count, 2 * count) : [];
  for (var i = 3; i < arguments.length; i++) methods.push(arguments[i]);
  for (i = 0; i < methods.length; i += 2) {
    var flags = methods[i + 1];
    if (flags & 8) { // METHOD_PRIVATE (`this.#m`)
      if (rt.getPrototypeOf(methods[i]) !== (rt.afp || __async_function_prototype(rt))) rt.setPrototypeOf(methods[i], rt.afp);
      continue;
    }
    if (flags & 4) { // METHOD_CLASS_NAME
      rt.defineProperty(target, "name", { __proto__: null, value: rt.String(methods[i]) });
      continue;
    }
    var holder = isClass && !(flags & 1) ? target.prototype : target; // METHOD_STATIC
    var key = methods[i]; // (a number key is converted by the lookup)
    var descriptor = rt.getOwnPropertyDescriptor(holder, key);
    if (descriptor === void 0 || typeof descriptor.value !== "function") continue;
    if (flags & 2) { // METHOD_GENERATOR
      rt.defineProperty(holder, key, { __proto__: null, value: __async_ag(rt).wrapMethod(descriptor.value) });
    } else {
      rt.setPrototypeOf(descriptor.value, rt.afp || __async_function_prototype(rt));
    }
  }
  return target;
}
// `super.m(a)` in a lowered function: `__async_super_call(__async_super_get("m"), this, [a], ".m")`.
// It calls the method without looking `call` up on it, and words the TypeError for a method that
// is no function as V8 does (`where`: V8's words for the callee after "(intermediate value)").
// needs: __async_rt
function __async_super_call(method, self, args, where) {
  "use strict";
  var rt = __async_rt();
  if (typeof method !== "function") throw new rt.TypeError("(intermediate value)" + where + " is not a function");
  return rt.apply(method, self, args);
}
// A super method bound to `this`, for what calls it later: `super.tag\`a${b}\`` becomes
// `__async_super_bind(__async_super_get("tag"), this, ".tag")\`a${b}\``, and `super.m?.(a)`
// becomes `__async_super_bind(__async_super_get("m"), this, ".m", 1)?.(a)` (with `optional`,
// nothing to call when the method is null or undefined). The method is checked when called, after
// the arguments or substitutions are evaluated, as natively.
// needs: __async_super_call
function __async_super_bind(method, self, where, optional) {
  "use strict";
  if (optional && (method === null || method === void 0)) return void 0;
  return function () {
    return __async_super_call(method, self, arguments, where);
  };
}
// `{ [k]: async function () {} }` becomes `{ [__async_key(k)]: __async_function(g, 0, __async_key_name()) }`:
// the key is converted once (ToPropertyKey) and the name SetFunctionName gives it kept for the
// value, which is evaluated right after the key.
// needs: __async_property_key, __async_rt
function __async_key(key) {
  "use strict";
  var rt = __async_rt();
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
// needs: __async_rt
function __async_key_name() {
  "use strict";
  var rt = __async_rt();
  var name = rt.keyName;
  rt.keyName = void 0;
  return name;
}
// A reference to super[key] for `super[k] += v` and for super properties as destructuring or
// for-in/of targets: `get` and `set` are the method's arrows (k) => super[k] and (k, v) =>
// super[k] = v. A target converts its key once, as it is evaluated (convert: 1).
// needs: __async_property_key, __async_rt
function __async_super_ref(get, set, key, convert) {
  "use strict";
  if (convert) key = __async_property_key(__async_rt(), key);
  return {
    get value() { return get(key); },
    set value(v) { set(key, v); },
  };
}
// ToPropertyKey(key), once: a string or a symbol.
// needs: -
function __async_property_key(rt, key) {
  "use strict";
  var holder = { __proto__: null };
  holder[key] = 0;
  return rt.ownKeys(holder)[0];
}
