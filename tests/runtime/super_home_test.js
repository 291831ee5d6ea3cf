// Tests the runtime's `super` through an object literal's home (section super_home) on its own:
// each case runs with a native `super` in a method of a literal, and through __async_home_get /
// __async_home_set / __async_home_update with that literal as the home, in three runtimes:
// as node loads it (the compiled methods say `super`), without a usable Function constructor (a
// content security policy, Hermes: Reflect.get / Reflect.set), and without Reflect either (Rhino:
// descriptors). Outcomes (values, the log of getters and setters, the receiver's own properties,
// the error's constructor) must be the same; with the compiled methods, the error messages too.
// Usage: node super_home_test.js path/to/async2gen
const { execFileSync } = require("child_process");
const vm = require("vm");

const binary = process.argv[2];
if (!binary) {
  console.error("usage: node super_home_test.js path/to/async2gen");
  process.exit(2);
}
const runtime = execFileSync(binary, ["--print-helpers", "global"], { encoding: "utf8" });

// The runtime in a context of its own, after `prepare` took something away; its helpers work on
// this realm's objects (only Object.getPrototypeOf and the like cross the boundary).
function load(prepare, codeGeneration = true) {
  // (this realm where nothing is taken away: V8 words messages about another realm's objects otherwise)
  const helpers = "\n;({ get: __async_home_get, set: __async_home_set, update: __async_home_update })";
  if (codeGeneration && !prepare) return vm.runInThisContext(runtime + helpers);
  const context = vm.createContext({}, { codeGeneration: { strings: codeGeneration } });
  vm.runInContext(prepare, context);
  return vm.runInContext(runtime + helpers, context);
}
const runtimes = {
  compiled: load(""),
  reflect: load("", false),
  descriptors: load("delete Reflect;", false),
};

// A fresh world per run: a prototype chain, a home literal over it, a receiver, and a log.
function world() {
  const log = [];
  const key = { toString() { log.push("key converted"); return "x"; } };
  const top = { get g() { log.push("g on " + this.tag); return "G"; }, set s(v) { log.push("s=" + v + " on " + this.tag); } };
  const proto = Object.create(top, {
    ro: { value: "ro", writable: false },
    getterOnly: { get() { return 1; } },
    n: { value: 1, writable: true },
    big: { value: 10n, writable: true },
  });
  proto.data = "d";
  const receiver = { tag: "r" };
  Object.defineProperty(receiver, "ownRo", { value: 0, writable: false });
  Object.defineProperty(receiver, "ownAccessor", { get() { return 0; }, configurable: true });
  const sym = Symbol("s");
  proto[sym] = "symbol value";
  return { log, key, proto, receiver, sym };
}

// Each case: (w, ops) => result, where ops is { get(k), set(k, v), update(k, op) } bound to a home
// whose prototype is w.proto, in strict (strict: true) or sloppy code.
const cases = {
  "get a data property": (w, o) => o.get("data"),
  "get through a getter, with the receiver": (w, o) => o.get("g"),
  "get a missing property": (w, o) => o.get("missing"),
  "get a symbol key": (w, o) => o.get(w.sym),
  "get converts the key once": (w, o) => o.get(w.key),
  "set through a setter, with the receiver": (w, o) => o.set("s", 1),
  "set a data property of the prototype: defined on the receiver": (w, o) => o.set("data", 2),
  "set a read-only property of the prototype": (w, o) => o.set("ro", 3),
  "set a getter-only property": (w, o) => o.set("getterOnly", 4),
  "set over the receiver's read-only property": (w, o) => o.set("ownRo", 5),
  "set over the receiver's accessor": (w, o) => o.set("ownAccessor", 6),
  "set on a non-extensible receiver": (w, o) => (Object.preventExtensions(w.receiver), o.set("fresh", 7)),
  "set converts the key once": (w, o) => o.set(w.key, 8),
  "post-increment": (w, o) => [o.update("n", 0), o.get("n")],
  "post-decrement": (w, o) => [o.update("n", 1), o.get("n")],
  "pre-increment": (w, o) => [o.update("n", 2), o.get("n")],
  "pre-decrement": (w, o) => [o.update("n", 3), o.get("n")],
  "increment a BigInt": (w, o) => [o.update("big", 0), o.update("big", 2)],
  "increment a read-only property": (w, o) => o.update("ro", 0),
  "delete": (w, o) => o.update("data", 4),
  "update converts the key once": (w, o) => o.update(w.key, 2),
  "get with a null prototype": (w, o) => (Object.setPrototypeOf(o.home, null), o.get("x")),
  "set with a null prototype": (w, o) => (Object.setPrototypeOf(o.home, null), o.set("x", 1)),
};

function nativeOps(w, strict) {
  const home = strict
    ? { __proto__: w.proto,
        get(k) { "use strict"; return super[k]; },
        set(k, v) { "use strict"; return (super[k] = v); },
        update(k, op) { "use strict"; return op === 0 ? super[k]++ : op === 1 ? super[k]-- : op === 2 ? ++super[k] : op === 3 ? --super[k] : delete super[k]; } }
    : { __proto__: w.proto,
        get(k) { return super[k]; },
        set(k, v) { return (super[k] = v); },
        update(k, op) { return op === 0 ? super[k]++ : op === 1 ? super[k]-- : op === 2 ? ++super[k] : op === 3 ? --super[k] : delete super[k]; } };
  return {
    home,
    get: (k) => home.get.call(w.receiver, k),
    set: (k, v) => home.set.call(w.receiver, k, v),
    update: (k, op) => home.update.call(w.receiver, k, op),
  };
}

function loweredOps(w, strict, rt) {
  const home = { __proto__: w.proto };
  return {
    home,
    get: (k) => rt.get(home, k, w.receiver),
    set: (k, v) => rt.set(home, k, v, w.receiver, strict ? 1 : 0),
    update: (k, op) => rt.update(home, k, op, w.receiver, strict ? 1 : 0),
  };
}

function outcome(run, withMessage) {
  const w = world();
  let result;
  try {
    result = { value: run(w) };
  } catch (e) {
    result = { error: e.constructor.name + (withMessage ? ": " + e.message : "") };
  }
  const own = {};
  for (const k of Object.getOwnPropertyNames(w.receiver)) own[k] = Object.getOwnPropertyDescriptor(w.receiver, k).value;
  return JSON.stringify({ result, log: w.log, own }, (k, v) => (typeof v === "bigint" ? v + "n" : v));
}

let failures = 0, checks = 0;
for (const [name, run] of Object.entries(cases)) {
  for (const strict of [true, false]) {
    for (const [flavour, rt] of Object.entries(runtimes)) {
      const withMessage = flavour === "compiled";
      const expected = outcome((w) => run(w, nativeOps(w, strict)), withMessage);
      const actual = outcome((w) => run(w, loweredOps(w, strict, rt)), withMessage);
      checks++;
      if (expected !== actual) {
        failures++;
        console.log(`FAIL ${name} (${strict ? "strict" : "sloppy"}, ${flavour})\n  native:  ${expected}\n  runtime: ${actual}`);
      }
    }
  }
}
console.log(`super_home: ${checks - failures}/${checks} passed`);
process.exit(failures ? 1 : 0);
