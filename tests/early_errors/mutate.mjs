// mutate.mjs - seeded mutations of JavaScript programs around async syntax, for the early
// errors oracle (oracle.mjs). A rough tokenizer splits a program into tokens; a mutation inserts,
// deletes, replaces, swaps or copies tokens, mostly from a vocabulary of async-related syntax,
// or changes the blanks before a token (line breaks matter for ASI and `async`). Whether the
// result is valid is for node to decide, so the tokenizer only needs to be roughly right.

// A small deterministic PRNG (mulberry32).
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const PUNCTUATORS = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=',
  '&=', '|=', '^=', '<<', '>>', '**',
  '{', '}', '(', ')', '[', ']', ';', ',', '<', '>', '+', '-', '*', '/', '%', '&', '|', '^', '!',
  '~', '?', ':', '=', '.', '@', '#',
];

// Tokens as {text, before}: `before` holds the blanks and comments in front of the token.
export function tokenize(src) {
  const tokens = [];
  let i = 0;
  let before = '';
  const regexAllowed = () => {
    const prev = tokens.length ? tokens[tokens.length - 1].text : '';
    if (prev === '' || prev === ')' || prev === ']' || prev === '}') return prev !== ')' && prev !== ']';
    if (/^[\w$#\\]/.test(prev)) return /^(return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/.test(prev);
    return !/^["'`\d]/.test(prev);
  };
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      before += c;
      i++;
    } else if (src.startsWith('//', i) || (i === 0 && src.startsWith('#!'))) {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      before += src.slice(i, stop);
      i = stop;
    } else if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      before += src.slice(i, stop);
      i = stop;
    } else {
      let j = i + 1;
      if (c === '"' || c === "'") {
        while (j < src.length && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
        j++;
      } else if (c === '`') {
        let depth = 0;
        while (j < src.length) {
          if (src[j] === '\\') j += 2;
          else if (depth === 0 && src[j] === '`') break;
          else if (src.startsWith('${', j)) {
            depth++;
            j += 2;
          } else {
            if (depth > 0 && src[j] === '}') depth--;
            j++;
          }
        }
        j++;
      } else if (c === '/' && regexAllowed()) {
        let cls = false;
        while (j < src.length && src[j] !== '\n' && (src[j] !== '/' || cls)) {
          if (src[j] === '\\') j++;
          else if (src[j] === '[') cls = true;
          else if (src[j] === ']') cls = false;
          j++;
        }
        j++;
        while (j < src.length && /\w/.test(src[j])) j++;
      } else if (/[\d]/.test(c) || (c === '.' && /\d/.test(src[i + 1] ?? ''))) {
        while (j < src.length && /[\w.]/.test(src[j])) j++;
      } else if (/[\w$\\#]/.test(c) || c.charCodeAt(0) > 127) {
        while (j < src.length && (/[\w$\\]/.test(src[j]) || src.charCodeAt(j) > 127)) {
          j += src[j] === '\\' ? 2 : 1;
        }
      } else {
        const p = PUNCTUATORS.find((q) => src.startsWith(q, i));
        j = i + (p ? p.length : 1);
      }
      tokens.push({ text: src.slice(i, Math.min(j, src.length)), before });
      before = '';
      i = Math.min(j, src.length);
    }
  }
  tokens.push({ text: '', before }); // the end, with what trails the last token
  return tokens;
}

export function untokenize(tokens) {
  return tokens.map((t) => t.before + t.text).join('');
}

// Single tokens that async syntax is made of, or that interacts with it.
const VOCABULARY = [
  'async', 'async', 'async', 'await', 'await', 'await', 'yield', 'yield', '*', '*', 'function', 'for', 'of', 'in',
  'let', 'let', 'const', 'var', '(', ')', '{', '}', '[', ']', ',', ';', ':', '=>', '=>', '=', '...', 'super', '.',
  'class', 'static', 'extends', 'constructor', 'get', 'set', 'new', 'target', 'arguments', 'this', 'return', 'L',
  'L:', 'break', 'continue', 'x', 'a', '0', '#p', 'delete', 'typeof', 'eval', 'if', 'else', 'while', 'do', 'try',
  'catch', 'finally', '"use strict";', 'import', 'export', 'default', 'of', 'using', 'undefined', 'aw\\u0061it',
  '\\u0061sync', 'yi\\u0065ld', '?', '?.', '++', '**', '+', 'in', 'with', 'throw', 'switch', 'case',
];

// Snippets of async syntax inserted whole.
const SNIPPETS = [
  'await x', 'await 0;', 'async () => {}', 'async x => x', 'async (a, b) => await a', 'async function f() {}',
  'async function* g() { yield 1; }', 'for await (const x of y) {}', 'for await (x of y);', 'L: ', 'L: for (;;) {}',
  '"use strict";', 'super.x', 'super()', 'let ', 'let\n', 'yield', 'yield*', 'async *m() {}', 'async m() {}',
  'static { }', 'static async m() {}', '(a, a)', '(a = await x)', '(...a)', '({ a } = {})', 'new.target',
  'arguments', 'class C extends B { constructor() { super(); } }', 'class { async m() { await 1; } }',
  'function* g() {}', '() => await', 'await using x = y;', 'using x = y;', 'break L;', 'continue L;',
  'for (await using x of y) {}', '{ await using x = y; }', 'await using ', 'using ',
  'if (x) ', 'while (x) ', '#p = 1;', 'this.#p', 'export default async function () {}', 'import x from "y";',
  '\n', '\n', 'async\n', 'await\n', ' => ', 'get ', 'set ', 'constructor', 'var await;', 'let yield;',
];

// A mutation of `tokens` (the last token is the end marker and is kept).
function mutateOnce(tokens, r) {
  const n = tokens.length - 1;
  const at = () => r.int(n + 1); // a position before token `at` (n: at the end)
  const blank = () => (r.chance(0.15) ? '\n' : ' ');
  const vocabPositions = () => tokens.slice(0, n).map((t, k) => (VOCABULARY.includes(t.text) ? k : -1)).filter((k) => k >= 0);
  const choice = r.int(100);
  if (choice < 22) {
    tokens.splice(at(), 0, { text: r.pick(VOCABULARY), before: blank() });
  } else if (choice < 37) {
    tokens.splice(at(), 0, ...tokenize(r.pick(SNIPPETS)).map((t, k) => ({ ...t, before: k === 0 ? blank() : t.before })).filter((t) => t.text !== '' || t.before !== ''));
  } else if (choice < 57 && n > 0) {
    const vp = vocabPositions();
    const k = vp.length && r.chance(0.7) ? r.pick(vp) : r.int(n);
    tokens.splice(k, 1);
  } else if (choice < 70 && n > 0) {
    const vp = vocabPositions();
    const k = vp.length && r.chance(0.6) ? r.pick(vp) : r.int(n);
    tokens[k] = { text: r.pick(VOCABULARY), before: tokens[k].before };
  } else if (choice < 80 && n > 1) {
    const k = r.int(n - 1);
    const a = tokens[k].text;
    tokens[k] = { ...tokens[k], text: tokens[k + 1].text };
    tokens[k + 1] = { ...tokens[k + 1], text: a };
  } else if (choice < 90 && n > 0) {
    const k = r.int(n);
    const len = 1 + r.int(Math.min(6, n - k));
    const copy = tokens.slice(k, k + len).map((t) => ({ ...t }));
    tokens.splice(at(), 0, ...copy);
  } else if (n > 0) {
    const k = r.int(n);
    tokens[k] = { ...tokens[k], before: tokens[k].before.includes('\n') ? ' ' : '\n' };
  }
}

// An endless stream of mutated programs (1 to 3 mutations each) of programs picked from `bases`.
export function* mutations(bases, seed) {
  const r = rng(seed);
  const tokenized = new Map();
  for (;;) {
    const base = r.pick(bases);
    if (!tokenized.has(base)) tokenized.set(base, tokenize(base));
    const tokens = tokenized.get(base).map((t) => ({ ...t }));
    const times = 1 + r.int(3);
    for (let k = 0; k < times; k++) mutateOnce(tokens, r);
    yield untokenize(tokens);
  }
}

// Small programs full of async syntax in every context that changes its meaning: the bases
// that most mutations start from (the fixture inputs are the others).
export const SEEDS = [
  'async function f(a, b = 1) { await a; return await b; }',
  'async function f() { for await (const x of xs) { await x; } }',
  'async function* g() { yield 1; yield* h(); await 2; return 3; }',
  'const f = async (a) => { await a; };',
  'const f = async a => await a;',
  'const f = async () => { const g = () => this; return g; };',
  'class C { async m() { await super.m(); } static async s() { return super.s; } }',
  'class C extends B { constructor() { super(); const f = async () => { await this.x; }; } }',
  'class C { async *m() { yield await 1; } static { var x = 1; } }',
  'class C { #p = 1; async #m() { return this.#p; } x = async () => this.#p; }',
  'const o = { async m() { await 1; }, async *g() { yield 1; }, async: 1, await: 2 };',
  'var await = 1; function f() { return await; } async function g() { return f(); }',
  'function* g() { var f = async () => { await 0; }; yield f; }',
  'async function f() { L: for await (const x of y) { if (x) break L; else continue L; } }',
  'async function f() { try { await x; } catch (e) { await e; } finally { await 0; } }',
  'async function f() { let x = await 1; const y = await 2; var z = await 3; { let w = await 4; } }',
  '"use strict"; async function f() { await 0; }',
  'async function f() { "use strict"; await 0; }',
  'label: { async function f() {} }',
  'if (x) { async function f() {} } else { async function g() {} }',
  'async function f() { class A { [await 1]() {} } }',
  'async function f() { switch (await x) { case await y: break; default: } }',
  'async function f() { for (let i = 0; i < await n; i++) await i; }',
  'async function f() { for (const k in await o) await k; }',
  'async function f() { return (await a) ** 2; }',
  'async function f() { return await a ? await b : await c; }',
  'async function f(...rest) { return [...await rest]; }',
  'async function f({ a, b: [c] } = {}) { return await a; }',
  'async function f() { await new Promise((r) => setTimeout(r)); }',
  'async function f() { const { a, ...b } = await x; [a, b] = await y; }',
  'async function f() { await (async () => { await 1; })(); }',
  'async function f() { return async function () { return async () => await 1; }; }',
  'async function f() { new.target; arguments; this; }',
  'const f = async function named() { return named; };',
  'export async function f() { await 1; }',
  'export default async function () { await 1; }',
  'import x from "y"; export const f = async () => await x;',
  'async function f() { with (o) { } }',
  'async function f() { x = await y; x += await y; x ||= await y; }',
  'async function f() { await x?.y; await x?.[y]; await x?.(); }',
  'async function f() { `${await x}`; tag`${await y}`; }',
  'async function f() { delete (await x).y; typeof await x; void await x; }',
  'async function f() { (await x)++; }',
  'async function f() { for await (x.y of z); for await ([a, b] of c); }',
  'async function f() { for await (let [a, b] of c); for await (var { d } of e); }',
  'async function f() { outer: while (true) { inner: do { break outer; } while (false); } }',
  'class A { static async *[Symbol.iterator]() {} async "m"() {} async 0() {} async [k]() {} }',
  'class A { static { this.x = async () => await 1; } }',
  'class A extends B { async m() { return super.m; } m2() { return async () => super.m2(); } }',
  'var o = { async [await_]() {}, get async() { return 1; }, set await(v) {} };',
  'async function f() { const async = 1; return async; }',
  'async function f() { async function g() { await 0; } return g; }',
  'function f() { async function g() { await 0; } return g; }',
  '(async () => { await 1; })();',
  '(async function () { await 1; })();',
  '(async function* () { yield await 1; })();',
  'async function f(a, b) { "use strict"; return a + b; }',
  'async (a, b) => { "use strict"; };',
  'var async = 1; async\nfunction f() {}',
  'var yield = 1; async function f() { return 1; }',
  'async function f() { return { await: 1, yield: 2 }.await; }',
  'async function f() { let x; x = async () => { let y = await x; }; }',
  'async function f() { try {} catch ({ a }) { await a; } }',
  'async function f() { try {} catch { await 0; } }',
  'class A { async constructor2() {} static async constructor() {} }',
  'class A { async ["constructor"]() {} }',
  'class A { static async prototype2() {} }',
  'async function f() { for (await x of y); }',
  'async function f() { for (var x = 0 in y); }',
  'async function f() { for (let of of y); for (const async of y); }',
  'async function f() { for (async of => {}; x; ) break; }',
  'async function f() { (async) => 1; async => 2; (await) => 3; }',
  'async function f() { await await await x; }',
  'async function f() { !await x; -await x; ~await x; }',
  'async function f() { a = b ? await c : d; }',
  'async function f() { if (a) L: for (;;) { await b; } }',
  'function f() { return async function await2() { yield: 1; }; }',
  'function f() { var await; async function g() {} }',
  'async function f(a = async () => await 1) {}',
  'async function f(a = function () { await; }) {}',
  'async function f() { var f = function await() {}; }',
  'async function f() { class await2 {} let x = class { await = 1; }; }',
  'async function f() { let a = b\nawait c; }',
  'async function f() { const a = 1\n;[await b]; }',
  'async function f() { return\nawait x; }',
  'async function f() { await\nx; }',
  'async function f() { x = async\nfunction () {}; }',
  'async function f() { x = async\n() => 1; }',
  'async function f() { using x = y; }',
  'async function f() { await using x = y; }',
  'async function f() { { await using a = x, b = y; using c = z; } }',
  'async function f() { for (await using x of y) { await x; } }',
  'async function f() { for await (await using x of y) {} }',
  'async function f() { for (await using x = y; ;) break; }',
  'async function* g() { await using x = y; yield x; }',
  'async () => { using x = y; await using z = w; }',
  'function f() { using x = y; { using z = w; } }',
  'async function f() { switch (x) { case 1: { await using y = z; } } }',
  'async function f() { await using x = null; for (using y of z) {} }',
  'class C { static { function f() { var await; } } }',
  'class C { static { () => { await: 1; }; } }',
  'var f = undefined => x; async function g() { await f(); }',
  'async function* g() { for await (const x of y) yield x; }',
  'async function* g() { const a = yield; const b = yield* c; }',
  'async function* g() { yield\n* 1; }',
  'function* g() { async function f() { await 1; } yield f; }',
  'async function f() { super.x; }',
  'async function f() { let { await: a } = {}; }',
  'async function f() { ({ async, await: x } = {}); }',
  'async function f() { a: b: c: await 1; }',
  'async function f() { do await x; while (await y); }',
  'async function f() { if (await x) await y; else await z; }',
  'async function f() { while (await x) await y; }',
  'async function f() { throw await x; }',
  'async function f() { return new (await X)(); }',
  'async function f() { return (await import("x")).default; }',
  'async function f() { return await import.meta; }',
  'async function f() { x = { __proto__: 1, __proto__: 2 }; }',
  'async function f() { let x = 010; }',
  'async function f() { "use strict"; let x = 010; }',
];
