// Tests the runtime helper on its own: each scenario is written twice, once as a native async
// function and once as the generator the transpiler would hand to the helper; both run with the
// same logging and must produce the same event log (values and microtask order).
// Usage: node runtime_test.js path/to/async2gen
"use strict";
const { execFileSync } = require("child_process");
const vm = require("vm");

const binary = process.argv[2];
if (!binary) {
  console.error("usage: node runtime_test.js path/to/async2gen");
  process.exit(2);
}
// The whole runtime as a global script (`--print-helpers global`), loaded into this context.
const {
  __async, __async_function, __async_key, __async_key_name, __async_super_ref, __async_arrow, __async_method_key,
  __async_methods,
} = vm.runInThisContext(
  execFileSync(binary, ["--print-helpers", "global"], { encoding: "utf8" }) +
    "\n;({ __async, __async_function, __async_key, __async_key_name, __async_super_ref, __async_arrow," +
    " __async_method_key, __async_methods })",
  { filename: "runtime.js" },
);

// Each scenario gets a `log` and returns a function `start(run)` that kicks it off;
// `run` is given both flavours: `native` (async function) and `lowered` (helper + generator).
const scenarios = {
  "body runs synchronously until the first await"(log, A) {
    log("before");
    const p = A(function* () { log("in body"); yield 0; log("after await"); return 1; });
    log("after call", p instanceof Promise);
    p.then((v) => log("resolved", v));
  },
  "a throw before the first await rejects, never throws"(log, A) {
    let p;
    try { p = A(function* () { throw new Error("early"); }); } catch (e) { log("sync throw"); }
    p.catch((e) => log("rejected", e.message));
  },
  "a rejection thrown in and caught resumes the body (the seed runner's bug)"(log, A) {
    A(function* () {
      try { yield Promise.reject(new Error("x")); } catch (e) { log("caught", e.message); }
      const v = yield Promise.resolve(2);
      log("resumed", v);
      try { yield Promise.reject(3); } finally { log("finally"); yield 4; }
    }).then((v) => log("ok", v), (e) => log("err", e));
  },
  "microtask order: promise, value, thenable, subclass"(log, A) {
    class Sub extends Promise {}
    const thenable = { then(r) { log("then called"); r("t"); } };
    A(function* () { log("a", yield Promise.resolve(1)); });
    A(function* () { log("b", yield 2); });
    A(function* () { log("c", yield thenable); });
    A(function* () { log("d", yield Sub.resolve(3)); });
    Promise.resolve().then(() => log("tick 1")).then(() => log("tick 2")).then(() => log("tick 3"))
      .then(() => log("tick 4"));
  },
  "returning a value, a promise, a thenable"(log, A) {
    A(function* () { return 1; }).then((v) => log("value", v));
    A(function* () { return Promise.resolve(2); }).then((v) => log("promise", v));
    A(function* () { return { then(r) { r(3); } }; }).then((v) => log("thenable", v));
    Promise.resolve().then(() => log("t1")).then(() => log("t2")).then(() => log("t3")).then(() => log("t4"));
  },
  "a patched own then on an awaited promise is not called"(log, A) {
    const p = Promise.resolve(5);
    p.then = () => log("patched then called");
    A(function* () { log("got", yield p); });
  },
  "this and arguments reach the body"(log, A) {
    const self = { name: "self" };
    A(function* (a, b) { log(this.name, a, b, arguments.length); }, self, [1, 2, 3]);
  },
  "parameter errors reject"(log, A) {
    A(function* ({ x }) { log("never", x); }, undefined, [undefined]).catch((e) => log("rejected", e instanceof TypeError));
  },
  "a getter on an awaited promise's constructor that throws is thrown at the await"(log, A) {
    const p = Promise.resolve(1);
    Object.defineProperty(p, "constructor", { get() { throw new Error("ctor"); } });
    A(function* () { try { yield p; } catch (e) { log("caught", e.message); } });
  },
  "a replaced global Promise after the first call does not matter"(log, A) {
    A(function* () { yield 1; log("first"); });
    const saved = globalThis.Promise;
    globalThis.Promise = function Fake() { throw new Error("fake"); };
    try {
      A(function* () { yield 1; log("second"); });
    } finally {
      globalThis.Promise = saved;
    }
  },
};

// Checks of the helper alone that have no native twin to compare with.
const direct = {
  "a constructor call (newTarget given) throws a TypeError synchronously, before the body"() {
    let ran = false;
    try {
      __async(undefined, [], function* () { ran = true; }, function F() {});
    } catch (e) {
      return e instanceof TypeError && !ran;
    }
    return false;
  },
  "__async_function makes what a native declaration is: own keys, name, length, no constructor"() {
    async function native(a, b = 1, ...c) {}
    function* lowered(a, b = 1, ...c) {}
    const made = __async_function(lowered);
    const shape = (f) => {
      const keys = Reflect.ownKeys(f).map((k) => {
        const d = Object.getOwnPropertyDescriptor(f, k);
        return `${String(k)}:${JSON.stringify(d.value)}:${d.writable}${d.enumerable}${d.configurable}`;
      });
      let constructs = true;
      try { Reflect.construct(function () {}, [], f); } catch (e) { constructs = false; }
      return JSON.stringify([keys, constructs, "prototype" in f, typeof f]);
    };
    return shape(made).replace('"name:\\"lowered\\"', '"name:\\"native\\"') === shape(native);
  },
  "__async_function runs the generator as an async body with the caller's this and arguments"() {
    function* body(a) { return [this, a, arguments.length]; }
    const made = __async_function(body);
    const result = made.call("self", 1, 2);
    return result instanceof Promise;
  },
  "__async_key converts a key once and names the next value as SetFunctionName does"() {
    let conversions = 0;
    const keyObject = { toString() { conversions++; return "k"; } };
    const names = [];
    for (const key of [keyObject, 42, Symbol("d"), Symbol(), Symbol("")]) {
      const converted = __async_key(key);
      names.push([typeof converted, __async_key_name()]);
    }
    const once = conversions;
    const native = [{ toString: () => "k" }, 42, Symbol("d"), Symbol(), Symbol("")].map((key) => {
      const o = { [key]: async function () {} };
      const own = Reflect.ownKeys(o)[0];
      return [typeof own, o[own].name];
    });
    return once === 1 && JSON.stringify(names) === JSON.stringify(native) && __async_key_name() === undefined;
  },
  "__async_super_ref reads and writes through the arrows; a target's key is converted once, at once"() {
    const log = [];
    const key = { toString() { log.push("convert"); return "x"; } };
    const store = {};
    const get = (k) => { log.push("get"); return store[k]; };
    const set = (k, v) => { log.push("set"); store[k] = v; };
    const target = __async_super_ref(get, set, key, 1);
    log.push("made");
    target.value = 5;
    const compound = __async_super_ref(get, set, key);
    log.push("made");
    compound.value += 1;
    return store.x === 6 && log.join() === "convert,made,set,made,get,convert,set,convert";
  },
  "lowered async functions, arrows and methods look like native ones: AsyncFunction constructor and tag"() {
    const native = [async function f() {}, async () => {}, { async m() {} }.m, class { static async s() {} }.s];
    const made = [
      __async_function(function* f() {}),
      __async_arrow(() => {}, ""),
      __async_methods({ [__async_method_key("m")]() {} }, 1).m,
      __async_methods(class { static [__async_method_key("s", 1)]() {} }, 1, 1).s,
    ];
    const shape = (f) => [f.name, f.constructor.name, f.constructor.length, f[Symbol.toStringTag],
      Object.prototype.toString.call(f), Object.getPrototypeOf(f.constructor) === Function,
      Object.getOwnPropertyNames(Object.getPrototypeOf(f)).join(), "prototype" in f].join();
    let thrown = false;
    try { made[0].constructor("return 1"); } catch (e) { thrown = e instanceof TypeError; }
    const shared = made.every((f) => Object.getPrototypeOf(f) === Object.getPrototypeOf(made[0]));
    return thrown && shared && JSON.stringify(made.map(shape)) === JSON.stringify(native.map(shape));
  },
  "__async_function leaves a plain function alone (a later plain declaration won)"() {
    function plain() {}
    return __async_function(plain) === plain;
  },
  "__async_function with plain calls the function with this and arguments"() {
    let seen;
    function work() { seen = [this, ...arguments]; return "r"; }
    const made = __async_function(work, 1);
    return made.call("s", 1, 2) === "r" && JSON.stringify(seen) === '["s",1,2]' && !("prototype" in made);
  },
};

// The native flavour: an async function whose `yield` points are awaits. Built from the same
// generator by a tiny interpreter would be circular, so each native version is derived by
// replacing the generator driver with real async functions that await each yielded value.
function nativeDriver(gen, self, args) {
  return (async function () {
    const it = Reflect.apply(gen, self, args || []);
    let result = it.next();
    for (;;) {
      if (result.done) return result.value;
      let value;
      try {
        value = await result.value;
      } catch (e) {
        result = it.throw(e);
        continue;
      }
      result = it.next(value);
    }
  })();
}

async function runScenario(fn, driver) {
  const events = [];
  const log = (...xs) => events.push(xs.map(String).join(" "));
  const A = (gen, self, args) => driver(gen, self, args || []);
  fn(log, A);
  await new Promise((r) => setTimeout(r, 20));
  return events;
}

(async () => {
  let passed = 0;
  let failed = 0;
  for (const [name, fn] of Object.entries(scenarios)) {
    const expected = await runScenario(fn, nativeDriver);
    const actual = await runScenario(fn, (gen, self, args) => __async(self, args, gen));
    if (JSON.stringify(expected) === JSON.stringify(actual)) {
      passed++;
    } else {
      failed++;
      console.log(`FAIL ${name}\n  native:  ${JSON.stringify(expected)}\n  helper:  ${JSON.stringify(actual)}`);
    }
  }
  for (const [name, check] of Object.entries(direct)) {
    if (check()) passed++;
    else {
      failed++;
      console.log(`FAIL ${name}`);
    }
  }
  console.log(`runtime: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
})();
