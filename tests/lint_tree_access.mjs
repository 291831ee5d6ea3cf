#!/usr/bin/env node
// Fails when code under src/ calls a tree-sitter lookup that walks the tree directly, or indexes
// children with a variable index, instead of the counted wrappers of src/core/parse.cpp
// (slow_parent, ...) or a cursor (for_each_child, named_children): such a call per node makes the
// work quadratic in the size or the depth of the input (tests/unit/scaling_test.cpp counts the
// wrapped calls and checks that their number does not grow with the input).
//   node tests/lint_tree_access.mjs [SRC_DIR]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "../src");
const walking = /ts_node_parent\(|ts_node_(next|prev)_(named_)?sibling\(|ts_node_(named_)?descendant_for_(byte|point)_range\(|ts_node_child_with_descendant\(/;
// ts_node_child(n, i) / ts_node_named_child(n, i) with an index other than 0
const indexed = /ts_node_(named_)?child\([^,()]+,\s*(?!\s|0\s*\))[^)]*\)/;
// parse.cpp holds the wrappers, and node_end's walk down the last children (remembered)
const allowed = new Set(["parse.cpp"]);

const found = [];
let files = 0;
function visit(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) visit(p);
    else if (/\.(cpp|hpp|h|cc)$/.test(e.name) && !allowed.has(e.name)) {
      files++;
      fs.readFileSync(p, "utf8").split("\n").forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, "");
        if (walking.test(code) || indexed.test(code)) found.push(`${p}:${i + 1}: ${line.trim()}`);
      });
    }
  }
}
visit(root);
if (found.length) {
  console.error("tree lookups that walk the tree, or children indexed by a variable (use slow_parent & co. where it is " +
                "rare, else the walk's NodePath or a cursor):\n" + found.join("\n"));
  console.log(`0 passed, 1 failed`);
  process.exit(1);
}
if (files === 0) {
  console.error(`no sources under ${root}`);
  process.exit(1);
}
console.log(`${files} files: no direct tree-walking lookups`);
