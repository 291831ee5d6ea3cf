/* async2gen runtime: `await using` declarations (explicit resource management, ECMA-262
   DisposeResources as node 24 runs it), driven by generators. More sections of __async_rt
   (async.js), after those of async_generator.js, with the same rules. A scope with an `await using`
   declaration becomes (lower_using.cpp)
     const S = __async_using_stack([__async_await inside async generators]); try {
       ... const x = __async_use(S, value, 1 for await using, 0 for using); ...
     } catch (E) { throw __async_using_threw(S, E); } finally { while (__async_dispose(S)) try {
       __async_disposed(S, (yield S.value)); } catch (E) { __async_disposed(S, E, 1); } }
   __async_dispose runs DisposeResources up to its next await and says whether there is one (the
   value in S.value: a plain yield awaits it in an async function, an await marker in an async
   generator; no yield*, which Rhino mishandles, see async_generator.js); at the end it throws what
   DisposeResources completes with when a disposal threw, else the scope's own completion goes on. */

  // section: dispose_keys
  // needs: capture, objects
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
  // needs: capture, dispose_keys, is_object
  // A scope's disposal stack: its resources in the order they were added, its throw completion,
  // and the state of DisposeResources once the scope is left. `mark`: inside an async generator,
  // __async_await (what the body yields to await a value).
  __async_using_stack = function (mark) {
    return {
      resources: [], mark: mark, threw: false, error: void 0, value: void 0,
      next: -1, failed: false, needsAwait: false, hasAwaited: false, awaiting: false, thrown: void 0, hasThrown: false,
    };
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
  // A disposal threw: over a throw completion, a SuppressedError (error: the new, suppressed: the old).
  function disposalFailed(stack, e) {
    stack.error = stack.threw ? new SuppressedError(e, stack.error, "An error was suppressed during disposal") : e;
    stack.threw = stack.failed = true;
  }
  function awaitNext(stack, value, disposal) {
    stack.awaiting = disposal;
    stack.value = stack.mark ? stack.mark(value) : value;
    return true;
  }
  // DisposeResources(stack, completion) up to its next await: true when there is one (S.value).
  __async_dispose = function (stack) {
    var resources = stack.resources;
    if (stack.next < 0) stack.next = resources.length;
    while (stack.next > 0) {
      var resource = resources[stack.next - 1];
      if (!resource.async && stack.needsAwait && !stack.hasAwaited) {
        stack.needsAwait = false;
        return awaitNext(stack, void 0, false);
      }
      stack.next--;
      if (resource.method === void 0) {
        stack.needsAwait = true; // `await using x = null`
        continue;
      }
      var result;
      try {
        result = call(resource.method, resource.value);
      } catch (e) {
        if (!resource.sync) {
          disposalFailed(stack, e);
          continue;
        }
        stack.thrown = e; // (the fallback's promise rejects)
        stack.hasThrown = true;
      }
      if (resource.async) {
        stack.hasAwaited = true;
        return awaitNext(stack, resource.sync ? void 0 : result, true);
      }
    }
    if (stack.needsAwait && !stack.hasAwaited) {
      stack.needsAwait = false;
      return awaitNext(stack, void 0, false);
    }
    stack.resources = [];
    if (stack.failed) throw stack.error;
    return false;
  };
  // The outcome of the await: a rejection of a disposal's result is its error.
  __async_disposed = function (stack, value, rejected) {
    stack.value = void 0;
    if (stack.hasThrown) {
      stack.hasThrown = false;
      disposalFailed(stack, stack.thrown);
    } else if (rejected && stack.awaiting) {
      disposalFailed(stack, value);
    }
    stack.awaiting = false;
  };
