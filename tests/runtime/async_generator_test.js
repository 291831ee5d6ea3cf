// Tests the async generator and for-await runtime on its own: each scenario is written twice, once
// natively (async function* / for await) and once in the exact shape the transpiler emits, and both
// run with the same logging; the event logs (values and microtask order) must be identical.
// Usage: node async_generator_test.js path/to/async2gen
"use strict";
const { execFileSync } = require("child_process");
const vm = require("vm");

const binary = process.argv[2];
if (!binary) {
  console.error("usage: node async_generator_test.js path/to/async2gen");
  process.exit(2);
}
// The whole runtime as a global script (`--print-helpers global`): it makes the runtime at once,
// as line 1 of a lowered file does.
const H = vm.runInThisContext(
  execFileSync(binary, ["--print-helpers", "global"], { encoding: "utf8" }) +
    "\n;({ __async_method_key, __async_methods, __async_generator_function," +
    " __async, __async_generator, __async_await, __async_delegate, __async_iterator, __async_next," +
    " __async_step, __async_threw, __async_close, __async_closed })",
  { filename: "runtime.js" },
);
const {
  __async_method_key, __async_methods, __async_generator_function,
  __async, __async_generator, __async_await, __async_delegate, __async_iterator, __async_next,
  __async_step, __async_threw, __async_close, __async_closed,
} = H;

// ---------------------------------------------------------------------------------------------
// Logging helpers shared by both flavours.
function show(x) {
  if (x === null) return "null";
  if (typeof x === "symbol") return x.toString();
  if (typeof x !== "object" && typeof x !== "function") return typeof x === "string" ? x : String(x);
  if (x instanceof Error) return x instanceof TypeError ? "TypeError" : `${x.name}:${x.message}`;
  if (x instanceof Promise) return "Promise";
  if (Array.isArray(x)) return `[${x.map(show).join(",")}]`;
  if (typeof x === "function") return "function";
  const keys = Object.keys(x);
  if (keys.length === 2 && "value" in x && "done" in x) return `{${show(x.value)}${x.done ? " done" : ""}}`;
  return `{${keys.map((k) => `${k}:${show(x[k])}`).join(",")}}`;
}
// Logs tick 1..n through a chain of thens started now.
function ticker(log, n, name = "t") {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log(`${name}${i}`));
}
// Logs how a promise settles.
function settle(log, label, p) {
  p.then((v) => log(label, "ok", v), (e) => log(label, "err", e));
}
// An async iterator object that logs every call; spec: { values, doneValue, returnResult, ... }.
function asyncIter(log, name, spec) {
  let i = 0;
  const values = spec.values || [1, 2, 3];
  const it = {
    [Symbol.asyncIterator]() {
      log(name, "get iterator");
      return this;
    },
    next(...args) {
      log(name, "next", args.length, ...args);
      const r = i < values.length ? { value: values[i++], done: false } : { value: spec.doneValue, done: true };
      return spec.syncResults ? r : Promise.resolve(r);
    },
  };
  if (spec.returnMethod !== false) {
    it.return = spec.returnMethod || function (...args) {
      log(name, "return", args.length, ...args);
      return spec.returnResult !== undefined ? spec.returnResult : Promise.resolve({ value: args[0], done: true });
    };
  }
  if (spec.throwMethod) it.throw = spec.throwMethod;
  return it;
}
// A sync iterable that logs every call.
function syncIter(log, name, values, withReturn = true) {
  let i = 0;
  const it = {
    [Symbol.iterator]() {
      log(name, "get sync iterator");
      return this;
    },
    next(...args) {
      log(name, "next", args.length, ...args);
      return i < values.length ? { value: values[i++], done: false } : { value: "end", done: true };
    },
  };
  if (withReturn) {
    it.return = function (...args) {
      log(name, "return", args.length, ...args);
      return { value: args[0], done: true };
    };
  }
  return it;
}
function pump(log, label, it, requests) {
  // requests: array of [method, arg], all issued synchronously
  for (const [m, a] of requests) settle(log, `${label}.${m}(${show(a)})`, it[m](a));
}

// ---------------------------------------------------------------------------------------------
// Scenarios: { native(log) -> x, lowered(log) -> x, run(log, x) }. Both `native` and `lowered`
// build the same thing; `run` drives it the same way for both.
const scenarios = {};

scenarios["next, next, return, next issued synchronously"] = {
  native(log) {
    async function* g() {
      log("start");
      try { yield 1; log("after 1"); yield 2; log("after 2"); } finally { log("finally"); }
    }
    return g;
  },
  lowered(log) {
    function g() { return __async_generator(this, arguments, function* () {
      log("start");
      try { (yield 1); log("after 1"); (yield 2); log("after 2"); } finally { log("finally"); }
    }, g, new.target); }
    return g;
  },
  run(log, g) {
    pump(log, "it", g(), [["next", "a"], ["next", "b"], ["return", "c"], ["next", "d"]]);
    ticker(log, 8);
  },
};

scenarios["methods and declarations: own prototype, objects inherit from it, no constructor"] = {
  native(log) {
    const sym = Symbol("s");
    class C { async *m(a) { yield a; } static async *[sym]() { yield "static"; } }
    const o = { async *p(a, b) { yield a + b; } };
    async function* d(x = 1) { yield x; }
    return [C.prototype.m, C[sym], o.p, d, (f) => f.call(new C(), 2)];
  },
  lowered(log) {
    const sym = Symbol("s");
    class C {
      [__async_method_key("m", 2)](a) { return __async_generator(this, arguments, function* (a) { yield a; }, undefined); }
      static [__async_method_key(sym, 3)]() { return __async_generator(this, arguments, function* () { yield "static"; }, undefined); }
    }
    __async_methods(C, 2, 1);
    const o = __async_methods({
      [__async_method_key("p", 2)](a, b) { return __async_generator(this, arguments, function* (a, b) { yield a + b; }, undefined); },
    }, 1);
    function* d(x = 1) { yield x; }
    return [C.prototype.m, C[sym], o.p, __async_generator_function(d), (f) => f.call(new C(), 2)];
  },
  run(log, [m, s, p, d, call]) {
    for (const f of [m, s, p, d]) {
      const own = Object.getOwnPropertyDescriptor(f, "prototype");
      const it = call(f);
      let constructs = true;
      try { Reflect.construct(function () {}, [], f); } catch (e) { constructs = false; }
      log(f.name, f.length, Reflect.ownKeys(f).join(), own.writable, own.enumerable, own.configurable,
        Object.getPrototypeOf(it) === f.prototype, Object.prototype.toString.call(it), constructs,
        Object.getPrototypeOf(f.prototype) === Object.getPrototypeOf(Object.getPrototypeOf(it)));
      pump(log, f.name, it, [["next"], ["next"]]);
    }
  },
};

scenarios["return(rejected promise) at a yield inside try/catch is thrown into the body"] = {
  native(log) {
    async function* g() {
      try { yield 1; log("not here"); } catch (e) { log("caught", e); yield 2; log("resumed"); }
      log("end");
      return "fin";
    }
    return g;
  },
  lowered(log) {
    function g() { return __async_generator(this, arguments, function* () {
      try { (yield 1); log("not here"); } catch (e) { log("caught", e); (yield 2); log("resumed"); }
      log("end");
      return (yield __async_await("fin"));
    }, g, new.target); }
    return g;
  },
  run(log, g) {
    const it = g();
    pump(log, "it", it, [["next"], ["return", Promise.reject("boom")], ["next", "x"], ["next", "y"]]);
    ticker(log, 10);
  },
};

scenarios["return() while suspended in a try whose finally awaits and yields"] = {
  native(log) {
    async function* g() {
      try { yield 1; yield 2; } finally {
        log("f1"); await null; log("f2"); const v = yield "in finally"; log("f3", v); await Promise.resolve(); log("f4");
      }
    }
    return g;
  },
  lowered(log) {
    function g() { return __async_generator(this, arguments, function* () {
      try { (yield 1); (yield 2); } finally {
        log("f1"); (yield __async_await(null)); log("f2"); const v = (yield "in finally"); log("f3", v); (yield __async_await(Promise.resolve())); log("f4");
      }
    }, g, new.target); }
    return g;
  },
  run(log, g) {
    const it = g();
    pump(log, "it", it, [["next"], ["return", Promise.resolve("R")], ["next", "n1"], ["next", "n2"], ["return", "R2"]]);
    ticker(log, 12);
  },
};

scenarios["throw() at start, at a yield (caught and uncaught), after completion"] = {
  native(log) {
    async function* g() {
      log("started");
      try { yield 1; } catch (e) { log("caught", e); yield 2; }
      yield 3;
    }
    return g;
  },
  lowered(log) {
    function g() { return __async_generator(this, arguments, function* () {
      log("started");
      try { (yield 1); } catch (e) { log("caught", e); (yield 2); }
      (yield 3);
    }, g, new.target); }
    return g;
  },
  run(log, g) {
    const a = g();
    pump(log, "a", a, [["throw", "e0"], ["next"], ["return", "r"]]);
    const b = g();
    pump(log, "b", b, [["next"], ["throw", "e1"], ["throw", "e2"], ["next"], ["throw", "e3"]]);
    ticker(log, 10);
  },
};

scenarios["yield of a promise, a thenable, a rejected promise; yielding a Promise subclass"] = {
  native(log) {
    class Sub extends Promise {}
    async function* g() {
      yield Promise.resolve(1);
      yield { then(r) { log("then called"); r(2); } };
      try { yield Promise.reject("no"); } catch (e) { log("caught", e); }
      yield Sub.resolve(4);
      yield 5;
    }
    return g;
  },
  lowered(log) {
    class Sub extends Promise {}
    function g() { return __async_generator(this, arguments, function* () {
      (yield Promise.resolve(1));
      (yield { then(r) { log("then called"); r(2); } });
      try { (yield Promise.reject("no")); } catch (e) { log("caught", e); }
      (yield Sub.resolve(4));
      (yield 5);
    }, g, new.target); }
    return g;
  },
  run(log, g) {
    pump(log, "it", g(), [["next"], ["next"], ["next"], ["next"], ["next"], ["next"]]);
    ticker(log, 14);
  },
};

scenarios["return of a promise, a thenable, a rejected promise in try/catch/finally, return; and return undefined"] = {
  native(log) {
    return [
      async function* () { return Promise.resolve("p"); },
      async function* () { return { then(r) { log("then"); r("t"); } }; },
      async function* () {
        try { return Promise.reject("r"); } catch (e) { log("caught", e); return "after"; } finally { log("finally"); }
      },
      async function* () { log("bare"); return; },
      async function* () { log("undef"); return undefined; },
      async function* () { log("fall off"); },
    ];
  },
  lowered(log) {
    return [
      function () { return __async_generator(this, arguments, function* () { return (yield __async_await(Promise.resolve("p"))); }, undefined, new.target); },
      function () { return __async_generator(this, arguments, function* () { return (yield __async_await({ then(r) { log("then"); r("t"); } })); }, undefined, new.target); },
      function () { return __async_generator(this, arguments, function* () {
        try { return (yield __async_await(Promise.reject("r"))); } catch (e) { log("caught", e); return (yield __async_await("after")); } finally { log("finally"); }
      }, undefined, new.target); },
      function () { return __async_generator(this, arguments, function* () { log("bare"); return; }, undefined, new.target); },
      function () { return __async_generator(this, arguments, function* () { log("undef"); return (yield __async_await(undefined)); }, undefined, new.target); },
      function () { return __async_generator(this, arguments, function* () { log("fall off"); }, undefined, new.target); },
    ];
  },
  run(log, gs) {
    gs.forEach((g, i) => pump(log, `g${i}`, g(), [["next"], ["next"]]));
    ticker(log, 8);
  },
};

scenarios["await inside async generators: values, rejections caught, thenables"] = {
  native(log) {
    async function* g(p) {
      const a = await p;
      log("a", a);
      try { await Promise.reject("x"); } catch (e) { log("caught", e); }
      const b = await { then(r) { r("thenable"); } };
      yield a + b;
      const c = await 3;
      return c;
    }
    return g;
  },
  lowered(log) {
    function g(__async_p0) { return __async_generator(this, arguments, function* (p) {
      const a = (yield __async_await(p));
      log("a", a);
      try { (yield __async_await(Promise.reject("x"))); } catch (e) { log("caught", e); }
      const b = (yield __async_await({ then(r) { r("thenable"); } }));
      (yield a + b);
      const c = (yield __async_await(3));
      return (yield __async_await(c));
    }, g, new.target); }
    return g;
  },
  run(log, g) {
    pump(log, "it", g(Promise.resolve(1)), [["next"], ["next"], ["next"]]);
    ticker(log, 14);
  },
};

scenarios["toString, prototypes and properties of async generator objects"] = {
  native(log) {
    async function* g() { yield 1; }
    const o = { async *m() { yield 2; } };
    async function* h() {}
    async function* k() {}
    return { g, m: () => o.m(), h, k };
  },
  lowered(log) {
    function g() { return __async_generator(this, arguments, function* () { (yield 1); }, g, new.target); }
    const o = { m() { return __async_generator(this, arguments, function* () { (yield 2); }, undefined); } };
    function h() { return __async_generator(this, arguments, function* () {}, h, new.target); }
    function k() { return __async_generator(this, arguments, function* () {}, k, new.target); }
    return { g, m: () => o.m(), h, k };
  },
  run(log, { g, m, h, k }) {
    const it = g();
    const AGP = Object.getPrototypeOf(g.prototype);
    const AIP = Object.getPrototypeOf(AGP);
    log("toString", Object.prototype.toString.call(it), Object.prototype.toString.call(m()), String(it));
    log("proto", Object.getPrototypeOf(it) === g.prototype, Object.getPrototypeOf(Object.getPrototypeOf(m())) === AGP);
    log("g.prototype own", Object.getOwnPropertyNames(g.prototype).length, Object.getOwnPropertySymbols(g.prototype).length);
    log("AGP own", Object.getOwnPropertyNames(AGP).sort().join(), Object.getOwnPropertySymbols(AGP).map(String).join());
    for (const name of ["next", "return", "throw"]) {
      const d = Object.getOwnPropertyDescriptor(AGP, name);
      log(name, typeof d.value, d.value.name, d.value.length, d.writable, d.enumerable, d.configurable, "prototype" in d.value);
    }
    const tag = Object.getOwnPropertyDescriptor(AGP, Symbol.toStringTag);
    log("tag", tag.value, tag.writable, tag.enumerable, tag.configurable);
    const ctor = Object.getOwnPropertyDescriptor(AGP, "constructor");
    log("ctor", ctor.writable, ctor.enumerable, ctor.configurable, Object.prototype.toString.call(ctor.value), ctor.value.prototype === AGP);
    log("AIP own", Object.getOwnPropertyNames(AIP).length, Object.getOwnPropertySymbols(AIP).map(String).join());
    const ai = Object.getOwnPropertyDescriptor(AIP, Symbol.asyncIterator);
    log("asyncIterator", ai.value.name, ai.value.length, ai.writable, ai.enumerable, ai.configurable, it[Symbol.asyncIterator]() === it);
    log("AIP proto", Object.getPrototypeOf(AIP) === Object.prototype, Object.getPrototypeOf(h()) !== Object.getPrototypeOf(k()));
    log("own keys of instance", Reflect.ownKeys(it).length, JSON.stringify(it), Object.keys(it).length);
    log("same AGP", Object.getPrototypeOf(h.prototype) === AGP, g.prototype.constructor === ctor.value);
    settle(log, "bad this", AGP.next.call({}));
    settle(log, "bad this return", AGP.return.call(1));
    settle(log, "bad this throw", AGP.throw.call(undefined, "x"));
    const custom = { custom: true };
    h.prototype = custom;
    log("custom proto", Object.getPrototypeOf(h()) === custom);
    k.prototype = null;
    log("null proto", Object.getPrototypeOf(k()) === AGP);
    let threw = false;
    try { new g(); } catch (e) { threw = e instanceof TypeError; }
    log("new g throws TypeError", threw);
  },
};

scenarios["parameter errors throw synchronously; this, arguments and length reach the body"] = {
  native(log) {
    async function* g({ a }, b = log("default b")) { log(this && this.name, a, b, arguments.length); yield arguments[1]; }
    return g;
  },
  lowered(log) {
    function g(__async_p0) { return __async_generator(this, arguments, function* ({ a }, b = log("default b")) { log(this && this.name, a, b, arguments.length); (yield arguments[1]); }, g, new.target); }
    return g;
  },
  run(log, g) {
    log("length", g.length);
    try { g(undefined); log("no throw"); } catch (e) { log("sync throw", e); }
    const it = g.call({ name: "self" }, { a: 1 }, "B", "C");
    log("called");
    pump(log, "it", it, [["next"], ["next"]]);
    const it2 = g.call(undefined, { a: 2 });
    pump(log, "it2", it2, [["next"]]);
  },
};

scenarios["return() at start and after completion awaits its value; rejections and later requests"] = {
  native(log) {
    async function* g() { log("never"); yield 1; }
    return g;
  },
  lowered(log) {
    function g() { return __async_generator(this, arguments, function* () { log("never"); (yield 1); }, g, new.target); }
    return g;
  },
  run(log, g) {
    pump(log, "a", g(), [["return", Promise.reject("rej")], ["next", 1], ["throw", "t"], ["return", { then(r) { log("then"); r("th"); } }], ["next"]]);
    const b = g();
    pump(log, "b", b, [["return", "plain"], ["return", Promise.resolve("p")]]);
    const c = g();
    const broken = Promise.resolve(1);
    Object.defineProperty(broken, "constructor", { get() { log("ctor getter"); throw new Error("ctor"); } });
    pump(log, "c", c, [["return", broken], ["next"]]);
    ticker(log, 10);
  },
};

scenarios["requests made while the body runs wait; re-entrant next() from inside the body"] = {
  native(log) {
    let self;
    async function* g() {
      log("body start");
      settle(log, "inner next", self.next("from body"));
      const v = yield 1;
      log("v", v);
      await null;
      const w = yield 2;
      log("w", w);
    }
    return () => (self = g());
  },
  lowered(log) {
    let self;
    function g() { return __async_generator(this, arguments, function* () {
      log("body start");
      settle(log, "inner next", self.next("from body"));
      const v = (yield 1);
      log("v", v);
      (yield __async_await(null));
      const w = (yield 2);
      log("w", w);
    }, g, new.target); }
    return () => (self = g());
  },
  run(log, make) {
    const it = make();
    settle(log, "n1", it.next("first"));
    Promise.resolve().then(() => settle(log, "n2", it.next("late")));
    ticker(log, 10);
  },
};

scenarios["yield* over an async iterable: calls, arguments and unawaited values"] = {
  native(log) {
    return (inner) => (async function* () { const r = yield* inner; log("yield* value", r); yield "after"; })();
  },
  lowered(log) {
    return (inner) => (function () { return __async_generator(this, arguments, function* () { const r = (yield __async_delegate(inner)); log("yield* value", r); (yield "after"); }, undefined, new.target); })();
  },
  run(log, make) {
    const it = make(asyncIter(log, "inner", { values: [1, Promise.resolve(2), 3], doneValue: "ret" }));
    pump(log, "it", it, [["next", "a"], ["next", "b"], ["next", "c"], ["next", "d"], ["next", "e"], ["next", "f"]]);
    ticker(log, 16);
  },
};

scenarios["yield* over a sync iterable whose values are promises; return forwarded"] = {
  native(log) {
    return (inner) => (async function* () { try { const r = yield* inner; log("yield* value", r); } finally { log("finally"); } })();
  },
  lowered(log) {
    return (inner) => (function () { return __async_generator(this, arguments, function* () { try { const r = (yield __async_delegate(inner)); log("yield* value", r); } finally { log("finally"); } }, undefined, new.target); })();
  },
  run(log, make) {
    const a = make(syncIter(log, "s1", [Promise.resolve(1), 2, Promise.resolve(3)]));
    pump(log, "a", a, [["next", "x"], ["next", "y"], ["next", "z"], ["next", "w"], ["next"]]);
    const b = make(syncIter(log, "s2", [1, 2, 3]));
    pump(log, "b", b, [["next"], ["return", Promise.resolve("R")], ["next"]]);
    const c = make(syncIter(log, "s3", [1, 2, 3], false));
    pump(log, "c", c, [["next"], ["return", "R"], ["next"]]);
    const d = make(syncIter(log, "s4", [1, Promise.reject("bad"), 3]));
    pump(log, "d", d, [["next"], ["next"], ["next"]]);
    const e = make([1, 2]);
    pump(log, "e", e, [["next"], ["throw", "T"], ["next"]]);
    ticker(log, 20);
  },
};

scenarios["yield* over an async generator with throw and return forwarded"] = {
  native(log) {
    async function* inner() {
      try {
        try { yield "i1"; } catch (e) { log("inner caught", e); yield "i2"; }
        yield "i3";
      } finally {
        log("inner finally"); await null; yield "from finally"; log("inner finally end");
      }
      return "inner done";
    }
    async function* outer() {
      try { const r = yield* inner(); log("r", r); } finally { log("outer finally"); }
    }
    return outer;
  },
  lowered(log) {
    function inner() { return __async_generator(this, arguments, function* () {
      try {
        try { (yield "i1"); } catch (e) { log("inner caught", e); (yield "i2"); }
        (yield "i3");
      } finally {
        log("inner finally"); (yield __async_await(null)); (yield "from finally"); log("inner finally end");
      }
      return (yield __async_await("inner done"));
    }, inner, new.target); }
    function outer() { return __async_generator(this, arguments, function* () {
      try { const r = (yield __async_delegate(inner())); log("r", r); } finally { log("outer finally"); }
    }, outer, new.target); }
    return outer;
  },
  run(log, outer) {
    pump(log, "a", outer(), [["next"], ["throw", "T"], ["return", "R"], ["next", "n"], ["next"], ["next"]]);
    pump(log, "b", outer(), [["next"], ["next"], ["next"], ["next"], ["next"]]);
    ticker(log, 24);
  },
};

scenarios["lowered yield* over a native async generator"] = {
  native(log) {
    return (inner) => (async function* () { try { log("got", yield* inner); } finally { log("outer finally"); } })();
  },
  lowered(log) {
    return (inner) => (function () { return __async_generator(this, arguments, function* () { try { log("got", (yield __async_delegate(inner))); } finally { log("outer finally"); } }, undefined, new.target); })();
  },
  run(log, make) {
    async function* inner(tag) {
      try { yield tag + 1; yield Promise.resolve(tag + 2); } catch (e) { log(tag, "caught", e); yield tag + 3; } finally { log(tag, "finally"); await null; }
      return tag + "ret";
    }
    pump(log, "a", make(inner("a")), [["next"], ["next"], ["next"], ["next"]]);
    pump(log, "b", make(inner("b")), [["next"], ["throw", "T"], ["return", Promise.resolve("R")], ["next"]]);
    pump(log, "c", make(inner("c")), [["next"], ["return", Promise.reject("RR")], ["next"]]);
    ticker(log, 20);
  },
};

scenarios["yield* over an iterator without throw: it is closed, then a TypeError"] = {
  native(log) {
    return (inner) => (async function* () { try { yield* inner; } catch (e) { log("outer caught", e); yield "after"; } })();
  },
  lowered(log) {
    return (inner) => (function () { return __async_generator(this, arguments, function* () { try { (yield __async_delegate(inner)); } catch (e) { log("outer caught", e); (yield "after"); } }, undefined, new.target); })();
  },
  run(log, make) {
    pump(log, "a", make(asyncIter(log, "ia", {})), [["next"], ["throw", "T"], ["next"], ["next"]]);
    pump(log, "b", make(asyncIter(log, "ib", { returnMethod: false })), [["next"], ["throw", "T"], ["next"]]);
    pump(log, "c", make(asyncIter(log, "ic", { returnResult: Promise.resolve(5) })), [["next"], ["throw", "T"], ["next"]]);
    pump(log, "d", make(asyncIter(log, "id", { returnResult: Promise.reject("close failed") })), [["next"], ["throw", "T"], ["next"]]);
    pump(log, "e", make(asyncIter(log, "ie", { returnMethod() { throw new Error("sync close"); } })), [["next"], ["throw", "T"], ["next"]]);
    ticker(log, 16);
  },
};

scenarios["yield* return(): missing return, done:false result, non-object result, value awaited"] = {
  native(log) {
    return (inner) => (async function* () { try { log("got", yield* inner); } catch (e) { log("caught", e); } finally { log("finally"); } })();
  },
  lowered(log) {
    return (inner) => (function () { return __async_generator(this, arguments, function* () { try { log("got", (yield __async_delegate(inner))); } catch (e) { log("caught", e); } finally { log("finally"); } }, undefined, new.target); })();
  },
  run(log, make) {
    pump(log, "a", make(asyncIter(log, "ia", { returnMethod: false })), [["next"], ["return", Promise.resolve("R")], ["next"]]);
    let n = 0;
    const again = asyncIter(log, "ib", { returnMethod(v) { log("ib return", v); return Promise.resolve(n++ ? { value: "rv", done: true } : { value: "still", done: false }); } });
    pump(log, "b", make(again), [["next"], ["return", "R1"], ["return", "R2"], ["next"]]);
    pump(log, "c", make(asyncIter(log, "ic", { returnResult: Promise.resolve(7) })), [["next"], ["return", "R"], ["next"]]);
    pump(log, "d", make(asyncIter(log, "id", { returnResult: { value: Promise.resolve("pv"), done: true } })), [["next"], ["return", "R"]]);
    pump(log, "e", make(asyncIter(log, "ie", { returnResult: { value: Promise.reject("bad value"), done: true } })), [["next"], ["return", "R"]]);
    ticker(log, 16);
  },
};

scenarios["yield* inner results: non-object, throwing getters, synchronous results"] = {
  native(log) {
    return (inner) => (async function* () { try { log("got", yield* inner); } catch (e) { log("caught", e); } })();
  },
  lowered(log) {
    return (inner) => (function () { return __async_generator(this, arguments, function* () { try { log("got", (yield __async_delegate(inner))); } catch (e) { log("caught", e); } }, undefined, new.target); })();
  },
  run(log, make) {
    pump(log, "a", make({ [Symbol.asyncIterator]() { return { next() { return 5; } }; } }), [["next"], ["next"]]);
    pump(log, "b", make({ [Symbol.asyncIterator]() { return { next() { return { get done() { log("done getter"); throw new Error("done"); } }; } }; } }), [["next"]]);
    pump(log, "c", make({ [Symbol.asyncIterator]() { return { next() { return { done: false, get value() { log("value getter"); return "v"; } }; } }; } }), [["next"], ["next"]]);
    pump(log, "d", make(asyncIter(log, "id", { syncResults: true })), [["next"], ["next"], ["next"], ["next"], ["next"]]);
    pump(log, "e", make({ [Symbol.asyncIterator]() { return { next() { throw new Error("next threw"); } }; } }), [["next"]]);
    try { make(5); log("f made"); } catch (e) { log("f sync", e); }
    pump(log, "g", make({ [Symbol.asyncIterator]: 5 }), [["next"]]);
    ticker(log, 12);
  },
};

scenarios["interleaving: several generators, then chains and queueMicrotask"] = {
  native(log) {
    async function* g(name, n) {
      for (let i = 0; i < n; i++) {
        log(name, "before", i);
        const v = yield i % 2 ? Promise.resolve(name + i) : name + i;
        log(name, "got", v);
        if (i === 1) await { then(r) { r(); } };
      }
      return name;
    }
    return g;
  },
  lowered(log) {
    function g(__async_p0, __async_p1) { return __async_generator(this, arguments, function* (name, n) {
      for (let i = 0; i < n; i++) {
        log(name, "before", i);
        const v = (yield i % 2 ? Promise.resolve(name + i) : name + i);
        log(name, "got", v);
        if (i === 1) (yield __async_await({ then(r) { r(); } }));
      }
      return (yield __async_await(name));
    }, g, new.target); }
    return g;
  },
  run(log, g) {
    const a = g("a", 3), b = g("b", 2);
    pump(log, "a", a, [["next", 0], ["next", 1]]);
    queueMicrotask(() => log("qm1"));
    pump(log, "b", b, [["next", 0], ["next", 1], ["next", 2]]);
    Promise.resolve().then(() => pump(log, "a2", a, [["next", 2], ["next", 3], ["return", 4]]));
    queueMicrotask(() => log("qm2"));
    ticker(log, 20);
  },
};

scenarios["patched then, generator methods and global Promise do not matter"] = {
  native(log) {
    async function* g(p) { const v = await p; yield v; yield p; }
    return g;
  },
  lowered(log) {
    function g(__async_p0) { return __async_generator(this, arguments, function* (p) { const v = (yield __async_await(p)); (yield v); (yield p); }, g, new.target); }
    return g;
  },
  run(log, g) {
    const p = Promise.resolve(5);
    p.then = () => log("patched then called");
    const GP = Object.getPrototypeOf(function* () {}).prototype;
    const saved = { next: GP.next, throw: GP.throw, return: GP.return, P: globalThis.Promise };
    GP.next = GP.throw = GP.return = function () { throw new Error("patched generator method"); };
    globalThis.Promise = function Fake() { throw new Error("fake"); };
    let it;
    try {
      it = g(p);
      it.next();
      it.next();
      it.next();
    } finally {
      Object.assign(GP, { next: saved.next, throw: saved.throw, return: saved.return });
      globalThis.Promise = saved.P;
    }
    // the three requests above are served with the patched methods restored; look at their results:
    pump(log, "it", it, [["next"], ["return", "r"]]);
    ticker(log, 10);
  },
};

// ---------------------------------------------------------------------------------------------
// for await inside async functions (AWAIT(x) is x) and async generators (__async_iterator(x, 1)).

scenarios["for await over an async iterable, with the final done timing"] = {
  native(log) {
    return async (xs) => { for await (const x of xs) { log("body", x); } log("after loop"); return "done"; };
  },
  lowered(log) {
    return (xs) => { return __async(void 0, [xs], function* (xs) { { const __async_r1 = __async_iterator(xs); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const x = __async_r1.value; { log("body", x); } } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } } log("after loop"); return "done"; }); };
  },
  run(log, f) {
    settle(log, "a", f(asyncIter(log, "ia", { values: [1, Promise.resolve(2)] })));
    settle(log, "b", f(asyncIter(log, "ib", { values: [3, 4], syncResults: true })));
    ticker(log, 16);
  },
};

scenarios["for await over sync iterables: promises, a rejected one (node 20 does not close), arrays, strings"] = {
  native(log) {
    return async (xs) => { try { for await (const x of xs) log("body", x); } catch (e) { log("caught", e); } log("after"); };
  },
  lowered(log) {
    return (xs) => { return __async(void 0, [xs], function* (xs) { try { { const __async_r1 = __async_iterator(xs); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const x = __async_r1.value; log("body", x); } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } } } catch (e) { log("caught", e); } log("after"); }); };
  },
  run(log, f) {
    settle(log, "a", f(syncIter(log, "sa", [Promise.resolve(1), 2, { then(r) { r(3); } }])));
    settle(log, "b", f(syncIter(log, "sb", [1, Promise.reject("bad"), 3])));
    settle(log, "c", f([10, Promise.resolve(20), 30]));
    settle(log, "d", f("hi"));
    settle(log, "e", f(new Set([7, 8])));
    ticker(log, 20);
  },
};

scenarios["iterators breaking the protocol: V8's TypeError messages (next/return results, next not callable)"] = {
  native(log) {
    return async (xs, brk) => { try { for await (const x of xs) if (brk) break; } catch (e) { log("caught", e.message); } };
  },
  lowered(log) {
    return (xs, brk) => { return __async(void 0, [xs, brk], function* (xs, brk) { try { { const __async_r1 = __async_iterator(xs); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const x = __async_r1.value; if (brk) break; } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } } } catch (e) { log("caught", e.message); } }); };
  },
  run(log, f) {
    const bad = (r, sym) => ({ [sym]() { return { next() { return r; }, return() { return "s"; } }; } });
    for (const sym of [Symbol.asyncIterator, Symbol.iterator]) {
      for (const v of [5, -0, "abc", true, undefined, null, Symbol("s"), 10n]) settle(log, "next gives", f(bad(v, sym)));
      settle(log, "return gives", f(bad({ value: 1, done: false }, sym), true));
      for (const next of [undefined, null, 5, "str", true, {}, Symbol("q"), 1n]) settle(log, "next is", f({ [sym]() { return { next }; } }));
    }
    ticker(log, 12);
  },
};

scenarios["for await over non-iterables and broken iterators: TypeError, no close"] = {
  native(log) {
    return async (xs) => { for await (const x of xs) log("body", x); };
  },
  lowered(log) {
    return (xs) => { return __async(void 0, [xs], function* (xs) { { const __async_r1 = __async_iterator(xs); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const x = __async_r1.value; log("body", x); } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } } }); };
  },
  run(log, f) {
    const closer = () => log("return called (wrong)");
    settle(log, "number", f(5));
    settle(log, "null", f(null));
    settle(log, "undefined", f(undefined));
    settle(log, "plain object", f({}));
    settle(log, "asyncIterator not callable", f({ [Symbol.asyncIterator]: 1, [Symbol.iterator]() { return [][Symbol.iterator](); } }));
    settle(log, "asyncIterator null falls back", f({ [Symbol.asyncIterator]: null, [Symbol.iterator]() { return [1][Symbol.iterator](); } }));
    settle(log, "iterator not object", f({ [Symbol.asyncIterator]() { return 1; } }));
    settle(log, "next not callable", f({ [Symbol.asyncIterator]() { return { next: 1, return: closer }; } }));
    settle(log, "next result not object", f({ [Symbol.asyncIterator]() { return { next() { return Promise.resolve(1); }, return: closer }; } }));
    settle(log, "next throws", f({ [Symbol.asyncIterator]() { return { next() { throw new Error("next"); }, return: closer }; } }));
    settle(log, "next rejects", f({ [Symbol.asyncIterator]() { return { next() { return Promise.reject("rej"); }, return: closer }; } }));
    settle(log, "done getter throws", f({ [Symbol.asyncIterator]() { return { next() { return { get done() { throw new Error("done"); } }; }, return: closer }; } }));
    settle(log, "value getter throws", f({ [Symbol.asyncIterator]() { return { next() { return { done: false, get value() { throw new Error("value"); } }; }, return: closer }; } }));
    settle(log, "sync next not object", f({ [Symbol.iterator]() { return { next() { return 1; }, return: closer }; } }));
    ticker(log, 10);
  },
};

scenarios["for await: break, return and throw out of the body call return() and await it"] = {
  native(log) {
    return async (xs, how) => {
      for await (const x of xs) {
        log("body", x);
        if (how === "break") break;
        if (how === "return") return "returned";
        if (how === "throw") throw new Error("thrown");
      }
      log("after loop");
    };
  },
  lowered(log) {
    return (xs, how) => { return __async(void 0, [xs, how], function* (xs, how) {
      { const __async_r1 = __async_iterator(xs); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const x = __async_r1.value; {
        log("body", x);
        if (how === "break") break;
        if (how === "return") return "returned";
        if (how === "throw") throw new Error("thrown");
      } } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } }
      log("after loop");
    }); };
  },
  run(log, f) {
    for (const how of ["break", "return", "throw"]) {
      settle(log, how, f(asyncIter(log, how, { returnResult: new Promise((r) => Promise.resolve().then(() => r({ v: 1 }))) }), how));
    }
    settle(log, "sync-break", f(syncIter(log, "sb", [1, 2]), "break"));
    settle(log, "sync-noreturn-break", f(syncIter(log, "sn", [1, 2], false), "break"));
    settle(log, "array-throw", f([1, 2], "throw"));
    settle(log, "no-return-method", f(asyncIter(log, "nr", { returnMethod: false }), "break"));
    ticker(log, 16);
  },
};

scenarios["for await: return() throwing, rejecting or returning a non-object, on break and on throw"] = {
  native(log) {
    return async (xs, how) => {
      try {
        for await (const x of xs) { if (how === "break") break; throw new Error("body"); }
        log("after loop");
      } catch (e) { log("caught", e); }
    };
  },
  lowered(log) {
    return (xs, how) => { return __async(void 0, [xs, how], function* (xs, how) {
      try {
        { const __async_r1 = __async_iterator(xs); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const x = __async_r1.value; { if (how === "break") break; throw new Error("body"); } } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } }
        log("after loop");
      } catch (e) { log("caught", e); }
    }); };
  },
  run(log, f) {
    const kinds = {
      throws: () => ({ returnMethod() { log("return throws"); throw new Error("from return"); } }),
      rejects: () => ({ returnResult: Promise.reject(new Error("rejected return")) }),
      nonObject: () => ({ returnResult: Promise.resolve(42) }),
      syncNonObject: () => ({ returnResult: 7 }),
      notCallable: () => ({ returnMethod: 5 }),
      getterThrows: () => ({ returnMethod: false, extra: true }),
    };
    for (const how of ["break", "throw"]) {
      for (const [name, spec] of Object.entries(kinds)) {
        const it = asyncIter(log, name, spec());
        if (name === "getterThrows") Object.defineProperty(it, "return", { get() { log("return getter"); throw new Error("getter"); } });
        settle(log, `${how}-${name}`, f(it, how));
      }
    }
    ticker(log, 12);
  },
};

scenarios["for await: labelled continue to an outer loop and labelled break close the iterator"] = {
  native(log) {
    return async (make) => {
      outer: for (const round of [1, 2]) {
        inner: for await (const [a, b] of make(round)) {
          log("body", round, a, b);
          if (a === 1) continue inner;
          if (round === 1) continue outer;
          break outer;
        }
        log("not reached", round);
      }
      log("end");
    };
  },
  lowered(log) {
    return (make) => { return __async(void 0, [make], function* (make) {
      outer: for (const round of [1, 2]) {
        { const __async_r1 = __async_iterator(make(round)); try { inner: for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const [a, b] = __async_r1.value; {
          log("body", round, a, b);
          if (a === 1) continue inner;
          if (round === 1) continue outer;
          break outer;
        } } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } }
        log("not reached", round);
      }
      log("end");
    }); };
  },
  run(log, f) {
    settle(log, "f", f((round) => asyncIter(log, "r" + round, { values: [[1, "x"], [2, "y"], [3, "z"]] })));
    ticker(log, 16);
  },
};

scenarios["for await: the example from the brief (label: ... continue label; else break;)"] = {
  native(log) {
    return async (xs) => {
      label: for await (const [a, b] of xs) { log(a, b); if (a) continue label; else break; }
      log("after");
    };
  },
  lowered(log) {
    return (xs) => { return __async(void 0, [xs], function* (xs) {
      { const __async_r1 = __async_iterator(xs); try { label: for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const [a, b] = __async_r1.value; { log(a, b); if (a) continue label; else break; } } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } }
      log("after");
    }); };
  },
  run(log, f) {
    settle(log, "f", f(asyncIter(log, "it", { values: [[1, 2], [3, 4], [0, 5], [6, 7]] })));
    settle(log, "g", f(syncIter(log, "s", [[1, 2], Promise.resolve([0, 1])])));
    ticker(log, 14);
  },
};

scenarios["for await: LHS destructuring errors close the iterator; assignment targets and evaluation order"] = {
  native(log) {
    const target = { set p(v) { log("set p", v); } };
    const getTarget = () => { log("evaluate target"); return target; };
    return [
      async (xs) => { try { for await (const [a] of xs) log("body", a); } catch (e) { log("caught", e); } },
      async (xs) => { for await (getTarget().p of xs) log("body"); },
      async (xs) => { var v; for await (v of xs) log("body", v); log("v", v); },
      async (xs) => { for await (var w of xs); log("w", w); },
    ];
  },
  lowered(log) {
    const target = { set p(v) { log("set p", v); } };
    const getTarget = () => { log("evaluate target"); return target; };
    return [
      (xs) => { return __async(void 0, [xs], function* (xs) { try { { const __async_r1 = __async_iterator(xs); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const [a] = __async_r1.value; log("body", a); } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } } } catch (e) { log("caught", e); } }); },
      (xs) => { return __async(void 0, [xs], function* (xs) { { const __async_r1 = __async_iterator(xs); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { getTarget().p = __async_r1.value; log("body"); } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } } }); },
      (xs) => { return __async(void 0, [xs], function* (xs) { var v; { const __async_r1 = __async_iterator(xs); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { v = __async_r1.value; log("body", v); } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } } log("v", v); }); },
      (xs) => { return __async(void 0, [xs], function* (xs) { { const __async_r1 = __async_iterator(xs); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { var w = __async_r1.value; ; } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } } log("w", w); }); },
    ];
  },
  run(log, fs) {
    settle(log, "destructure", fs[0](asyncIter(log, "d", { values: [[1], 5, [3]] })));
    const getterValues = { [Symbol.asyncIterator]() { let i = 0; return { next() { return i++ < 2 ? { done: false, get value() { log("value getter"); return i; } } : { done: true }; } }; } };
    settle(log, "target", fs[1](getterValues));
    settle(log, "var", fs[2]([1, 2]));
    settle(log, "var decl", fs[3]([3, 4]));
    ticker(log, 12);
  },
};

scenarios["for await over native async generators: break runs their finally; closures capture each iteration"] = {
  native(log) {
    return async (gen) => {
      const fns = [];
      for await (const x of gen) { fns.push(() => x); if (x === 2) break; }
      log("captured", fns.map((f) => f()).join());
    };
  },
  lowered(log) {
    return (gen) => { return __async(void 0, [gen], function* (gen) {
      const fns = [];
      { const __async_r1 = __async_iterator(gen); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const x = __async_r1.value; { fns.push(() => x); if (x === 2) break; } } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } }
      log("captured", fns.map((f) => f()).join());
    }); };
  },
  run(log, f) {
    async function* gen() { try { yield 1; yield 2; yield 3; } finally { log("gen finally"); await null; log("gen finally end"); } }
    settle(log, "f", f(gen()));
    ticker(log, 14);
  },
};

scenarios["for await inside an async generator: yields in the body, return() from the consumer closes the iterator"] = {
  native(log) {
    return async function* (xs) {
      try {
        for await (const x of xs) { log("body", x); const r = yield x * 10; log("resumed", r); }
        log("loop done");
      } finally { log("gen finally"); }
      return "end";
    };
  },
  lowered(log) {
    return function (__async_p0) { return __async_generator(this, arguments, function* (xs) {
      try {
        { const __async_r1 = __async_iterator(xs, 1); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const x = __async_r1.value; { log("body", x); const r = (yield x * 10); log("resumed", r); } } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } }
        log("loop done");
      } finally { log("gen finally"); }
      return (yield __async_await("end"));
    }, undefined, new.target); };
  },
  run(log, g) {
    pump(log, "a", g(asyncIter(log, "ia", { values: [1, 2] })), [["next"], ["next", "x"], ["next", "y"], ["next"]]);
    pump(log, "b", g(asyncIter(log, "ib", {})), [["next"], ["return", Promise.resolve("R")], ["next"]]);
    pump(log, "c", g(asyncIter(log, "ic", { returnResult: Promise.resolve(3) })), [["next"], ["return", "R"]]);
    pump(log, "d", g(syncIter(log, "sd", [1, 2])), [["next"], ["throw", "T"], ["next"]]);
    pump(log, "e", g(asyncIter(log, "ie", { returnMethod() { throw new Error("close"); } })), [["next"], ["return", Promise.reject("RR")]]);
    ticker(log, 20);
  },
};

scenarios["for await inside an async generator over a lowered/native async generator, with await in the body"] = {
  native(log) {
    async function* source() { try { yield 1; await null; yield 2; yield 3; } finally { log("source finally"); } }
    async function* g() {
      for await (const x of source()) { await x; yield x; if (x === 2) return "stop"; }
    }
    return g;
  },
  lowered(log) {
    function source() { return __async_generator(this, arguments, function* () { try { (yield 1); (yield __async_await(null)); (yield 2); (yield 3); } finally { log("source finally"); } }, source, new.target); }
    function g() { return __async_generator(this, arguments, function* () {
      { const __async_r1 = __async_iterator(source(), 1); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const x = __async_r1.value; { (yield __async_await(x)); (yield x); if (x === 2) return (yield __async_await("stop")); } } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } }
    }, g, new.target); }
    return g;
  },
  run(log, g) {
    pump(log, "it", g(), [["next"], ["next"], ["next"], ["next"]]);
    ticker(log, 24);
  },
};

scenarios["nested for await loops and a throw from an inner loop through an outer one"] = {
  native(log) {
    return async (mk) => {
      try {
        for await (const a of mk("outer")) {
          for await (const b of mk("inner" + a)) { log(a, b); if (a === 2 && b === 2) throw new Error("deep"); }
        }
      } catch (e) { log("caught", e); }
    };
  },
  lowered(log) {
    return (mk) => { return __async(void 0, [mk], function* (mk) {
      try {
        { const __async_r1 = __async_iterator(mk("outer")); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const a = __async_r1.value; {
          { const __async_r2 = __async_iterator(mk("inner" + a)); try { for (; __async_step(__async_r2, (yield __async_next(__async_r2))); ) { const b = __async_r2.value; { log(a, b); if (a === 2 && b === 2) throw new Error("deep"); } } } catch (__async_e2) { throw __async_threw(__async_r2, __async_e2); } finally { if (__async_close(__async_r2)) try { __async_closed(__async_r2, (yield __async_r2.value)); } catch (__async_e9) { __async_closed(__async_r2, __async_e9, 1); } } }
        } } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } }
      } catch (e) { log("caught", e); }
    }); };
  },
  run(log, f) {
    settle(log, "f", f((name) => asyncIter(log, name, { values: [1, 2] })));
    ticker(log, 24);
  },
};

scenarios["a then getter on Object.prototype sees the same iterator results at the same moments"] = {
  native(log) {
    let self;
    async function* g() { try { yield 1; yield* [2]; for await (const x of [3]) yield x; } finally { log("finally"); } }
    return { g, f: async (xs) => { for await (const x of xs) log("body", x); } };
  },
  lowered(log) {
    function g() { return __async_generator(this, arguments, function* () { try { (yield 1); (yield __async_delegate([2])); { const __async_r1 = __async_iterator([3], 1); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const x = __async_r1.value; (yield x); } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } } } finally { log("finally"); } }, g, new.target); }
    return { g, f: (xs) => { return __async(void 0, [xs], function* (xs) { { const __async_r1 = __async_iterator(xs); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const x = __async_r1.value; log("body", x); } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } } }); } };
  },
  run(log, { g, f }) {
    let reentered = false;
    let it;
    Object.defineProperty(Object.prototype, "then", {
      configurable: true,
      get() {
        if ("done" in this && "value" in this) {
          log("then read", this.value, this.done);
          if (!reentered && it && this.value === 2) { reentered = true; settle(log, "re-entrant", it.next("re")); }
        }
        return undefined;
      },
    });
    try {
      it = g();
      pump(log, "it", it, [["next"], ["next"], ["next"], ["return", "R"], ["next"], ["throw", "T"]]);
      settle(log, "f", f([1, Promise.resolve(2)]));
      ticker(log, 16);
    } finally {
      setTimeout(() => delete Object.prototype.then, 5);
    }
  },
};

// ---------------------------------------------------------------------------------------------
// Randomised request sequences against two generator bodies: requests of every kind with plain,
// promise, rejected and thenable arguments, issued in bursts at different ticks.
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}
function randomRun(seed) {
  return (log, g) => {
    const rand = rng(seed);
    const arg = (i) => {
      const k = Math.floor(rand() * 4);
      if (k === 0) return "v" + i;
      if (k === 1) return Promise.resolve("p" + i);
      if (k === 2) { const p = Promise.reject("x" + i); p.catch(() => {}); return p; }
      return { then(r) { r("t" + i); } };
    };
    const its = [g("A"), g("B")];
    let n = 0;
    const burst = () => {
      const count = 1 + Math.floor(rand() * 3);
      for (let j = 0; j < count; j++) {
        const which = Math.floor(rand() * 2);
        const r = rand();
        const m = r < 0.6 ? "next" : r < 0.8 ? "return" : "throw";
        const i = n++;
        settle(log, `${"AB"[which]}.${m}#${i}`, its[which][m](m === "throw" ? "err" + i : arg(i)));
      }
    };
    let p = Promise.resolve();
    for (let k = 0; k < 6; k++) {
      burst();
      const wait = Math.floor(rand() * 4);
      for (let w = 0; w < wait; w++) p = p.then(() => {});
      p = p.then(burst);
    }
    ticker(log, 30);
  };
}
const randomBodies = {
  plain: {
    native(log) {
      return async function* (name) {
        try {
          log(name, "start");
          const a = yield 1;
          log(name, "a", a);
          try { const b = yield Promise.resolve(2); log(name, "b", b); } catch (e) { log(name, "caught", e); yield "c"; }
          await null;
          const d = yield { then(r) { r(4); } };
          log(name, "d", d);
        } finally {
          log(name, "finally");
          yield "f";
        }
        return name;
      };
    },
    lowered(log) {
      return function (__async_p0) { return __async_generator(this, arguments, function* (name) {
        try {
          log(name, "start");
          const a = (yield 1);
          log(name, "a", a);
          try { const b = (yield Promise.resolve(2)); log(name, "b", b); } catch (e) { log(name, "caught", e); (yield "c"); }
          (yield __async_await(null));
          const d = (yield { then(r) { r(4); } });
          log(name, "d", d);
        } finally {
          log(name, "finally");
          (yield "f");
        }
        return (yield __async_await(name));
      }, undefined, new.target); };
    },
  },
  delegating: {
    native(log) {
      async function* inner(name) {
        try { yield name + 1; yield name + 2; } catch (e) { log(name, "inner caught", e); } finally { log(name, "inner finally"); }
        return "r";
      }
      return async function* (name) {
        const r = yield* inner(name);
        log(name, "r", r);
        yield* [Promise.resolve(name + 3), name + 4];
        for await (const x of [name + 5]) yield x;
      };
    },
    lowered(log) {
      function inner(__async_p0) { return __async_generator(this, arguments, function* (name) {
        try { (yield name + 1); (yield name + 2); } catch (e) { log(name, "inner caught", e); } finally { log(name, "inner finally"); }
        return (yield __async_await("r"));
      }, inner, new.target); }
      return function (__async_p0) { return __async_generator(this, arguments, function* (name) {
        const r = (yield __async_delegate(inner(name)));
        log(name, "r", r);
        (yield __async_delegate([Promise.resolve(name + 3), name + 4]));
        { const __async_r1 = __async_iterator([name + 5], 1); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const x = __async_r1.value; (yield x); } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } }
      }, undefined, new.target); };
    },
  },
  looping: {
    native(log) {
      async function* source(name) {
        try { yield name + 1; await null; yield Promise.resolve(name + 2); yield name + 3; }
        finally { log(name, "source finally"); await null; log(name, "source finally end"); }
      }
      return async function* (name) {
        try {
          for await (const x of source(name)) {
            try { const r = yield x; log(name, "r", r); } finally { log(name, "body finally"); }
          }
          for await (const y of [Promise.resolve(name + 4), name + 5]) { const z = yield y; if (z === "v9") break; }
        } catch (e) {
          log(name, "caught", e);
          yield "after catch";
        }
      };
    },
    lowered(log) {
      function source(__async_p0) { return __async_generator(this, arguments, function* (name) {
        try { (yield name + 1); (yield __async_await(null)); (yield Promise.resolve(name + 2)); (yield name + 3); }
        finally { log(name, "source finally"); (yield __async_await(null)); log(name, "source finally end"); }
      }, source, new.target); }
      return function (__async_p0) { return __async_generator(this, arguments, function* (name) {
        try {
          { const __async_r1 = __async_iterator(source(name), 1); try { for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const x = __async_r1.value; {
            try { const r = (yield x); log(name, "r", r); } finally { log(name, "body finally"); }
          } } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e9) { __async_closed(__async_r1, __async_e9, 1); } } }
          { const __async_r2 = __async_iterator([Promise.resolve(name + 4), name + 5], 1); try { for (; __async_step(__async_r2, (yield __async_next(__async_r2))); ) { const y = __async_r2.value; { const z = (yield y); if (z === "v9") break; } } } catch (__async_e2) { throw __async_threw(__async_r2, __async_e2); } finally { if (__async_close(__async_r2)) try { __async_closed(__async_r2, (yield __async_r2.value)); } catch (__async_e9) { __async_closed(__async_r2, __async_e9, 1); } } }
        } catch (e) {
          log(name, "caught", e);
          (yield "after catch");
        }
      }, undefined, new.target); };
    },
  },
};
for (const [bodyName, body] of Object.entries(randomBodies)) {
  const seeds = Number(process.env.SEEDS) || 40;
  for (let seed = 1; seed <= seeds; seed++) {
    scenarios[`random requests, ${bodyName} body, seed ${seed}`] = { native: body.native, lowered: body.lowered, run: randomRun(seed) };
  }
}

// ---------------------------------------------------------------------------------------------
let currentEvents = null;
process.on("unhandledRejection", (reason) => {
  if (currentEvents) currentEvents.push(`unhandled ${show(reason)}`);
});
process.on("uncaughtException", (error) => {
  if (currentEvents) currentEvents.push(`uncaught ${show(error)}`);
  else throw error;
});

async function runScenario(make, run) {
  const events = [];
  currentEvents = events;
  const log = (...xs) => events.push(xs.map(show).join(" "));
  try {
    run(log, make(log));
  } catch (e) {
    log("scenario threw", e, e && e.stack);
  }
  await new Promise((r) => setTimeout(r, 15));
  currentEvents = null;
  return events;
}

(async () => {
  let passed = 0;
  let failed = 0;
  const only = process.env.ONLY;
  for (const [name, s] of Object.entries(scenarios)) {
    if (only && !name.includes(only)) continue;
    const expected = await runScenario(s.native, s.run);
    const actual = await runScenario(s.lowered, s.run);
    if (JSON.stringify(expected) === JSON.stringify(actual)) {
      passed++;
      if (process.env.VERBOSE) console.log(`ok ${name}\n  ${expected.join("\n  ")}`);
    } else {
      failed++;
      let i = 0;
      while (i < expected.length && expected[i] === actual[i]) i++;
      console.log(`FAIL ${name}: event ${i}: native ${JSON.stringify(expected.slice(i, i + 4))} lowered ${JSON.stringify(actual.slice(i, i + 4))}`);
      if (process.env.VERBOSE) console.log(`  native all:  ${JSON.stringify(expected)}\n  lowered all: ${JSON.stringify(actual)}`);
    }
  }
  console.log(`async-generator: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
})();
