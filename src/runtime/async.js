/* async2gen runtime: runs a generator as the body of an async function (ECMA-262 §27.7).
   The whole runtime is one function, __async_rt. Line 1 of a lowered file calls it: it captures
   the built-ins into local variables (so the program cannot change what the runtime uses, and a
   minifier can shorten every name), and it sets the entry points that lowered code calls
   (`__async = function ...`): top-level `var`s of the file, or, in an ES module with exports,
   hoisted functions that run __async_rt first (another module of an import cycle may call an
   exported function before line 1; see runtime_pieces.cpp).
   Its body is cut into sections: from a `// section: NAME` line to the next. `needs:` under it
   lists the sections whose names it uses (checked by tests/unit/runtime_pieces_test.cpp), and a
   file gets only the sections its entry points need. Lines between `// if live` and `// end if`
   are kept only in files transpiled with --promise=global. async_generator.js continues the list.
   What runs on an engine: ES5 syntax plus function* / yield; ES5 built-ins plus Promise and
   generator objects. Anything newer (Reflect, Symbol.asyncIterator, computed keys, a redefinable
   function `name`, globalThis, WeakMap) is detected here, once. The emitted text leaves out
   comments and indentation. */
// abi METHOD_STATIC = 1
// abi METHOD_GENERATOR = 2
// abi METHOD_CLASS_NAME = 4
// abi METHOD_PRIVATE = 8
// abi METHOD_HOME = 16
// abi METHOD_SYNC = 32
// abi METHOD_GETTER = 64
// abi METHOD_SETTER = 128
// abi SUPER_POST_INCREMENT = 0
// abi SUPER_POST_DECREMENT = 1
// abi SUPER_PRE_INCREMENT = 2
// abi SUPER_PRE_DECREMENT = 3
// abi SUPER_DELETE = 4

function __async_rt() {
  "use strict";

  // section: capture
  // needs: -
  // Read from the global object, not by name: the file may declare its own `Promise` or
  // `globalThis`. The global object is the one whose Object is that of an object literal.
  var Obj = {}.constructor;
  var global;
  try {
    global = globalThis;
  } catch (e) {} // in the temporal dead zone of the file's own `globalThis`
  if (!global || global.Object !== Obj) global = Obj.constructor("return this")();
  var Fn = global.Function;
  var Promise = global.Promise;
  var resolve = Promise.resolve;
  var then = Promise.prototype.then;
  var TypeError = global.TypeError;
  var aGenerator = function* () {};
  var generatorObject = aGenerator(); // (Rhino: no %GeneratorFunction.prototype%.prototype)
  var next = generatorObject.next; // %GeneratorPrototype%'s
  var throwInto = generatorObject["throw"];
  // fn.call(self, a, b) and fn.apply(self, args) through the built-in call and apply, captured:
  // call(fn, self, a, b) and apply(fn, self, args).
  var fnCall = Fn.prototype.call;
  var call = fnCall.bind(fnCall);
  var apply = fnCall.bind(Fn.prototype.apply);

  // section: objects
  // needs: capture
  // What the sections that make or change objects use (a file whose async functions stay plain
  // functions, --assume plain-functions, may need none of it).
  var Symbol = global.Symbol;
  var getPrototypeOf = Obj.getPrototypeOf;
  var setPrototypeOf = Obj.setPrototypeOf;
  var defineProperty = Obj.defineProperty;
  var GeneratorFunction = getPrototypeOf(aGenerator); // %GeneratorFunction.prototype%
  // Async generator methods for __async_methods: set by the section `generator` of
  // async_generator.js, which a file with such methods has (their bodies call __async_generator).
  var generatorMethod;
  // --async-stack-traces: set by the section `trace`, for the async generator driver.
  var tracer;
  // A data property that is not enumerable (descriptors inherit nothing from Object.prototype).
  // flags: 1 writable, 2 configurable (none: neither).
  function define(object, key, value, flags) {
    defineProperty(object, key, { __proto__: null, value: value, writable: flags & 1, configurable: flags > 1 });
  }

  // section: run
  // needs: capture
  // `async function f(a) { body }` runs as `__async(this, arguments, function* (a) { body })`.
  var run = (__async = function (self, args, body, newTarget) {
    if (newTarget !== void 0) throw new TypeError(newTarget.name + " is not a constructor");
    // if live
    var Promise = global.Promise, resolve = Promise.resolve, then = Promise.prototype.then; // --promise=global: the global Promise of the moment
    // end if
    return new Promise(function (done, fail) {
      var gen = apply(body, self, args); // parameter defaults run here: a throw rejects
      function step(method, value) {
        var result;
        try {
          result = call(method, gen, value);
        } catch (error) {
          return fail(error);
        }
        if (result.done) return done(result.value);
        try {
          value = call(resolve, Promise, result.value); // PromiseResolve(%Promise%, v)
        } catch (error) {
          return step(throwInto, error);
        }
        call(then, value, onFulfilled, onRejected);
      }
      function onFulfilled(value) {
        step(next, value);
      }
      function onRejected(error) {
        step(throwInto, error);
      }
      step(next);
    });
  });

  // section: method
  // needs: capture, objects
  // A method (no `prototype`, no constructor) with this name and length that hands its `this` and
  // arguments to `call`. Made by a function compiled once per length: `{ [n](a0) {...} }[n]` gives
  // the name and the length for free (defining `length` costs about ten times as much as making
  // the method). Where computed keys give no name or do not compile (Hermes 0.12, Rhino), or
  // nothing compiles at run time (a content security policy): a function declared with the name
  // where it is an identifier, else a plain one whose name and length are redefined where the
  // engine allows it. Where that has more than `length` and `name` of its own (Hermes 0.12: every
  // function written in the language has a `prototype`, all but arrows are constructors): a proxy
  // that calls `call`, its target a built-in function made fresh for it (the `revoke` of
  // Proxy.revocable: `length` and `name` only, no constructor), about ten times slower to call.
  var makers = [];
  var Proxy = global.Proxy;
  var proxied; // (decided by the first method made)
  function makeMethod(name, length, target) {
    var make = makers[length];
    if (!make) {
      for (var params = [], i = 0; i < length; i++) params.push("a" + i);
      // (the method's source but for the name of the function it hands its call to)
      var head = "(" + params + '){"use strict";return ', tail = "(this,arguments)}";
      try {
        make = Fn("n", "c", "return{[n]" + head + "c" + tail + "}[n]");
        if (make("a", target).name !== "a") make = 0;
      } catch (e) {} // no computed keys, or no compiling at run time
      make = makers[length] = make || function (name, target) {
        var fn;
        // (these are constructors: `new` throws, as it does for a native async function. Its
        // receiver is an object made from fn.prototype; so is a call on an async generator
        // function's own generator object, `g.call(g())`, which throws too: a gap there)
        function construct(self, args) {
          if (self && typeof self === "object" && getPrototypeOf(self) === fn.prototype) {
            throw new TypeError(name + " is not a constructor");
          }
          return target(self, args);
        }
        try {
          fn = proxied
            ? new Proxy(Proxy.revocable(Obj, Obj).revoke, { __proto__: null, apply: function (t, self, args) {
              return target(self, args);
            } })
            : /^[A-Za-z_$][\w$]*$/.test(name) && Fn(name + "_", "return function " + name + head + name + "_" + tail)(construct);
        } catch (e) {} // a reserved word, or no compiling at run time
        // (the call is handed over to `NAME_`: under the name it declares, the function is itself)
        fn = fn || function () {
          return construct(this, arguments);
        };
        try {
          define(fn, "name", name, 2);
          define(fn, "length", length, 2);
        } catch (e) {} // Rhino: neither can be redefined
        return fn;
      };
      if (proxied === void 0) proxied = !!Proxy && Obj.getOwnPropertyNames(make("a", target)).length > 2;
    }
    return make("" + name, target); // (a number key as written: `1e3` names "1000")
  }

  // section: kind
  // needs: capture, objects
  // The prototype of a kind of function (%AsyncFunction.prototype%, ...) as far as ES2015 can make
  // one, with its constructor: named after the kind, an instance of Function, and unable to
  // compile source text (that would need a transpiler at run time), so calling it throws.
  var toStringTag = Symbol && Symbol.toStringTag;
  function functionKind(tag) {
    var proto = Obj.create(Fn.prototype);
    var constructor = function (body) {
      throw new TypeError(tag + " cannot compile source text after async2gen");
    };
    if (toStringTag) define(proto, toStringTag, tag, 2);
    try {
      define(constructor, "name", tag, 2); // minifiers drop function expression names
    } catch (e) {} // Rhino: a function's name cannot be redefined
    define(constructor, "prototype", proto);
    define(proto, "constructor", constructor, 2);
    setPrototypeOf(constructor, Fn);
    return proto;
  }

  // section: shared
  // needs: capture, objects
  // What the files of a program share, kept on the global object under a registered symbol: made
  // by the first file that needs it, as make(arg).
  function shared(name, make, arg) {
    var key = "async2gen " + name;
    if (Symbol) key = Symbol["for"](key);
    var value = global[key];
    if (!value) {
      value = make(arg);
      try {
        define(global, key, value);
      } catch (e) {} // a global object that cannot be extended: this file keeps its own
    }
    return value;
  }

  // section: async_function_prototype
  // needs: kind, shared
  // %AsyncFunction.prototype%, shared by the files of a program: lowered async functions inherit
  // from it, so `fn.constructor.name`, `fn[Symbol.toStringTag]` and Object.prototype.toString say
  // AsyncFunction.
  var AsyncFunctionPrototype = shared("%AsyncFunction.prototype%", functionKind, "AsyncFunction");

  // section: function
  // needs: async_function_prototype, capture, method, objects, run
  // The function object of an async function declaration (§15.8.4): a method with the declared name
  // and length, so it has no `prototype` and is no constructor. `body` is the declaration as lowered:
  // a generator declaration (hoisted like the original, bound at the start of its scope to what this
  // returns), or, with `plain`, a function that does the work itself (module top level, where another
  // module may call the hoisted declaration before this module runs). `name`: "default" for an
  // anonymous default export, which the transpiler names for the binding.
  __async_function = function (body, plain, name) {
    // Several declarations of one name: the last one won, and may be a plain function. Or none
    // yet: Rhino binds a block's function declaration when it is reached (bound again there).
    if (!plain && (body === void 0 || getPrototypeOf(body) !== GeneratorFunction)) return body;
    var fn = makeMethod(name === void 0 ? body.name : name, body.length, function (self, args) {
      return plain ? apply(body, self, args) : run(self, args, body);
    });
    return setPrototypeOf(fn, AsyncFunctionPrototype);
  };

  // section: string
  // needs: capture
  var String = global.String;

  // section: arrow
  // needs: async_function_prototype, objects, string
  // An async arrow: `async (a) => {...}` becomes `__async_arrow((a) => { return __async(...); }, "f")`:
  // an instance of %AsyncFunction%, with the name it would have had where it stands.
  __async_arrow = function (fn, name) {
    setPrototypeOf(fn, AsyncFunctionPrototype);
    // (a number key is passed as written: its name is the key as a string, `1e3` names "1000")
    if (name !== void 0) {
      try {
        define(fn, "name", String(name), 2);
      } catch (e) {} // Rhino: a function's name cannot be redefined
    }
    return fn;
  };

  // section: property_key
  // needs: capture
  // ToPropertyKey(key), once: a string or a symbol.
  var Reflect = global.Reflect;
  var symbols = Obj.getOwnPropertySymbols;
  var ownKeys = Reflect ? Reflect.ownKeys : function (o) {
    var keys = Obj.getOwnPropertyNames(o);
    return symbols ? keys.concat(symbols(o)) : keys;
  };
  function propertyKey(key) {
    var holder = { __proto__: null };
    holder[key] = 0;
    return ownKeys(holder)[0];
  }

  // section: function_name
  // needs: capture, objects
  // The name SetFunctionName gives a function keyed by a property key (a string, a symbol, or a
  // number key as written, which names by its string).
  var symbolToString = Symbol && Symbol.prototype.toString;
  function functionName(key) {
    if (typeof key !== "symbol") return key;
    var description = key.description;
    if (description === void 0) description = call(symbolToString, key).slice(7, -1) || void 0;
    return description === void 0 ? "" : "[" + description + "]";
  }

  // section: method_key
  // needs: property_key
  // `async [KEY]() {}` and `async *[KEY]() {}` in an object literal or a class become
  // `[__async_method_key(KEY, flags)]() {}` (flags: METHOD_STATIC, METHOD_GENERATOR): the key is
  // converted once (ToPropertyKey), as natively, and noted on a stack (a holder inside another's
  // computed key takes only its own).
  var methodKeys = [];
  __async_method_key = function (key, flags) {
    key = propertyKey(key);
    if (methodKeys.length > 1000) methodKeys.length = 0; // left by holders that threw while being made
    methodKeys.push(key, flags | 0);
    return key;
  };

  // section: methods
  // needs: async_function_prototype, capture, method_key, objects, string
  // Then the object or class, once it exists, gives its async methods what native ones have: async
  // methods become instances of %AsyncFunction%, async generator methods get a `prototype` of their
  // own, which the objects they return inherit from (through a wrapper). The methods are the last
  // `count` noted ones, then those listed after `isClass` as key, flags, key, flags, ...
  // (METHOD_CLASS_NAME: the key is the name an anonymous class expression, wrapped by this call,
  // would have had; METHOD_PRIVATE: the key is a private async method itself).
  // Methods handed their object literal at each call (METHOD_HOME): set by the section `home_handed`.
  var homeMethod;
  __async_methods = function (target, count, isClass) {
    var methods = count ? methodKeys.splice(methodKeys.length - 2 * count, 2 * count) : [];
    for (var i = 3; i < arguments.length; i++) methods.push(arguments[i]);
    for (i = 0; i < methods.length; i += 2) {
      var key = methods[i]; // (a number key is converted by the lookup)
      var flags = methods[i + 1];
      if (flags & 8) { // METHOD_PRIVATE (`this.#m`)
        if (getPrototypeOf(key) !== AsyncFunctionPrototype) setPrototypeOf(key, AsyncFunctionPrototype);
      } else if (flags & 4) { // METHOD_CLASS_NAME
        define(target, "name", String(key), 2);
      } else {
        var holder = isClass && !(flags & 1) ? target.prototype : target; // METHOD_STATIC
        var descriptor = Obj.getOwnPropertyDescriptor(holder, key);
        var part = flags & 64 ? "get" : flags & 128 ? "set" : "value"; // METHOD_GETTER, METHOD_SETTER
        var method = descriptor && descriptor[part];
        if (typeof method === "function") {
          if (flags & 16) method = homeMethod(method, target, key, part); // METHOD_HOME
          if (flags & 2) method = generatorMethod(method); // METHOD_GENERATOR
          else if (!(flags & 32)) setPrototypeOf(method, AsyncFunctionPrototype); // (METHOD_SYNC: not async)
          if (method !== descriptor[part]) {
            descriptor = { __proto__: null };
            descriptor[part] = method;
            defineProperty(holder, key, descriptor);
          }
        }
      }
    }
    return target;
  };

  // section: super_call
  // needs: capture
  // `super.m(a)` in a lowered function: `__async_super_call(__async_super_get("m"), this, [a], ".m")`.
  // It calls the method without looking `call` up on it, and words the TypeError for a method that
  // is no function as V8 does (`where`: V8's words for the callee after "(intermediate value)").
  var superCall = (__async_super_call = function (method, self, args, where) {
    if (typeof method !== "function") throw new TypeError("(intermediate value)" + where + " is not a function");
    return apply(method, self, args);
  });

  // section: super_bind
  // needs: super_call
  // A super method bound to `this`, for what calls it later: `super.tag\`a${b}\`` becomes
  // `__async_super_bind(__async_super_get("tag"), this, ".tag")\`a${b}\``, and `super.m?.(a)`
  // becomes `__async_super_bind(__async_super_get("m"), this, ".m", 1)?.(a)` (with `optional`,
  // nothing to call when the method is null or undefined). The method is checked when called, after
  // the arguments or substitutions are evaluated, as natively.
  __async_super_bind = function (method, self, where, optional) {
    if (optional && (method === null || method === void 0)) return void 0;
    return function () {
      return superCall(method, self, arguments, where);
    };
  };

  // section: key
  // needs: function_name, property_key
  // `{ [k]: async function () {} }` becomes `{ [__async_key(k)]: __async_function(g, 0, __async_key_name()) }`:
  // the key is converted once (ToPropertyKey) and the name SetFunctionName gives it kept for the
  // value, which is evaluated right after the key.
  var keyName;
  __async_key = function (key) {
    key = propertyKey(key);
    keyName = functionName(key);
    return key;
  };
  __async_key_name = function () {
    var name = keyName;
    keyName = void 0;
    return name;
  };

  // section: super_ref
  // needs: property_key
  // A reference to super[key] for `super[k] += v` and for super properties as destructuring or
  // for-in/of targets: `get` and `set` are the method's arrows (k) => super[k] and (k, v) =>
  // super[k] = v. A target converts its key once, as it is evaluated (convert: 1).
  __async_super_ref = function (get, set, key, convert) {
    if (convert) key = propertyKey(key);
    return {
      get value() { return get(key); },
      set value(v) { set(key, v); },
    };
  };
  // section: super_home
  // needs: capture, objects, property_key, string
  // `super` in the async methods of an object literal, and in the async arrows of its methods: the
  // lowered body cannot say `super` (a generator cannot; Rhino and Hermes 0.12 have no `super` in
  // arrows, nor `super[k]`), so the literal is bound as it is made (`((__async_home) =>
  // __async_home = { ... })()`) and the method's arrows reach its prototype (GetSuperBase) on each
  // access: `(k) => __async_home_get(__async_home, k, this)`. Where the engine compiles it, an
  // object whose methods say `super` does the access, its prototype set to the home's first, so
  // the receiver, strict mode and the error messages are native; elsewhere [[Get]] and [[Set]]
  // with a receiver (OrdinaryGet, OrdinarySet) over property descriptors.
  // The compiled objects, strict code's and sloppy code's: { get, set(k, v), update(k, op) }.
  var strictAccess, sloppyAccess;
  try {
    var methods = "get(k){return super[k]},set(k,v){super[k]=v},update(k,o){" +
      "return o<1?super[k]++:o<2?super[k]--:o<3?++super[k]:o<4?--super[k]:delete super[k]}}";
    strictAccess = Fn('"use strict";return{__proto__:null,' + methods)();
    sloppyAccess = Fn("return{__proto__:null," + methods)();
  } catch (e) {
    strictAccess = void 0; // (a content security policy, or no `super` in methods)
  }
  var getOwnPropertyDescriptor = Obj.getOwnPropertyDescriptor;
  var hasOwn = Obj.prototype.hasOwnProperty;
  // One of the compiled objects, with the home's prototype as its base.
  function accessFrom(home, strict) {
    var access = strict ? strictAccess : sloppyAccess;
    var base = getPrototypeOf(home);
    if (getPrototypeOf(access) !== base) setPrototypeOf(access, base);
    return access;
  }
  function superBase(home, key, what) {
    var base = getPrototypeOf(home);
    if (base === null) throw new TypeError("Cannot " + what + " properties of null (reading '" + String(key) + "')");
    return base;
  }
  // The descriptor of `key` on `object` or the nearest object of its prototype chain that has it.
  function lookup(object, key) {
    for (; object !== null; object = getPrototypeOf(object)) {
      var descriptor = getOwnPropertyDescriptor(object, key);
      if (descriptor !== void 0) return descriptor;
    }
  }
  var superGet = (__async_home_get = function (home, key, receiver) {
    if (strictAccess) return call(accessFrom(home, true).get, receiver, key);
    key = propertyKey(key);
    var base = superBase(home, key, "read");
    if (Reflect) return Reflect.get(base, key, receiver);
    var descriptor = lookup(base, key);
    if (descriptor === void 0) return void 0;
    if (call(hasOwn, descriptor, "value")) return descriptor.value;
    return descriptor.get === void 0 ? void 0 : call(descriptor.get, receiver);
  });
  // OrdinarySet(base, key, value, receiver): whether it succeeded.
  function ordinarySet(base, key, value, receiver) {
    if (Reflect) return Reflect.set(base, key, value, receiver);
    var descriptor = lookup(base, key);
    if (descriptor !== void 0 && !call(hasOwn, descriptor, "value")) {
      if (descriptor.set === void 0) return false;
      call(descriptor.set, receiver, value);
      return true;
    }
    if ((descriptor !== void 0 && !descriptor.writable) || receiver === null) return false;
    if (typeof receiver !== "object" && typeof receiver !== "function") return false;
    var own = getOwnPropertyDescriptor(receiver, key);
    if (own !== void 0) {
      if (!call(hasOwn, own, "value") || !own.writable) return false;
      defineProperty(receiver, key, { __proto__: null, value: value });
      return true;
    }
    if (!Obj.isExtensible(receiver)) return false;
    defineProperty(receiver, key, { __proto__: null, value: value, writable: true, enumerable: true, configurable: true });
    return true;
  }
  var superSet = (__async_home_set = function (home, key, value, receiver, strict) {
    if (strictAccess) {
      call(accessFrom(home, strict).set, receiver, key, value);
      return value;
    }
    key = propertyKey(key);
    if (!ordinarySet(superBase(home, key, "set"), key, value, receiver) && strict) {
      throw new TypeError("Cannot assign to read only property '" + String(key) + "' of object");
    }
    return value;
  });
  // super[k]++ (op 0), super[k]-- (1), ++super[k] (2), --super[k] (3), delete super[k] (4): the
  // `op` of SuperUpdate (runtime_abi.hpp); the value read once, the key converted at the read and
  // at the write, as V8 does.
  __async_home_update = function (home, key, op, receiver, strict) {
    if (strictAccess) return call(accessFrom(home, strict).update, receiver, key, op);
    if (op > 3) throw new global.ReferenceError("Unsupported reference to 'super'");
    var value = superGet(home, key, receiver);
    var old = op & 1 ? value-- : value++; // ToNumeric once
    superSet(home, key, value, receiver, strict);
    return op < 2 ? old : value;
  };

  // section: home_handed
  // needs: capture, function_name, method, methods
  // An object literal made in a loop whose async methods reach `super` through it, and that cannot
  // move into an arrow of its own (an `await` in a property value): nothing binds it anew each
  // time it is made on every engine (Hermes 0.12 has one `let` per function), so each such method
  // becomes a wrapper that hands the literal to it for the time of each call, taken as the method
  // starts (its body, after its parameters):
  // `go() { const __async_home = __async_home_taken(), ...; return __async(...); }`.
  var handed;
  // (Named after its key, "get k" for a getter: Rhino's methods have no name, Hermes 0.12's none
  // for computed keys.)
  homeMethod = function (fn, home, key, part) {
    var name = functionName(key);
    return makeMethod(part === "value" ? name : part + " " + name, fn.length, function (self, args) {
      var outer = handed; // (a call made while the parameters are bound hands its own, and gives it back)
      handed = home;
      try {
        return apply(fn, self, args);
      } finally {
        handed = outer;
      }
    });
  };
  __async_home_taken = function () {
    return handed;
  };

  // section: trace
  // needs: capture, objects, run, shared
  // --async-stack-traces: the lowered async functions that wait for the one that throws, as the
  // `at async NAME (file:line:col)` frames V8 shows for native ones. A file compiled with it calls
  // __async_traces() on line 1 and `(yield __async_at(v, SITE))` at each await: the running call
  // waits at SITE (the file's hash and the await's number), and, when v is the promise of a lowered
  // call, it awaits that one. Where an await waits is a stack captured there the first time it runs
  // (one frame, formatted only if an error needs it; capturing costs microseconds, so each await
  // keeps its first). Each call has a record, current while its body runs; an error thrown out of
  // a body gets the frames of the calls awaiting the one at the bottom of the stack, where V8
  // starts from, once. The drivers do not change: a traced body is resumed through a generator
  // that delegates to it. The records are shared by the files of a program. Where the engine has
  // no Error.captureStackTrace, WeakMap or Symbol, or other stacks than V8's, nothing happens.
  var traces = shared("async stack traces", function () {
    var WeakMap = global.WeakMap;
    return {
      on: false,
      current: void 0, // the record whose body runs
      bottom: void 0, // the record whose body runs at the bottom of the stack
      sites: { __proto__: null }, // SITE -> the stack captured there
      owners: WeakMap && new WeakMap(), // promises and async generator objects -> their call's record
      seen: WeakMap && new WeakMap(), // errors given frames
    };
  });
  var ErrorConstructor = global.Error;
  var captureStack = ErrorConstructor.captureStackTrace;
  var mapGet = traces.owners && global.WeakMap.prototype.get;
  var mapSet = traces.owners && global.WeakMap.prototype.set;
  var returnTo = generatorObject["return"];
  // On where stacks read `\n    at NAME (file:line:col)`, as V8's and Hermes' do (Rhino's do not).
  __async_traces = function () {
    if (typeof captureStack !== "function" || !mapGet || !Symbol) return;
    var probe = {};
    try {
      captureStack(probe);
      if (frameOf(probe)) traces.on = true;
    } catch (e) {}
  };
  // `loop`: a for await's iterator record, whose iterator's call is awaited.
  var at = (__async_at = function (value, site, loop) {
    var record = traces.current;
    if (record) {
      var holder = traces.sites[site];
      if (!holder) {
        traces.sites[site] = holder = {};
        try {
          var limit = ErrorConstructor.stackTraceLimit;
          var limited = typeof limit === "number";
          if (limited) ErrorConstructor.stackTraceLimit = 1;
          captureStack(holder, at);
          if (limited) ErrorConstructor.stackTraceLimit = limit;
        } catch (e) {} // a frozen Error
      }
      record.at = holder;
      var owner = call(mapGet, traces.owners, loop ? loop.iterator : value);
      if (owner) owner.awaiter = record;
    }
    return value;
  });
  // The first frame of a captured stack, without its `at `.
  function frameOf(holder) {
    var text = holder.stack;
    var start = typeof text === "string" ? text.indexOf("\n    at ") : -1;
    if (start < 0) return "";
    var end = text.indexOf("\n", start + 1);
    return text.slice(start + 8, end < 0 ? text.length : end);
  }
  // Adds the frames of `record` and the records awaiting it to an error, once.
  function annotate(error, record) {
    if ((typeof error !== "object" && typeof error !== "function") || error === null) return;
    if (call(mapGet, traces.seen, error)) return;
    call(mapSet, traces.seen, error, true);
    var limit = ErrorConstructor.stackTraceLimit;
    if (typeof limit !== "number") limit = 10; // (Hermes)
    var frames = "";
    for (var n = 0; record && n < limit; record = record.awaiter) {
      var frame = record.at && frameOf(record.at);
      if (frame) {
        frames += "\n    at async " + frame;
        n++;
      }
    }
    try {
      if (frames && typeof error.stack === "string") error.stack += frames;
    } catch (e) {} // a frozen error
  }
  // gen[method](value) with `record` current.
  function resume(record, gen, method, value) {
    var outer = traces.current;
    if (!outer) traces.bottom = record;
    traces.current = record;
    try {
      return call(method, gen, value);
    } catch (error) {
      // Made in this run: the calls awaiting the bottom one. The rejection the body was resumed
      // with, made where no record ran (a native or untraced callee): this call and those
      // awaiting it, as V8 shows native callers.
      annotate(error, method !== throwInto || error !== value ? traces.bottom.awaiter : record);
      throw error;
    } finally {
      traces.current = outer;
      if (!outer) traces.bottom = void 0;
    }
  }
  // A call's record, and, for async generators, what yield* forwards its body's next, throw and
  // return to, with their values and in the same tick: the body's generator, resumed with the
  // record current.
  function Traced(gen) {
    this.gen = gen;
    this.awaiter = void 0; // the record of the call that awaits this one
    this.at = void 0; // where this one waits: a stack captured at an await
  }
  Traced.prototype.next = function (value) {
    return resume(this, this.gen, next, value);
  };
  Traced.prototype["throw"] = function (error) {
    return resume(this, this.gen, throwInto, error);
  };
  Traced.prototype["return"] = function (value) {
    return resume(this, this.gen, returnTo, value);
  };
  Traced.prototype[Symbol.iterator] = function () {
    return this;
  };
  function* forward(record) {
    return yield* record;
  }
  // For the async generator driver: the generator it resumes for a call's body, and
  // `tracer.own(object, traced)`: that call's async generator object.
  tracer = function (gen) {
    if (!traces.on) return gen;
    var record = new Traced(gen);
    var traced = forward(record);
    call(mapSet, traces.owners, traced, record);
    return traced;
  };
  tracer.own = function (object, traced) {
    var record = call(mapGet, traces.owners, traced);
    if (record) call(mapSet, traces.owners, object, record);
  };
  // The async function driver (section run) with a traced body, which gets its arguments as
  // `apply` hands them over: `function* (body, record, args)`. It resumes the body itself (the
  // driver only calls next and throw): half the cost of a yield* to the record.
  function* tracedBody(body, record, args) {
    var gen = apply(body, this, args);
    var method = next;
    var value;
    for (;;) {
      var result = resume(record, gen, method, value);
      if (result.done) return result.value;
      try {
        value = yield result.value;
        method = next;
      } catch (error) {
        value = error;
        method = throwInto;
      }
    }
  }
  var untraced = run;
  function tracedRun(self, args, body, newTarget) {
    if (!traces.on) return untraced(self, args, body, newTarget);
    var record = new Traced();
    var promise = untraced(self, [body, record, args], tracedBody, newTarget);
    call(mapSet, traces.owners, promise, record);
    return promise;
  }
  run = __async = tracedRun;

  // end of sections (async_generator.js continues them)

  // Made once: from now on __async_rt gives back the global object (for --print-helpers global).
  function made() {
    return global;
  }
  return (__async_rt = made)();
}
