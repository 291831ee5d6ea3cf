// Checks that a tool's outputs are really lowered and still parse.
//
//   node verify-worker.mjs JOB.json RESULT.json
//
// JOB.json: {"items": [[rel, outputPath], ...]}. Every output is parsed with a real parser
// (oxc-parser, else @babel/parser) with the source type given by the input's extension
// (.mjs module, .cjs CommonJS, .js unambiguous), and the tree is walked for anything async
// that is left: a function, arrow or method with async set, an AwaitExpression, or a for await.
// RESULT.json: {"parser": name, "bad": {rel: {kind: "missing"|"unparseable"|"async-left", detail}},
// "checked": n, "bytes": total output bytes}.
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const kindOf = (file) => (file.endsWith(".mjs") ? "module" : file.endsWith(".cjs") ? "commonjs" : "unambiguous");

function loadParser() {
  try {
    const oxc = require("oxc-parser");
    return {
      name: "oxc-parser " + require("oxc-parser/package.json").version,
      parse(rel, code) {
        const r = oxc.parseSync(rel.replace(/\.[cm]?js$/, ".js"), code, { sourceType: kindOf(rel), lang: "js" });
        if (r.errors.length) {
          const e = r.errors[0];
          const at = e.labels && e.labels[0] ? ` at offset ${e.labels[0].start}` : "";
          throw new Error(e.message + at);
        }
        return r.program;
      },
    };
  } catch {}
  const babel = require("@babel/parser");
  return {
    name: "@babel/parser " + require("@babel/parser/package.json").version,
    parse(rel, code) {
      const k = kindOf(rel);
      return babel.parse(code, {
        sourceType: k === "commonjs" ? "script" : k,
        allowReturnOutsideFunction: k !== "module",
        errorRecovery: false,
      }).program;
    },
  };
}

// The first async construct in the tree, or null.
export function findAsync(root) {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      for (let i = n.length - 1; i >= 0; i--) if (n[i] && typeof n[i] === "object") stack.push(n[i]);
      continue;
    }
    const t = n.type;
    if (typeof t === "string") {
      if (n.async === true) return `async ${t}${n.start != null ? " at offset " + n.start : ""}`;
      if (t === "AwaitExpression") return `await at offset ${n.start}`;
      if (t === "ForOfStatement" && n.await === true) return `for await at offset ${n.start}`;
    }
    for (const k in n) {
      if (k === "parent" || k === "loc" || k === "comments" || k === "tokens") continue;
      const v = n[k];
      if (v && typeof v === "object" && !(v instanceof RegExp)) stack.push(v);
    }
  }
  return null;
}

function main([jobFile, resultFile]) {
  const { items } = JSON.parse(fs.readFileSync(jobFile, "utf8"));
  const parser = loadParser();
  const bad = {};
  let bytes = 0;
  for (const [rel, out] of items) {
    let code;
    try {
      code = fs.readFileSync(out, "utf8");
    } catch {
      bad[rel] = { kind: "missing", detail: "no output file" };
      continue;
    }
    bytes += Buffer.byteLength(code);
    let program;
    try {
      program = parser.parse(rel, code);
    } catch (e) {
      bad[rel] = { kind: "unparseable", detail: String(e.message || e).split("\n")[0].slice(0, 200) };
      continue;
    }
    const left = findAsync(program);
    if (left) bad[rel] = { kind: "async-left", detail: left };
  }
  fs.writeFileSync(resultFile, JSON.stringify({ parser: parser.name, bad, checked: items.length, bytes }));
}

main(process.argv.slice(2));
