// Output size: async2gen (helpers inline, as each file gets them by default; and with
// --assume plain-functions) beside esbuild and Babel, for the inputs in size/ and the seed example:
// raw, minified (esbuild --minify, as the issue measured) and minified + gzipped bytes.
//   node tests/bench/size.mjs [--bin build/release/src/async2gen]
// Needs tests/bench/node_modules (`npm ci` there); prints a Markdown table.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const require = createRequire(path.join(here, "package.json"));
const args = process.argv.slice(2);
const bin = args.includes("--bin") ? args[args.indexOf("--bin") + 1] : path.join(root, "build/release/src/async2gen");

const inputs = [
  ["one exported async function", path.join(here, "size/one-function.js")],
  ["the seed example", path.join(root, "fixtures/seed/fetch-user-data/input.js")],
  ["an async generator with yield*, return()/throw(), queued next()", path.join(here, "size/async-generator.js")],
];

const esbuild = require("esbuild");
const babel = require("@babel/core");
const isModule = (src) => /^\s*(import|export)\b/m.test(src);
const tools = {
  async2gen: (file) => execFileSync(bin, [file], { encoding: "utf8" }),
  "async2gen --assume plain-functions": (file) => execFileSync(bin, ["--assume", "plain-functions", file], { encoding: "utf8" }),
  esbuild: (file, src) =>
    esbuild.transformSync(src, {
      loader: "js",
      supported: { "async-await": false, "async-generator": false, "for-await": false },
    }).code,
  Babel: (file, src) =>
    babel.transformSync(src, {
      babelrc: false,
      configFile: false,
      filename: file,
      sourceType: isModule(src) ? "module" : "script",
      plugins: [
        require.resolve("@babel/plugin-transform-async-generator-functions"),
        require.resolve("@babel/plugin-transform-async-to-generator"),
      ],
    }).code,
};
const minify = (code) => esbuild.transformSync(code, { loader: "js", minify: true }).code;

const sizes = (code) => {
  const min = minify(code);
  return [Buffer.byteLength(code), Buffer.byteLength(min), zlib.gzipSync(min, { level: 9 }).length];
};
const names = Object.keys(tools);
console.log(`| input | bytes | ${names.map((n) => `${n} raw / min / min+gz`).join(" | ")} |`);
console.log(`|---|---:|${names.map(() => "---:").join("|")}|`);
for (const [label, file] of inputs) {
  const src = fs.readFileSync(file, "utf8");
  const cells = names.map((n) => sizes(tools[n](file, src)).map((v) => v.toLocaleString("en-US")).join(" / "));
  console.log(`| ${label} | ${Buffer.byteLength(src)} | ${cells.join(" | ")} |`);
}
