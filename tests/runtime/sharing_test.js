// Inline runtimes where files reach each other: (1) an ES module of an import cycle whose exported
// async functions another module calls before the module's first line runs (the entry points are
// hoisted functions there); (2) scripts that share one global scope, each with its own inline
// runtime and other sections, calling each other's async functions and generators later.
// Each runs natively and transpiled (inline helpers); the outputs must be the same.
// Usage: node sharing_test.js path/to/async2gen
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const vm = require("vm");

const binary = process.argv[2];
if (!binary) {
  console.error("usage: node sharing_test.js path/to/async2gen");
  process.exit(2);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "a2g-sharing-"));
let failed = 0;
function compare(name, native, lowered) {
  if (native === lowered) return console.log(`ok ${name}`);
  failed++;
  console.log(`FAIL ${name}\n  native:  ${JSON.stringify(native)}\n  lowered: ${JSON.stringify(lowered)}`);
}
function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

// (1) b.mjs runs first and calls a.mjs's exports.
const modules = {
  "main.mjs": `import "./a.mjs";\n`,
  "a.mjs": `import { fromB } from "./b.mjs";
export async function load(x) { const inner = async (y) => (await y) * 2; return (await inner(x)) + 1; }
export async function* count(n) { for (let i = 0; i < n; i++) { await null; yield i; } }
export function plain() { return async function named() { return 5; }; }
console.log("a runs", fromB);
`,
  "b.mjs": `import { load, count, plain } from "./a.mjs";
export const fromB = "b";
load(20).then((v) => console.log("load", v, load.name, load.length, Object.prototype.toString.call(load)));
(async () => { const out = []; for await (const v of count(3)) out.push(v); console.log("count", out.join()); })();
plain()().then((v) => console.log("plain", v, plain().name));
console.log("b runs");
`,
};
for (const [name, text] of Object.entries(modules)) write(path.join(dir, "src", name), text);
execFileSync(binary, ["-q", "-d", path.join(dir, "out"), path.join(dir, "src")]);
const runModule = (sub) => execFileSync(process.execPath, [path.join(dir, sub, "main.mjs")], { encoding: "utf8" });
compare("an import cycle calls exported async functions before the module's first line", runModule("src"), runModule("out"));

// (2) Scripts with different sections, loaded one after another into one global scope.
const scripts = [
  `async function* gen1() { yield 1; await null; yield 2; }
class K { async *m(n) { await null; yield n; yield n + 1; } }
var early = gen1(), k = new K();`,
  `async function plain2() { return (await 1) + 1; }`,
  `async function* gen3() { await null; yield* [1, 2]; for await (const v of [3]) yield v; }`,
];
const driver = `(async () => {
  const log = [];
  for await (const v of gen1()) log.push(v);
  for await (const v of early) log.push(v);
  for await (const v of k.m(5)) log.push(v);
  log.push(Object.getPrototypeOf(k.m(1)) === K.prototype.m.prototype, await plain2());
  for await (const v of gen3()) log.push(v);
  return log.join();
})()`;
async function runScripts(texts) {
  const context = vm.createContext({});
  texts.forEach((text, i) => vm.runInContext(text, context, { filename: `s${i}.js` }));
  try {
    return await vm.runInContext(driver, context);
  } catch (e) {
    return `threw ${e && e.message}`;
  }
}
const lowered = scripts.map((text, i) => {
  const file = path.join(dir, `s${i}.js`);
  fs.writeFileSync(file, text);
  return execFileSync(binary, ["--module-kind", "cjs", file], { encoding: "utf8" });
});
(async () => {
  compare("scripts sharing a global scope call each other's async functions and generators",
    await runScripts(scripts), await runScripts(lowered));
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`sharing: ${2 - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
})();
