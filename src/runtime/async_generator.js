/* async2gen runtime: async generators (ECMA-262 §27.6) and for await (§14.7.5), driven by generators.
   Appended after async.js (same rules: ES5 syntax plus generators; `needs:` lists the calls).
   The body of an async generator is a generator that yields to the driver:
     (yield __async_await(v))        await v: resume with the value, or throw the rejection into the body
     (yield v)                       yield v: Await(v), then hand the value to the consumer
     (yield* __async_delegate(x))    yield* x: GetIterator(x, async); see __async_ag's delegate
     return (yield __async_await(v)) return v (the return statement awaits its operand)
   Internally the driver also understands two markers that only __async_delegate produces:
   "yield this value without awaiting it" and "resume the body with a return completion".
   A file with async generators makes the machinery on line 1 (`__async_ag(__async_rt());`). */
// needs: __async_ag, __async_rt
function __async_generator(self, args, body, fn, newTarget) {
  "use strict";
  var rt = __async_rt();
  if (newTarget !== void 0) throw new rt.TypeError(newTarget.name + " is not a constructor");
  var ag = __async_ag(rt);
  if (fn === void 0) fn = ag.takeCallee(); // a method called through the wrapper of __async_methods
  var gen = rt.apply(body, self, args); // parameter defaults and destructuring run here and throw synchronously
  return ag.create(gen, fn);
}
// The function object of an async generator declaration (§15.6): see __async_function in async.js.
// needs: __async_ag, __async_generator, __async_named_method, __async_rt
function __async_generator_function(body, plain, name) {
  "use strict";
  var rt = __async_rt();
  if (!plain && rt.getPrototypeOf(body) !== rt.generatorFunction) return body;
  var fn = __async_named_method(rt, name === void 0 ? body.name : name, body.length, plain
    ? function (self, args) { return rt.apply(body, self, args); }
    : function (self, args) { return __async_generator(self, args, body, fn); });
  return (__async_ag(rt)).declare(fn);
}
// Fixes up a lowered async generator function's `prototype` eagerly; returns the function.
// needs: __async_ag, __async_rt
function __async_generator_fixup(fn) {
  "use strict";
  var rt = __async_rt();
  (__async_ag(rt)).fix(fn);
  return fn;
}
// needs: __async_ag, __async_rt
function __async_await(value) {
  "use strict";
  var rt = __async_rt();
  var ag = __async_ag(rt);
  ag.slot = value; // read back by the driver as soon as the body yields the marker
  return ag.AWAIT;
}
// needs: __async_ag, __async_get_iterator, __async_rt
function __async_delegate(iterable) {
  "use strict";
  var rt = __async_rt();
  var ag = __async_ag(rt);
  return ag.delegate(__async_get_iterator(rt, ag, iterable));
}
// for await (LHS of expr) BODY  becomes
//   { const R = __async_iterator(expr[, 1 inside async generators]); try { for (; __async_step(R, (yield __async_next(R))); ) {
//     LHS = R.value; BODY } } catch (E) { throw __async_threw(R, E); } finally { yield* __async_close(R); } }
// needs: __async_ag, __async_get_iterator, __async_rt
function __async_iterator(iterable, inGenerator) {
  "use strict";
  var rt = __async_rt();
  var record = __async_get_iterator(rt, __async_ag(rt), iterable);
  record.generator = !!inGenerator;
  return record;
}
// needs: __async_await, __async_call_next, __async_from_sync, __async_rt
function __async_next(record) {
  "use strict";
  var rt = __async_rt();
  record.state = 0; // in the loop head: errors from here on do not close the iterator
  var result = record.sync
    ? __async_from_sync(rt, 0, record, false, void 0)
    : __async_call_next(rt, record, []);
  return record.generator ? __async_await(result) : result;
}
// needs: __async_rt, __async_type_error
function __async_step(record, result) {
  "use strict";
  if ((typeof result !== "object" || result === null) && typeof result !== "function") {
    var rt = __async_rt();
    throw __async_type_error(rt, 0, result);
  }
  if (result.done) {
    record.state = 2;
    record.value = void 0;
    return false;
  }
  record.value = result.value;
  record.state = 1; // in the body: leaving it early closes the iterator
  return true;
}
// needs: -
function __async_threw(record, error) {
  "use strict";
  if (record.state === 1) record.threw = true;
  return error;
}
// needs: __async_ag, __async_await, __async_from_sync, __async_method, __async_rt, __async_type_error
function __async_close(record) {
  "use strict";
  // AsyncIteratorClose, as a sync iterable for `yield*`: it yields the return() result to be awaited once.
  var rt = __async_rt();
  var ag = __async_ag(rt);
  var closer = { next: void 0, throw: void 0, return: void 0 };
  closer[ag.iterator] = function () {
    return this;
  };
  if (record.state !== 1) {
    closer.next = function () {
      return { value: void 0, done: true };
    };
    return closer;
  }
  record.state = 2;
  var threw = record.threw;
  var result;
  var nothing = false;
  if (record.sync) {
    result = __async_from_sync(rt, 2, record, false, void 0);
  } else {
    try {
      var method = __async_method(rt, record.iterator, "return");
      if (method === void 0) nothing = true;
      else result = rt.apply(method, record.iterator, []);
    } catch (error) {
      if (!threw) throw error;
      nothing = true; // a throw completion wins over errors from return()
    }
  }
  var started = nothing;
  closer.next = function (value) {
    if (!started) {
      started = true;
      return { value: record.generator ? __async_await(result) : result, done: false };
    }
    if (!nothing && !threw && (typeof value !== "object" || value === null) && typeof value !== "function") {
      throw __async_type_error(rt, 0, value);
    }
    return { value: void 0, done: true };
  };
  closer.throw = function (error) {
    if (threw) return { value: void 0, done: true };
    throw error;
  };
  closer.return = function (value) {
    return { value: value, done: true };
  };
  return closer;
}
// GetIterator(obj, async): the record is also the state of a for await loop.
// needs: __async_method
function __async_get_iterator(rt, ag, obj) {
  "use strict";
  var sync = false;
  var method = __async_method(rt, obj, ag.asyncIterator);
  if (method === void 0) {
    method = __async_method(rt, obj, ag.iterator);
    if (method === void 0) throw new rt.TypeError("object is not async iterable");
    sync = true;
  }
  var iterator = rt.apply(method, obj, []);
  if ((typeof iterator !== "object" || iterator === null) && typeof iterator !== "function") {
    throw new rt.TypeError("Result of the Symbol." + (sync ? "iterator" : "asyncIterator") + " method is not an object");
  }
  return {
    iterator: iterator,
    next: iterator.next,
    sync: sync, // true: CreateAsyncFromSyncIterator over it
    generator: false,
    state: 0,
    threw: false,
    value: void 0,
  };
}
// IteratorNext: a next that is not callable fails as V8 says it.
// needs: __async_type_error
function __async_call_next(rt, record, args) {
  "use strict";
  if (typeof record.next !== "function") throw __async_type_error(rt, 1, record.next);
  return rt.apply(record.next, record.iterator, args);
}
// TypeErrors with V8's messages, so that logs compare equal: kind 0 "Iterator result 5 is not an
// object"; kind 1 "number 5 is not a function" (V8 shows the type, then primitives' values).
// needs: -
function __async_type_error(rt, kind, value) {
  "use strict";
  if (kind === 0) return new rt.TypeError("Iterator result " + rt.String(value) + " is not an object");
  var type = typeof value;
  var shown = value === void 0 || type === "symbol" || type === "bigint" || type === "object" && value !== null
    ? type
    : type === "string" ? type + ' "' + value + '"' : type + " " + rt.String(value);
  return new rt.TypeError(shown + " is not a function");
}
// GetMethod(obj, key)
// needs: -
function __async_method(rt, obj, key) {
  "use strict";
  var method = obj[key];
  if (method === void 0 || method === null) return void 0;
  if (typeof method !== "function") throw new rt.TypeError(rt.String(typeof key === "symbol" ? "Symbol method" : key) + " is not a function");
  return method;
}
// %AsyncFromSyncIteratorPrototype%.next / throw / return (kind 0 / 1 / 2), as node 20 does them: a rejected
// value does not close the sync iterator, and a missing throw() rejects with the thrown value.
// needs: __async_method, __async_type_error
function __async_from_sync(rt, kind, record, hasValue, value) {
  "use strict";
  var resolve, reject;
  var promise = new rt.Promise(function (res, rej) {
    resolve = res;
    reject = rej;
  });
  var iterator = record.iterator;
  var done, wrapper;
  try {
    var method = record.next;
    if (kind !== 0) {
      method = __async_method(rt, iterator, kind === 1 ? "throw" : "return");
      if (method === void 0) {
        if (kind === 1) reject(value);
        else resolve({ value: value, done: true });
        return promise;
      }
    }
    if (typeof method !== "function") throw __async_type_error(rt, 1, method);
    var result = hasValue ? rt.apply(method, iterator, [value]) : rt.apply(method, iterator, []);
    if ((typeof result !== "object" || result === null) && typeof result !== "function") {
      throw __async_type_error(rt, 0, result);
    }
    done = !!result.done;
    wrapper = rt.apply(rt.resolve, rt.Promise, [result.value]);
  } catch (error) {
    reject(error);
    return promise;
  }
  rt.apply(rt.then, wrapper, [
    function (v) {
      resolve({ value: v, done: done });
    },
    reject,
  ]);
  return promise;
}
// The async generator machinery, made once per file (stored as rt.ag): the built-ins it needs, the
// prototypes, the request queue and the body driver.
// needs: __async_call_next, __async_from_sync, __async_kind_constructor, __async_method, __async_named_method, __async_type_error, __async_weak_map_stand_in
function __async_ag(rt) {
  "use strict";
  if (rt.ag) return rt.ag;
  // Read from the global object, not by name: the file may declare its own bindings with these names.
  var global = rt.global;
  var Obj = global.Object;
  var generatorReturn = rt["return"];
  var WeakMap = global.WeakMap || __async_weak_map_stand_in(rt);
  var weakMapGet = WeakMap.prototype.get;
  var weakMapSet = WeakMap.prototype.set;
  var create = Obj.create;
  var defineProperty = Obj.defineProperty;
  var getOwnPropertyDescriptor = Obj.getOwnPropertyDescriptor;
  var getPrototypeOf = Obj.getPrototypeOf;
  var setPrototypeOf = Obj.setPrototypeOf;
  var objectPrototype = Obj.prototype;
  var functionPrototype = global.Function.prototype;
  var toStringTag = rt.toStringTag;
  var asyncIterator = rt.asyncIterator;
  var START = 0, SUSPENDED_YIELD = 1, EXECUTING = 2, DRAINING = 3, COMPLETED = 4; // [[AsyncGeneratorState]]
  var NEXT = 0, THROW = 1, RETURN = 2; // request (completion) kinds
  var states = new WeakMap(); // generator object -> internal state
  var fixed = new WeakMap(); // generator functions whose prototype object was looked at
  var ag = {
    AWAIT: {}, // markers yielded by the body's generator; the operand is in `slot`
    YIELD: {},
    RETURN: {},
    slot: void 0,
    iterator: rt.iterator,
    asyncIterator: asyncIterator,
    prototype: void 0,
    create: createGenerator,
    fix: function (fn) { fixPrototype(fn); },
    declare: declare,
    wrapMethod: methodWrapper,
    takeCallee: function () {
      var fn = callee;
      callee = void 0;
      return fn;
    },
    delegate: delegate,
  };
  rt.ag = ag;
  function define(object, key, value, writable) {
    var descriptor = create(null);
    descriptor.value = value;
    descriptor.writable = writable;
    descriptor.enumerable = false;
    descriptor.configurable = true;
    defineProperty(object, key, descriptor);
  }
  function isObject(value) {
    return (typeof value === "object" && value !== null) || typeof value === "function";
  }
  function take() {
    var value = ag.slot;
    ag.slot = void 0;
    return value;
  }

  // %AsyncIteratorPrototype%, %AsyncGeneratorPrototype%, %AsyncGeneratorFunction.prototype%.
  // Methods as natively (no `prototype`): each hands its `this` and first argument to the step.
  function method(name, length, step) {
    return __async_named_method(rt, name, length, function (self, args) {
      return step(self, args[0]);
    });
  }
  var methods = {
    asyncIterator: function (self) {
      return self;
    },
    next: function (self, value) {
      var request = enqueueable();
      var state = rt.apply(weakMapGet, states, [self]);
      if (state === void 0) return invalid(request, "next");
      if (state.state === COMPLETED) {
        request.resolve({ value: void 0, done: true });
        return request.promise;
      }
      enqueue(state, request, NEXT, value);
      if (state.state === START || state.state === SUSPENDED_YIELD) resume(state);
      return request.promise;
    },
    "return": function (self, value) {
      var request = enqueueable();
      var state = rt.apply(weakMapGet, states, [self]);
      if (state === void 0) return invalid(request, "return");
      enqueue(state, request, RETURN, value);
      if (state.state === START || state.state === COMPLETED) {
        state.state = DRAINING;
        state.gen = void 0;
        awaitReturn(state);
      } else if (state.state === SUSPENDED_YIELD) {
        resume(state);
      }
      return request.promise;
    },
    "throw": function (self, value) {
      var request = enqueueable();
      var state = rt.apply(weakMapGet, states, [self]);
      if (state === void 0) return invalid(request, "throw");
      if (state.state === START) {
        state.state = COMPLETED;
        state.gen = void 0;
      }
      if (state.state === COMPLETED) {
        request.reject(value);
        return request.promise;
      }
      enqueue(state, request, THROW, value);
      if (state.state === SUSPENDED_YIELD) resume(state);
      return request.promise;
    },
  };
  var asyncIteratorPrototype = create(objectPrototype);
  define(asyncIteratorPrototype, asyncIterator, method("[Symbol.asyncIterator]", 0, methods.asyncIterator), true);
  var prototype = create(asyncIteratorPrototype);
  var generatorFunctionPrototype = create(functionPrototype);
  define(generatorFunctionPrototype, "prototype", prototype, false);
  __async_kind_constructor(rt, generatorFunctionPrototype, "AsyncGeneratorFunction", function AsyncGeneratorFunction(body) {
    throw new rt.TypeError("AsyncGeneratorFunction cannot compile source text here: async2gen lowered this program ahead of time");
  });
  define(prototype, "constructor", generatorFunctionPrototype, false);
  define(prototype, "next", method("next", 1, methods.next), true);
  define(prototype, "return", method("return", 1, methods["return"]), true);
  define(prototype, "throw", method("throw", 1, methods["throw"]), true);
  if (toStringTag) define(prototype, toStringTag, "AsyncGenerator", false);
  ag.prototype = prototype;
  var anonymousPrototype = create(prototype); // for methods and anonymous functions (no `fn` given)

  // The lowered function's own prototype object: make it look like an async generator function's
  // (inherit %AsyncGeneratorPrototype%, no own `constructor`). Done when the file starts for
  // declarations and named expressions (__async_generator_fixup), else on the first call.
  function fixPrototype(fn) {
    if (rt.apply(weakMapGet, fixed, [fn]) !== void 0) return;
    rt.apply(weakMapSet, fixed, [fn, true]);
    // The function itself: an instance of %AsyncGeneratorFunction% (toString and constructor say so).
    if (getPrototypeOf(fn) === functionPrototype) setPrototypeOf(fn, generatorFunctionPrototype);
    var proto = fn.prototype;
    if (isObject(proto) && getPrototypeOf(proto) === objectPrototype) {
      var constructor = getOwnPropertyDescriptor(proto, "constructor");
      if (constructor !== void 0 && constructor.value === fn) {
        setPrototypeOf(proto, prototype);
        delete proto.constructor;
      }
    }
  }

  // A method made into an async generator function object: an own `prototype` like the one
  // OrdinaryFunctionCreate gives (writable, not enumerable, not configurable), inheriting
  // %AsyncGeneratorPrototype%, and %AsyncGeneratorFunction.prototype% as its prototype.
  function declare(fn) {
    var descriptor = create(null);
    descriptor.value = create(prototype);
    descriptor.writable = true;
    defineProperty(fn, "prototype", descriptor);
    setPrototypeOf(fn, generatorFunctionPrototype);
    rt.apply(weakMapSet, fixed, [fn, true]);
    return fn;
  }

  // Async generator methods (see __async_methods in async.js): a method cannot name itself, so
  // each becomes a wrapper method that tells the driver who was called (`callee`) and calls it.
  var callee;
  function methodWrapper(method) {
    var wrapper = __async_named_method(rt, method.name, method.length, function (self, args) {
      callee = wrapper;
      return rt.apply(method, self, args);
    });
    return declare(wrapper);
  }

  function createGenerator(gen, fn) {
    var proto = anonymousPrototype;
    if (fn !== void 0) {
      proto = fn.prototype; // OrdinaryCreateFromConstructor reads it on every call
      if (rt.apply(weakMapGet, fixed, [fn]) === void 0) {
        fixPrototype(fn);
        proto = fn.prototype;
      }
      if (!isObject(proto)) proto = prototype;
    }
    var object = create(proto);
    var state = {
      gen: gen,
      state: START,
      head: null, // the request queue, oldest first
      tail: null,
      fulfilled: void 0,
      rejected: void 0,
      yielded: void 0,
      returned: void 0,
      drainFulfilled: void 0,
      drainRejected: void 0,
    };
    state.fulfilled = function (value) {
      run(state, rt.next, value);
    };
    state.rejected = function (error) {
      run(state, rt.throw, error);
    };
    state.yielded = function (value) {
      var request = yieldValue(state, value);
      if (request !== null) resumeWith(state, request);
    };
    state.returned = function (value) {
      run(state, generatorReturn, value);
    };
    state.drainFulfilled = function (value) {
      completeStep(state, false, value, true);
      drain(state);
    };
    state.drainRejected = function (error) {
      completeStep(state, true, error, true);
      drain(state);
    };
    rt.apply(weakMapSet, states, [object, state]);
    return object;
  }

  function enqueueable() {
    var request = { kind: NEXT, value: void 0, promise: void 0, resolve: void 0, reject: void 0, next: null };
    request.promise = new rt.Promise(function (resolve, reject) {
      request.resolve = resolve;
      request.reject = reject;
    });
    return request;
  }
  function invalid(request, name) {
    request.reject(new rt.TypeError("AsyncGenerator.prototype." + name + " called on an object that is not an async generator"));
    return request.promise;
  }
  // AsyncGeneratorEnqueue
  function enqueue(state, request, kind, value) {
    request.kind = kind;
    request.value = value;
    if (state.tail === null) state.head = request;
    else state.tail.next = request;
    state.tail = request;
  }
  // AsyncGeneratorCompleteStep
  function completeStep(state, isThrow, value, done) {
    var request = state.head;
    state.head = request.next;
    if (state.head === null) state.tail = null;
    request.next = null;
    if (isThrow) request.reject(value);
    else request.resolve({ value: value, done: done });
  }
  // AsyncGeneratorResume
  function resume(state) {
    var previous = state.state;
    state.state = EXECUTING;
    if (previous === START) run(state, rt.next, void 0);
    else resumeWith(state, state.head);
  }
  // The body receives a request at a yield: AsyncGeneratorUnwrapYieldResumption.
  function resumeWith(state, request) {
    if (request.kind === RETURN) awaitThen(state, request.value, state.returned);
    else run(state, request.kind === NEXT ? rt.next : rt.throw, request.value);
  }
  // Await(value) in the body, then onFulfilled(value); a rejection is thrown into the body.
  function awaitThen(state, value, onFulfilled) {
    var promise;
    try {
      promise = rt.apply(rt.resolve, rt.Promise, [value]); // PromiseResolve(%Promise%, value)
    } catch (error) {
      run(state, rt.throw, error);
      return;
    }
    rt.apply(rt.then, promise, [onFulfilled, state.rejected]);
  }
  // Runs the body until it awaits, suspends at a yield, or completes.
  function run(state, method, arg) {
    for (;;) {
      var result;
      try {
        result = rt.apply(method, state.gen, [arg]);
      } catch (error) {
        finish(state, true, error);
        return;
      }
      var value = result.value;
      if (result.done) {
        finish(state, false, value);
        return;
      }
      if (value === ag.AWAIT) {
        awaitThen(state, take(), state.fulfilled);
        return;
      }
      if (value === ag.RETURN) {
        method = generatorReturn;
        arg = take();
        continue;
      }
      if (value !== ag.YIELD) {
        awaitThen(state, value, state.yielded); // `yield v` awaits v first
        return;
      }
      var request = yieldValue(state, take()); // from yield*: no await
      if (request === null) return;
      if (request.kind === RETURN) {
        awaitThen(state, request.value, state.returned);
        return;
      }
      method = request.kind === NEXT ? rt.next : rt.throw;
      arg = request.value;
    }
  }
  // AsyncGeneratorYield: returns the request to resume with at once, or null when the body suspends.
  function yieldValue(state, value) {
    completeStep(state, false, value, false);
    if (state.head !== null) return state.head;
    state.state = SUSPENDED_YIELD;
    return null;
  }
  // The body completed (AsyncGeneratorStart's last steps).
  function finish(state, isThrow, value) {
    state.state = DRAINING;
    state.gen = void 0;
    completeStep(state, isThrow, value, true);
    drain(state);
  }
  // AsyncGeneratorDrainQueue
  function drain(state) {
    for (;;) {
      var request = state.head;
      if (request === null) {
        state.state = COMPLETED;
        return;
      }
      if (request.kind === RETURN) {
        awaitReturn(state);
        return;
      }
      completeStep(state, request.kind === THROW, request.kind === THROW ? request.value : void 0, true);
    }
  }
  // AsyncGeneratorAwaitReturn
  function awaitReturn(state) {
    var promise;
    try {
      promise = rt.apply(rt.resolve, rt.Promise, [state.head.value]);
    } catch (error) {
      completeStep(state, true, error, true);
      drain(state);
      return;
    }
    rt.apply(rt.then, promise, [state.drainFulfilled, state.drainRejected]);
  }

  // yield* in an async generator (§15.5.5, async case), as a sync iterator for the body's own yield*.
  // Each request to the inner iterator gives a result that the driver awaits (AWAIT marker); the
  // awaited result comes back through next(), a rejection through throw().
  function delegate(record) {
    var IDLE = 0, AWAIT_RESULT = 1, AWAIT_RETURN_RESULT = 2, AWAIT_RETURN_VALUE = 3, RETURNING = 4,
      AWAIT_CLOSE = 5, DONE = 6;
    var phase = IDLE;
    var iterator = record.iterator;
    function marker(kind, value) {
      ag.slot = value;
      return { value: kind, done: false };
    }
    function innerResult(result, returning) {
      if (!isObject(result)) {
        phase = DONE;
        throw __async_type_error(rt, 0, result);
      }
      if (result.done) {
        var value = result.value;
        if (!returning) {
          phase = DONE;
          return { value: value, done: true }; // the value of the yield* expression
        }
        // The body's yield* completes with return(value); node 20 does not await value here.
        phase = RETURNING;
        return marker(ag.RETURN, value); // the driver resumes the body with gen.return(value)
      }
      var yielded = result.value;
      phase = IDLE;
      return marker(ag.YIELD, yielded); // AsyncGeneratorYield without Await
    }
    var it = {
      next: function (value) {
        switch (phase) {
          case IDLE:
            var result = record.sync
              ? __async_from_sync(rt, 0, record, true, value)
              : __async_call_next(rt, record, [value]);
            phase = AWAIT_RESULT;
            return marker(ag.AWAIT, result);
          case AWAIT_RESULT:
            return innerResult(value, false);
          case AWAIT_RETURN_RESULT:
            return innerResult(value, true);
          case AWAIT_RETURN_VALUE:
            phase = RETURNING;
            return marker(ag.RETURN, value);
          case AWAIT_CLOSE:
            phase = DONE;
            if (!isObject(value)) {
              throw __async_type_error(rt, 0, value);
            }
            throw new rt.TypeError("The iterator does not provide a 'throw' method.");
        }
        return { value: void 0, done: true };
      },
      throw: function (error) {
        if (phase !== IDLE) {
          phase = DONE; // an await in yield* rejected
          throw error;
        }
        var result;
        if (record.sync) {
          result = __async_from_sync(rt, 1, record, true, error);
        } else {
          var method = __async_method(rt, iterator, "throw");
          if (method === void 0) {
            // AsyncIteratorClose(iterator, normal completion), then a TypeError.
            phase = DONE;
            var close = __async_method(rt, iterator, "return");
            if (close === void 0) throw new rt.TypeError("The iterator does not provide a 'throw' method.");
            result = rt.apply(close, iterator, []);
            phase = AWAIT_CLOSE;
            return marker(ag.AWAIT, result);
          }
          result = rt.apply(method, iterator, [error]);
        }
        phase = AWAIT_RESULT;
        return marker(ag.AWAIT, result);
      },
      return: function (value) {
        if (phase === RETURNING) {
          phase = DONE;
          return { value: value, done: true }; // the body's yield* completes with return
        }
        if (phase !== IDLE) return { value: value, done: true };
        var result;
        if (record.sync) {
          result = __async_from_sync(rt, 2, record, true, value);
        } else {
          var method = __async_method(rt, iterator, "return");
          if (method === void 0) {
            phase = AWAIT_RETURN_VALUE; // no return(): Await(value), then complete with return
            return marker(ag.AWAIT, value);
          }
          result = rt.apply(method, iterator, [value]);
        }
        phase = AWAIT_RETURN_RESULT;
        return marker(ag.AWAIT, result);
      },
    };
    it[ag.iterator] = function () {
      return this;
    };
    return it;
  }
  return ag;
}
// Where the engine has no WeakMap: what the async generator machinery needs of one (get, set),
// kept in a non-enumerable property of each object.
// needs: -
function __async_weak_map_stand_in(rt) {
  "use strict";
  var count = 0;
  function Store() {
    rt.defineProperty(this, "key", { __proto__: null, value: "async2gen store " + count++ });
  }
  Store.prototype.get = function (object) {
    var descriptor = rt.getOwnPropertyDescriptor(object, this.key);
    return descriptor === void 0 ? void 0 : descriptor.value;
  };
  Store.prototype.set = function (object, value) {
    rt.defineProperty(object, this.key, { __proto__: null, value: value, writable: true });
    return this;
  };
  return Store;
}
