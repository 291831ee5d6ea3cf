// Stack trace cases (stack_traces.mjs): each entry calls async code that throws, natively and
// lowered. Keep every function on its own lines: the test compares frame names and line numbers.
"use strict";
const tick = () => null;

async function declaration() {
  await tick();
  throw new Error("declaration");
}
async function declarationBeforeAwait() {
  throw new Error("declaration before await");
}

class K {
  async m() {
    await tick();
    throw new Error("method");
  }
  static async s() {
    await tick();
    throw new Error("static method");
  }
  async 'quoted name'() {
    await tick();
    throw new Error("string key");
  }
  async mBeforeAwait() {
    throw new Error("method before await");
  }
}
class Base {
  hello() {
    return "hello";
  }
}
class Derived extends Base {
  async usesSuper() {
    await tick();
    throw new Error(super.hello());
  }
}

const o = {
  async om() {
    await tick();
    throw new Error("object method");
  },
  inferred: async function () {
    await tick();
    throw new Error("inferred from a key");
  },
};

const arrow = async () => {
  await tick();
  throw new Error("arrow");
};
const expressionArrow = async (x) => (await x).missing.property;
const member = {};
member.assigned = async () => {
  await tick();
  throw new Error("arrow assigned to a member");
};
const functionExpression = async function () {
  await tick();
  throw new Error("function expression");
};
const namedExpression = async function own() {
  await tick();
  throw new Error("named function expression");
};
function callWith(f) {
  return f();
}

async function* generator() {
  yield 1;
  await tick();
  throw new Error("async generator");
}
const generators = {
  async *gm() {
    await tick();
    throw new Error("async generator method");
  },
};
async function consume(iterable) {
  for await (const x of iterable) {
    void x;
  }
}

// A chain of lowered callers: with --async-stack-traces, each shows as an `at async` frame.
async function outer() {
  await middle();
}
async function middle() {
  await new K().m();
}

// A throw before the first await of a callee that the caller runs synchronously, in a chain.
async function syncTop() {
  await syncOuter();
}
async function syncOuter() {
  await tick();
  await syncInner();
}
async function syncInner() {
  throw new Error("thrown synchronously inside an awaited chain");
}

// A native async function (compiled at run time, so never lowered) that lowered code awaits.
const nativeLibrary = Function("return async function library() { await null; throw new Error('native'); }")();
async function libraryTop() {
  await libraryCaller();
}
async function libraryCaller() {
  await tick();
  await nativeLibrary();
}

module.exports = [
  ["declaration", () => declaration()],
  ["declaration, before its first await", () => declarationBeforeAwait()],
  ["class method", () => new K().m()],
  ["static method", () => K.s()],
  ["string key", () => new K()["quoted name"]()],
  ["method, before its first await", () => new K().mBeforeAwait()],
  ["method using super", () => new Derived().usesSuper()],
  ["object method", () => o.om()],
  ["function named by its key", () => o.inferred()],
  ["arrow", () => arrow()],
  ["arrow with an expression body", () => expressionArrow({})],
  ["arrow assigned to a member", () => member.assigned()],
  ["anonymous arrow", () => callWith(async () => {
    await tick();
    throw new Error("anonymous arrow");
  })],
  ["function expression", () => functionExpression()],
  ["named function expression", () => namedExpression()],
  ["async generator", () => consume(generator())],
  ["async generator method", () => consume(generators.gm())],
  ["a chain of callers", () => outer()],
  ["a synchronous throw in a chain", () => syncTop()],
  ["a native callee", () => libraryTop()],
];
