/* async2gen runtime: `await using` declarations (explicit resource management, ECMA-262
   DisposeResources as node 24 runs it), driven by generators. More sections of __async_rt
   (async.js), after those of async_generator.js, with the same rules. A scope with an `await using`
   declaration becomes (lower_using.cpp)
     const S = __async_using_stack([__async_await inside async generators]); try {
       ... const x = __async_use(S, value, 1 for await using, 0 for using); ...
     } catch (E) { throw __async_using_threw(S, E); } finally { yield* __async_dispose(S); }
   The finally clause awaits each disposal (a plain yield in an async function, an await marker in
   an async generator) and throws what DisposeResources completes with when a disposal threw. */

  // section: dispose_keys
  // needs: capture
  // Symbol.dispose and Symbol.asyncDispose: the engine's, else installed once (as core-js does), so
  // the program and the runtime agree on the keys; SuppressedError: the engine's, else one made here
  // and installed on the global object, shared by the files of a program.
  function wellKnown(name) {
    if (Symbol && !Symbol[name]) define(Symbol, name, Symbol("Symbol." + name), 0);
    return Symbol ? Symbol[name] : "@@" + name;
  }
  var disposeKey = wellKnown("dispose");
  var asyncDisposeKey = wellKnown("asyncDispose");
  var SuppressedError = global.SuppressedError;
  if (typeof SuppressedError !== "function") {
    var ErrorClass = global.Error;
    SuppressedError = function SuppressedError(error, suppressed, message) {
      var self = this instanceof SuppressedError ? this : Obj.create(SuppressedError.prototype);
      if (ErrorClass.captureStackTrace) ErrorClass.captureStackTrace(self, SuppressedError);
      if (message !== void 0) define(self, "message", global.String(message), 3);
      define(self, "error", error, 3);
      define(self, "suppressed", suppressed, 3);
      return self;
    };
    SuppressedError.prototype = Obj.create(ErrorClass.prototype);
    define(SuppressedError.prototype, "constructor", SuppressedError, 3);
    define(SuppressedError.prototype, "name", "SuppressedError", 3);
    define(SuppressedError.prototype, "message", "", 3);
    if (setPrototypeOf) setPrototypeOf(SuppressedError, ErrorClass);
    define(global, "SuppressedError", SuppressedError, 3);
  }

  // section: using
  // needs: capture, dispose_keys, is_object, iter_result, iterator_keys
  // A scope's disposal stack: its resources in the order they were added, and its throw completion.
  // `mark`: inside an async generator, __async_await (what the body yields to await a value).
  __async_using_stack = function (mark) {
    return { resources: [], mark: mark, threw: false, error: void 0 };
  };
  // GetMethod(value, key), worded as V8 words its TypeError.
  function disposeMethod(value, key, name) {
    var method = value[key];
    if (method === void 0 || method === null) return void 0;
    if (typeof method !== "function") throw new TypeError(name + " is not a function");
    return method;
  }
  // AddDisposableResource(stack, value, hint): a null or undefined value is skipped by `using`, and
  // noted by `await using` (its scope then awaits once at its end); `await using` falls back on
  // Symbol.dispose, whose result is not awaited (a throw from it is, as a rejection). Returns value.
  __async_use = function (stack, value, async) {
    var resource = { value: void 0, method: void 0, async: !!async, sync: false };
    if (value === null || value === void 0) {
      if (!async) return value;
    } else {
      if (!isObject(value)) throw new TypeError("An object is expected with `using` declarations");
      var method = async ? disposeMethod(value, asyncDisposeKey, "Symbol(Symbol.asyncDispose)") : void 0;
      if (method === void 0) {
        method = disposeMethod(value, disposeKey, "Symbol(Symbol.dispose)");
        resource.sync = !!async;
      }
      if (method === void 0) throw new TypeError("Symbol(Symbol.dispose) is not a function");
      resource.value = value;
      resource.method = method;
    }
    stack.resources.push(resource);
    return value;
  };
  __async_using_threw = function (stack, error) {
    stack.threw = true;
    stack.error = error;
    return error;
  };
  // DisposeResources(stack, completion), as a sync iterable for `yield*`: it yields each value to
  // await, and learns through next() / throw() how the await went. Ends by throwing when a disposal
  // threw (a SuppressedError over the completion's error when the scope threw too); otherwise the
  // scope's own completion goes on.
  __async_dispose = function (stack) {
    var resources = stack.resources;
    var i = resources.length;
    var threw = stack.threw;
    var error = stack.error;
    var failed = false; // a disposal threw
    var needsAwait = false;
    var hasAwaited = false;
    var awaiting = false; // a disposal's result: its rejection is its error
    var thrown; // the error of a Symbol.dispose fallback, thrown once its await is over
    var hasThrown = false;
    stack.resources = [];
    function fail(e) {
      error = threw ? new SuppressedError(e, error, "An error was suppressed during disposal") : e;
      threw = failed = true;
    }
    function wait(value, disposal) {
      awaiting = disposal;
      return iterResult(stack.mark ? stack.mark(value) : value, false);
    }
    function step() {
      while (i > 0) {
        var resource = resources[i - 1];
        if (!resource.async && needsAwait && !hasAwaited) {
          needsAwait = false;
          return wait(void 0, false);
        }
        i--;
        if (resource.method === void 0) {
          needsAwait = true; // `await using x = null`
          continue;
        }
        var result;
        try {
          result = apply(resource.method, resource.value, []);
        } catch (e) {
          if (!resource.sync) {
            fail(e);
            continue;
          }
          thrown = e; // (the fallback's promise rejects)
          hasThrown = true;
        }
        if (resource.async) {
          hasAwaited = true;
          return wait(resource.sync ? void 0 : result, true);
        }
      }
      if (needsAwait && !hasAwaited) {
        needsAwait = false;
        return wait(void 0, false);
      }
      if (failed) throw error;
      return iterResult(void 0, true);
    }
    var disposer = {
      next: function () {
        if (hasThrown) {
          hasThrown = false;
          fail(thrown);
        }
        awaiting = false;
        return step();
      },
      "throw": function (e) {
        if (awaiting) fail(e);
        awaiting = false;
        return step();
      },
      "return": function (value) {
        return iterResult(value, true);
      },
    };
    disposer[iteratorKey] = returnThis;
    return disposer;
  };
