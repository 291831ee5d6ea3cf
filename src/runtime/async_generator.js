/* async2gen runtime: async generators (ECMA-262 §27.6) and for await (§14.7.5), driven by generators.
   More sections of __async_rt (async.js): the build puts them where async.js says "end of sections",
   with the same rules. The body of an async generator is a generator that yields to the driver:
     (yield __async_await(v))        await v: resume with the value, or throw the rejection into the body
     (yield v)                       yield v: Await(v), then hand the value to the consumer
     (yield __async_delegate(x))     yield* x: GetIterator(x, async), then the driver delegates to the
                                     iterator and resumes the body with the completion of the yield*
     return (yield __async_await(v)) return v (the return statement awaits its operand)
   Lowered bodies never use yield* themselves: Rhino 1.7.14 loses track of a yield* that completed
   abruptly, or that starts after the generator was resumed with return(): the next yield* of the
   generator hands out Rhino's internal YieldStarResult object as a value. */

  // section: markers
  // needs: capture, shared
  // What the body yields to the driver: a marker, with its operand in `slot` (taken at once).
  // Shared by the files of a program (section shared), with the
  // states of generator objects and the callee of generator methods (section generator): the
  // scripts of a page share their global entry points, so one file's __async_await may serve
  // another file's driver.
  var realm = shared("async generators 2", function () {
    return { AWAIT: {}, DELEGATE: {}, slot: void 0, callee: void 0, states: global.WeakMap && new global.WeakMap() };
  });
  var AWAIT = realm.AWAIT;
  var DELEGATE = realm.DELEGATE;
  function marker(kind, value) {
    realm.slot = value;
    return kind;
  }
  function take() {
    var value = realm.slot;
    realm.slot = void 0;
    return value;
  }

  // section: await
  // needs: markers
  __async_await = function (value) {
    return marker(AWAIT, value);
  };

  // section: is_object
  // needs: -
  function isObject(value) {
    return (typeof value === "object" && value !== null) || typeof value === "function";
  }

  // section: iter_result
  // needs: -
  // CreateIterResultObject
  function iterResult(value, done) {
    return { value: value, done: done };
  }

  // section: await_value
  // needs: capture
  // Await(value), then onFulfilled(value) or onRejected(error); a throw from PromiseResolve (a
  // `constructor` getter) rejects at once.
  function awaitValue(value, onFulfilled, onRejected) {
    try {
      value = call(resolve, Promise, value); // PromiseResolve(%Promise%, value)
    } catch (error) {
      return onRejected(error);
    }
    call(then, value, onFulfilled, onRejected);
  }

  // section: iterator_keys
  // needs: objects
  // The program and the runtime must agree on the key of async iterables (as core-js does).
  if (Symbol && !Symbol.asyncIterator) define(Symbol, "asyncIterator", Symbol("Symbol.asyncIterator"));
  var iteratorKey = Symbol ? Symbol.iterator : "@@iterator";
  var asyncIteratorKey = Symbol ? Symbol.asyncIterator : "@@asyncIterator";

  // section: generator
  // needs: await_value, capture, is_object, iter_result, iterator_keys, kind, markers, method, objects
  // The async generator machinery: the prototypes, the request queue and the body driver.
  var create = Obj.create;
  var returnInto = generatorObject["return"];
  // Rhino 1.7.14: a generator's return(v) completes with { done: true } and forgets v (a finally's
  // own `return` is kept): the body driver then completes with v itself, also after the finally
  // blocks it runs have yielded. (A gap there: a finally that leaves the return with `break` or
  // `continue`, whose body then completes without a value, completes with v too.)
  var forgetsReturn = (function* () { yield; })();
  forgetsReturn.next();
  forgetsReturn = call(returnInto, forgetsReturn, forgetsReturn).value !== forgetsReturn;
  var START = 0, SUSPENDED_YIELD = 1, EXECUTING = 2, DRAINING = 3, COMPLETED = 4; // [[AsyncGeneratorState]]
  // yield* (section delegate): delegateStep(record, kind, value, completed, yielded) hands a request
  // to the inner iterator, then calls completed(kind, value) with the completion of the yield*, or
  // yielded(value) with a value to hand the consumer.
  var delegateStep;
  // Generator objects -> their request handler; lowered async generator functions -> true once
  // their prototype object was looked at (shared: see the section markers). Where the engine has
  // no WeakMap, a property that is not enumerable stands in.
  var states = realm.states;
  var weakMapPrototype = states && getPrototypeOf(states);
  var weakMapGet = states && weakMapPrototype.get;
  var weakMapSet = states && weakMapPrototype.set;
  var stateKey = "async2gen state";
  function stateOf(object) {
    if (states) return call(weakMapGet, states, object);
    var descriptor = isObject(object) ? Obj.getOwnPropertyDescriptor(object, stateKey) : void 0;
    return descriptor && descriptor.value;
  }
  function setState(object, value) {
    if (states) call(weakMapSet, states, object, value);
    else define(object, stateKey, value, 1);
  }

  // %AsyncIteratorPrototype%, %AsyncGeneratorPrototype%, %AsyncGeneratorFunction.prototype%.
  // Methods as natively (no `prototype`); next, return and throw hand a request to the object's
  // handler (`kind`: the generator method that resumes the body with it).
  var AsyncIteratorPrototype = create(Obj.prototype);
  define(AsyncIteratorPrototype, asyncIteratorKey, makeMethod("[Symbol.asyncIterator]", 0, function (self) {
    return self;
  }), 3);
  var AsyncGeneratorFunctionPrototype = functionKind("AsyncGeneratorFunction");
  var AsyncGeneratorPrototype = create(AsyncIteratorPrototype);
  define(AsyncGeneratorFunctionPrototype, "prototype", AsyncGeneratorPrototype, 2);
  define(AsyncGeneratorPrototype, "constructor", AsyncGeneratorFunctionPrototype, 2);
  function requestMethod(name, kind) {
    define(AsyncGeneratorPrototype, name, makeMethod(name, 1, function (self, args) {
      var handler = stateOf(self);
      if (typeof handler === "function") return handler(kind, args[0]);
      return new Promise(function () { // (rejected with what its executor throws)
        throw new TypeError("AsyncGenerator.prototype." + name + " called on an object that is not an async generator");
      });
    }), 3);
  }
  requestMethod("next", next);
  requestMethod("return", returnInto);
  requestMethod("throw", throwInto);
  if (toStringTag) define(AsyncGeneratorPrototype, toStringTag, "AsyncGenerator", 2);
  var AnonymousPrototype = create(AsyncGeneratorPrototype); // for methods and anonymous functions

  // The lowered function's own prototype object: make it look like an async generator function's
  // (inherit %AsyncGeneratorPrototype%, no own `constructor`). Done when the file starts for
  // declarations and named expressions (section generator_fixup), else on the first call.
  function fixPrototype(fn) {
    if (stateOf(fn) !== void 0) return;
    setState(fn, true);
    // The function itself: an instance of %AsyncGeneratorFunction% (toString and constructor say so).
    if (getPrototypeOf(fn) === Fn.prototype) setPrototypeOf(fn, AsyncGeneratorFunctionPrototype);
    var proto = fn.prototype;
    if (isObject(proto) && getPrototypeOf(proto) === Obj.prototype) {
      var constructor = Obj.getOwnPropertyDescriptor(proto, "constructor");
      if (constructor !== void 0 && constructor.value === fn) {
        setPrototypeOf(proto, AsyncGeneratorPrototype);
        delete proto.constructor;
      }
    }
  }
  // A method made into an async generator function object: an own `prototype` like the one
  // OrdinaryFunctionCreate gives (writable, not enumerable, not configurable), inheriting
  // %AsyncGeneratorPrototype%, and %AsyncGeneratorFunction.prototype% as its prototype.
  function declare(fn) {
    define(fn, "prototype", create(AsyncGeneratorPrototype), 1);
    setState(fn, true);
    return setPrototypeOf(fn, AsyncGeneratorFunctionPrototype);
  }

  // Async generator methods (see __async_methods in async.js): a method cannot name itself, so
  // each becomes a wrapper method that tells the driver who was called (`realm.callee`) and calls it.
  generatorMethod = function (fn) {
    var wrapper = makeMethod(fn.name, fn.length, function (self, args) {
      realm.callee = wrapper;
      return apply(fn, self, args);
    });
    return declare(wrapper);
  };

  // `async function* g(a) { body }` calls `__async_generator(this, arguments, function* (a) { body }, g)`.
  var generator = (__async_generator = function (self, args, body, fn, newTarget) {
    if (newTarget !== void 0) throw new TypeError(newTarget.name + " is not a constructor");
    if (fn === void 0) {
      fn = realm.callee; // a method called through its wrapper
      realm.callee = void 0;
    }
    var gen = apply(body, self, args); // parameter defaults and destructuring run here and throw synchronously
    if (tracer) gen = tracer(gen); // --async-stack-traces (section trace)
    var proto = AnonymousPrototype;
    if (fn !== void 0) {
      fixPrototype(fn);
      proto = fn.prototype; // OrdinaryCreateFromConstructor reads it on every call
      if (!isObject(proto)) proto = AsyncGeneratorPrototype;
    }
    var object = create(proto);
    if (tracer) tracer.own(object, gen);
    var state = START;
    var returning; // (where return(v) forgets v: the last value the body was returned with)
    var delegation; // the iterator record of the yield* the body is in, while the driver delegates
    var head; // the request queue, oldest first: { kind, value, resolve, reject, next }
    var tail; // its last request, while it has any

    // AsyncGeneratorCompleteStep
    function completeStep(isThrow, value, done) {
      var request = head;
      head = request.next;
      if (isThrow) request.reject(value);
      else request.resolve(iterResult(value, done));
    }
    // The body receives a request at a yield: AsyncGeneratorUnwrapYieldResumption.
    function resumeWith(request) {
      if (request.kind === returnInto) awaitValue(request.value, returned, rejected);
      else runBody(request.kind, request.value);
    }
    function fulfilled(value) {
      runBody(next, value);
    }
    function rejected(error) {
      runBody(throwInto, error);
    }
    function returned(value) {
      runBody(returnInto, value);
    }
    // AsyncGeneratorYield: resumes the body at once with the next request, if any (else it suspends).
    function yielded(value) {
      completeStep(false, value, false);
      if (head) resumeWith(head);
      else state = SUSPENDED_YIELD;
    }
    // The yield* the body is in completed: resume the body with that completion.
    function delegated(method, arg) {
      delegation = void 0;
      runBody(method, arg);
    }
    // Runs the body until it awaits, suspends at a yield, or completes; during a yield*, hands the
    // request to the inner iterator instead (section delegate).
    function runBody(method, arg) {
      if (delegation) return delegateStep(delegation, method, arg, delegated, yielded);
      var result;
      try {
        result = call(method, gen, arg);
      } catch (error) {
        return drainAfter(true, error);
      }
      var value = result.value;
      if (forgetsReturn && method === returnInto) returning = [arg];
      if (result.done) return drainAfter(false, returning && value === void 0 ? returning[0] : value);
      if (value === AWAIT) return awaitValue(take(), fulfilled, rejected);
      if (value !== DELEGATE) return awaitValue(value, yielded, rejected); // `yield v` awaits v first
      delegation = take(); // yield*: its first request is next(undefined)
      runBody(next);
    }
    function drainFulfilled(value) {
      drainAfter(false, value);
    }
    function drainRejected(error) {
      drainAfter(true, error);
    }
    // The body completed (AsyncGeneratorStart's last steps), or a return() was awaited:
    // AsyncGeneratorDrainQueue, after completing the first request.
    function drainAfter(isThrow, value) {
      state = DRAINING;
      completeStep(isThrow, value, true);
      drain();
    }
    // AsyncGeneratorDrainQueue: the requests of a completed generator, up to a return() to await.
    function drain() {
      for (var kind; head; ) {
        kind = head.kind;
        if (kind === returnInto) {
          state = DRAINING;
          return awaitValue(head.value, drainFulfilled, drainRejected); // AsyncGeneratorAwaitReturn
        }
        completeStep(kind === throwInto, kind === throwInto ? head.value : void 0, true);
      }
      state = COMPLETED;
    }

    // AsyncGenerator.prototype.next / return / throw on this object: AsyncGeneratorEnqueue, then
    // resume the body, await a return, or settle at once.
    setState(object, function (kind, value) {
      var request;
      var promise = new Promise(function (resolvePromise, rejectPromise) {
        request = { kind: kind, value: value, resolve: resolvePromise, reject: rejectPromise, next: void 0 };
      });
      if (head) tail.next = request;
      else head = request;
      tail = request;
      if (state === START && kind !== next) state = COMPLETED; // return() or throw() before the start
      if (state === COMPLETED) { // (then the request is the only one)
        drain();
      } else if (state === START) {
        state = EXECUTING;
        runBody(next);
      } else if (state === SUSPENDED_YIELD) {
        state = EXECUTING;
        resumeWith(request);
      }
      return promise;
    });
    return object;
  });

  // section: generator_fixup
  // needs: generator
  // Fixes up a lowered async generator function's `prototype` eagerly; returns the function.
  __async_generator_fixup = function (fn) {
    fixPrototype(fn);
    return fn;
  };

  // section: generator_function
  // needs: capture, generator, method, objects
  // The function object of an async generator declaration (§15.6): see __async_function in async.js.
  __async_generator_function = function (body, plain, name) {
    if (!plain && (body === void 0 || getPrototypeOf(body) !== GeneratorFunction)) return body; // (see __async_function)
    var fn = makeMethod(name === void 0 ? body.name : name, body.length, function (self, args) {
      return plain ? apply(body, self, args) : generator(self, args, body, fn);
    });
    return declare(fn);
  };

  // section: checks
  // needs: capture, is_object, string
  // GetMethod(obj, key)
  function getMethod(obj, key) {
    var method = obj[key];
    if (method === void 0 || method === null) return void 0;
    if (typeof method !== "function") throw new TypeError(String(typeof key === "symbol" ? "Symbol method" : key) + " is not a function");
    return method;
  }
  // TypeErrors with V8's messages, so that logs compare equal: "Iterator result 5 is not an
  // object", "number 5 is not a function" (V8 shows the type, then primitives' values).
  function checkResult(result) {
    if (!isObject(result)) throw new TypeError("Iterator result " + String(result) + " is not an object");
    return result;
  }
  function notFunction(value) {
    var type = typeof value;
    var shown = value === void 0 || type === "symbol" || type === "bigint" || type === "object" && value !== null
      ? type
      : type === "string" ? type + ' "' + value + '"' : type + " " + String(value);
    return new TypeError(shown + " is not a function");
  }

  // section: inner_call
  // needs: await_value, capture, checks, is_object, iter_result, iterator_keys
  // GetIterator(obj, async): the record is also the state of a for await loop.
  function getIterator(obj, inGenerator) {
    var method = getMethod(obj, asyncIteratorKey);
    var sync = method === void 0;
    if (sync) {
      method = getMethod(obj, iteratorKey);
      if (method === void 0) throw new TypeError("object is not async iterable");
    }
    var iterator = call(method, obj);
    if (!isObject(iterator)) {
      throw new TypeError("Result of the Symbol." + (sync ? "iterator" : "asyncIterator") + " method is not an object");
    }
    return {
      iterator: iterator,
      next: iterator.next,
      sync: sync, // true: CreateAsyncFromSyncIterator over it
      generator: inGenerator, // truthy in an async generator: results are awaited through the AWAIT marker
      state: 0, // for await: 0 in the loop head, 1 in the body (leaving it closes the iterator), 2 done
      threw: 0, // for await: truthy once the body threw
      value: void 0,
    };
  }
  // The inner iterator's next / throw / return (kind 0 / 1 / 2), with a value or none: its result,
  // or MISSING where an async iterator has no such throw or return (IteratorNext: a next that is
  // not callable fails as V8 says it). Over a sync iterator, %AsyncFromSyncIteratorPrototype%'s
  // next / throw / return as node 20 does them: a promise; a rejected value does not close the
  // sync iterator, and a missing throw() rejects with the thrown value.
  var MISSING = {};
  function innerMethod(record, kind) {
    var method = kind ? getMethod(record.iterator, kind === 1 ? "throw" : "return") : record.next;
    if (kind && method === void 0) return MISSING;
    if (typeof method !== "function") throw notFunction(method);
    return method;
  }
  function innerCall(record, kind, hasValue, value) {
    if (record.sync) return fromSyncCall(record, kind, hasValue, value);
    var method = innerMethod(record, kind);
    return method === MISSING ? method : apply(method, record.iterator, hasValue ? [value] : []);
  }
  // (apart: its closures would make every call allocate their variables, a tenth of a step)
  function fromSyncCall(record, kind, hasValue, value) {
    var resolvePromise, rejectPromise;
    var promise = new Promise(function (res, rej) {
      resolvePromise = res;
      rejectPromise = rej;
    });
    try {
      var method = innerMethod(record, kind);
      if (method === MISSING) {
        if (kind === 1) rejectPromise(value);
        else resolvePromise(iterResult(value, true));
      } else {
        var result = apply(method, record.iterator, hasValue ? [value] : []);
        var done = !!checkResult(result).done;
        awaitValue(result.value, function (v) {
          resolvePromise(iterResult(v, done));
        }, rejectPromise);
      }
    } catch (error) {
      rejectPromise(error);
    }
    return promise;
  }

  // section: delegate
  // needs: await_value, capture, checks, generator, inner_call, markers
  // yield* in an async generator (§15.5.5, async case). The body yields the iterator record to the
  // driver, which hands it each request (next / throw / return, with its value) through delegateStep,
  // until the yield* completes.
  __async_delegate = function (iterable) {
    return marker(DELEGATE, getIterator(iterable));
  };
  delegateStep = function (record, kind, value, completed, yielded) {
    function rejected(error) {
      completed(throwInto, error);
    }
    var request = kind === next ? 0 : kind === throwInto ? 1 : 2;
    var result;
    try {
      result = innerCall(record, request, true, value);
      if (result === MISSING && request === 2) {
        // No return(): Await(value), then the yield* completes with return.
        return awaitValue(value, function (v) {
          completed(returnInto, v);
        }, rejected);
      }
      if (result === MISSING) {
        // No throw(): AsyncIteratorClose(iterator, normal completion), then a TypeError.
        var missing = new TypeError("The iterator does not provide a 'throw' method.");
        result = innerCall(record, 2, false);
        if (result === MISSING) return completed(throwInto, missing);
        return awaitValue(result, function (closed) {
          try {
            checkResult(closed);
          } catch (error) {
            missing = error;
          }
          completed(throwInto, missing);
        }, rejected);
      }
    } catch (error) {
      return completed(throwInto, error);
    }
    awaitValue(result, function (inner) {
      var done;
      try {
        done = checkResult(inner).done;
        value = inner.value;
      } catch (error) {
        return completed(throwInto, error);
      }
      // Done: the yield* completes with the value (with return, after a return()); else
      // AsyncGeneratorYield without Await.
      if (done) completed(request === 2 ? returnInto : next, value);
      else yielded(value);
    }, rejected);
  };

  // section: for_await
  // needs: checks, inner_call, markers
  // for await (LHS of expr) BODY  becomes
  //   { const R = __async_iterator(expr[, 1 inside async generators]); try { for (; __async_step(R, (yield __async_next(R))); ) {
  //     LHS = R.value; BODY } } catch (E) { throw __async_threw(R, E); } finally { if (__async_close(R)) try {
  //     __async_closed(R, (yield R.value)); } catch (E) { __async_closed(R, E, 1); } } }
  __async_iterator = function (iterable, inGenerator) {
    return getIterator(iterable, inGenerator);
  };
  function awaited(record, result) {
    return record.generator ? marker(AWAIT, result) : result;
  }
  __async_next = function (record) {
    record.state = 0;
    return awaited(record, innerCall(record, 0, false));
  };
  __async_step = function (record, result) {
    if (checkResult(result).done) {
      record.state = 2;
      record.value = void 0;
      return false;
    }
    record.value = result.value;
    record.state = 1;
    return true;
  };
  __async_threw = function (record, error) {
    if (record.state === 1) record.threw = 1;
    return error;
  };
  // AsyncIteratorClose, in the loop's `finally`: __async_close(R) calls the iterator's return() if
  // the loop is left from its body, and says whether there is a result to await, in R.value; the
  // body awaits it with a plain yield and hands the outcome to __async_closed (rejected: 1).
  __async_close = function (record) {
    if (record.state !== 1) return false;
    record.state = 2;
    var result;
    try {
      result = innerCall(record, 2, false);
    } catch (error) {
      if (!record.threw) throw error; // a throw completion wins over errors from return()
      return false;
    }
    if (result === MISSING) return false;
    record.value = awaited(record, result);
    return true;
  };
  __async_closed = function (record, value, rejected) {
    if (record.threw) return;
    if (rejected) throw value;
    checkResult(value);
  };
