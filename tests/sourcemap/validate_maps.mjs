// Validates async2gen's source maps with @jridgewell/trace-mapping (pinned in package-lock.json).
// For every fixture input (and a multi-byte / astral sample), the binary writes an external map;
// then, for each token of the generated user code:
//  - a user identifier maps exactly (same line, same UTF-16 column) to the same identifier;
//  - `(yield` maps to the `await` it replaced; every mapping points inside the source;
//  - no line moves: a token that comes from the source maps to its own line.
// Usage: node validate_maps.mjs ASYNC2GEN NODE_MODULES FIXTURES_DIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

// Or: node validate_maps.mjs --tree INPUT_DIR OUTPUT_DIR NODE_MODULES  checks the outputs and maps
// that `async2gen -d OUTPUT_DIR INPUT_DIR --source-maps` wrote (for example over real npm packages).
const treeMode = process.argv[2] === '--tree';
const [bin, nodeModules, fixturesDir] = treeMode ? [null, process.argv[5], null] : process.argv.slice(2);

// A map chained through the input's own map points into the original sources: every mapping
// must lie inside the sourcesContent it names.
function checkChained(mapJson) {
  const problems = [];
  const json = JSON.parse(mapJson);
  const contents = (json.sourcesContent || []).map((c) => (c == null ? null : lines(c)));
  eachMapping(new TraceMap(json), (m) => {
    if (m.source === null) return;
    const index = json.sources.findIndex((s) => m.source.endsWith(s));
    const src = contents[index];
    if (!src) return;
    const line = src[m.originalLine - 1];
    if (line === undefined || m.originalColumn > line.length) {
      problems.push(`chained mapping ${m.generatedLine}:${m.generatedColumn} points outside ${m.source}`);
    }
  });
  return problems;
}

async function checkTree(inputDir, outputDir) {
  let passed = 0;
  let failed = 0;
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
  for (const input of walk(inputDir).filter((f) => /\.[cm]?js$/.test(f)).sort()) {
    const output = path.join(outputDir, path.relative(inputDir, input));
    if (!fs.existsSync(output + '.map')) continue;
    const mapJson = fs.readFileSync(output + '.map', 'utf8');
    const chained = /\/[/@][#@] sourceMappingURL=/.test(fs.readFileSync(input, 'utf8').slice(-2000)) &&
      JSON.parse(mapJson).sources.every((s) => s !== path.basename(input));
    const problems = chained ? checkChained(mapJson) : checkOne(input, fs.readFileSync(input, 'utf8'),
      fs.readFileSync(output, 'utf8'), mapJson);
    if (problems.length === 0) passed++;
    else {
      failed++;
      console.log(`FAIL ${input}\n  ${problems.slice(0, 3).join('\n  ')}`);
    }
  }
  console.log(`sourcemaps (tree): ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

if (!treeMode && (!bin || !nodeModules || !fixturesDir)) {
  console.error('usage: node validate_maps.mjs ASYNC2GEN NODE_MODULES FIXTURES_DIR');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(nodeModules ?? '.'), 'noop.js'));
const { TraceMap, originalPositionFor, eachMapping } = require('@jridgewell/trace-mapping');

// Names and punctuation the transpiler itself writes.
const inserted = new Set(['return', 'function', 'yield', 'this', 'arguments', 'void', 'new', 'target', 'const',
  'call', 'k', 'v', 'super', 'use', 'strict', 'rt', 'if']);
const isInserted = (t) => inserted.has(t) || t.startsWith('__async') || !/^[A-Za-z_$]/.test(t);

// Line texts split on \n (a \r stays at the end of a line and is not a token).
const lines = (text) => text.split('\n');
// UTF-16 column of each token start: JS strings are UTF-16 already.
function* tokens(line) {
  // The same token boundaries as the map writer: runs of word characters, or single punctuators.
  const re = /[\w$\u{80}-\u{10FFFF}]+|\S/gu;
  for (let m; (m = re.exec(line));) yield { text: m[0], column: m.index };
}

function tokenAt(lineText, column) {
  for (const t of tokens(lineText)) if (t.column === column) return t.text;
  return null;
}

function checkOne(name, source, output, mapJson) {
  const problems = [];
  const map = new TraceMap(mapJson);
  const src = lines(source);
  const gen = lines(output);
  // Tokens copied from the source get a segment of their own; text the transpiler inserted has
  // one segment at its start (mapped to where it was inserted) and is not checked token by token.
  const segments = new Set();
  eachMapping(map, (m) => {
    segments.add(`${m.generatedLine}:${m.generatedColumn}`);
    if (m.originalLine === null) return;
    const line = src[m.originalLine - 1];
    if (line === undefined || m.originalColumn > line.length) {
      problems.push(`mapping ${m.generatedLine}:${m.generatedColumn} points outside the source`);
    }
  });
  const helperLine = gen.findIndex((l) => l.startsWith('// async2gen runtime'));
  const userLines = helperLine < 0 ? gen.length : helperLine;
  for (let i = 0; i < userLines; i++) {
    for (const t of tokens(gen[i])) {
      if (gen[i].startsWith('//# sourceMappingURL')) break;
      const pos = originalPositionFor(map, { line: i + 1, column: t.column });
      if (pos.line === null) {
        problems.push(`${i + 1}:${t.column} '${t.text}' has no mapping`);
        continue;
      }
      const original = tokenAt(src[pos.line - 1] ?? '', pos.column);
      // A rewritten await starts an edit of its own (a segment exactly there); `(yield` inside
      // other inserted text (a for await head) does not.
      if (t.text === '(' && gen[i].startsWith('(yield', t.column) && segments.has(`${i + 1}:${t.column}`)) {
        // `return v` in an async generator becomes `{ var __async_v = (yield __async_await(v)); ...`.
        const inserted = /\bvar __async\d*_v =\s*$/.test(gen[i].slice(0, t.column)) && /^\(yield __async\d*_await\(/.test(gen[i].slice(t.column));
        if (original !== 'await' && original !== '(' && !inserted) {
          problems.push(`${i + 1}:${t.column} '(yield' maps to '${original}', not 'await'`);
        }
        continue;
      }
      const exact = segments.has(`${i + 1}:${t.column}`);
      // A line the transpiler left alone must map token by token onto itself.
      if (!exact && gen[i] === src[i]) {
        problems.push(`${i + 1}:${t.column} '${t.text}' on an unchanged line has no segment of its own`);
        continue;
      }
      if (isInserted(t.text) || !exact) continue;
      if (original !== t.text) {
        problems.push(`${i + 1}:${t.column} '${t.text}' maps to ${pos.line}:${pos.column} '${original}'`);
      } else if (pos.line !== i + 1) {
        problems.push(`${i + 1}:${t.column} '${t.text}' moved from line ${pos.line}`);
      }
      if (problems.length > 5) return problems;
    }
  }
  return problems;
}

if (treeMode) {
  await checkTree(process.argv[3], process.argv[4]);
  process.exit(process.exitCode ?? 0);
}

const samples = [];
for (const category of fs.readdirSync(fixturesDir).sort()) {
  const dir = path.join(fixturesDir, category);
  if (!fs.statSync(dir).isDirectory()) continue;
  for (const name of fs.readdirSync(dir).sort()) {
    const input = path.join(dir, name, 'input.js');
    if (fs.existsSync(input) && fs.existsSync(path.join(dir, name, 'output.js'))) samples.push([`${category}/${name}`, fs.readFileSync(input, 'utf8')]);
  }
}
samples.push(['multibyte-and-astral', [
  'const é = "ü€😀"; async function 名前(😀x = "😀😀") {',
  '  const 🍕 = 1, ß = await é.length + await "😀".length; return [名前, ß];',
  '}',
  'const arrow = async (ä) => await ä + "😀" + await 名前();',
  '',
].join('\n')]);

// One batch run (-d) writes every output and map; then each is checked.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'a2g-maps-'));
const inputs = path.join(tmp, 'in');
const outputs = path.join(tmp, 'out');
samples.forEach(([name, source], i) => {
  fs.mkdirSync(path.join(inputs, String(i)), { recursive: true });
  fs.writeFileSync(path.join(inputs, String(i), 'input.js'), source);
});
try {
  // --top-level-await changes only files that would otherwise be refused (options/top-level-await-commonjs).
  execFileSync(bin, ['-d', outputs, inputs, '--source-maps', '--top-level-await', '-q'], { stdio: ['ignore', 'ignore', 'pipe'] });
} catch (e) {
  console.log(`async2gen failed: ${e.stderr}`);
}
let passed = 0;
let failed = 0;
samples.forEach(([name, source], i) => {
  const output = path.join(outputs, String(i), 'input.js');
  if (!fs.existsSync(output) || !fs.existsSync(output + '.map')) {
    failed++;
    console.log(`FAIL ${name}: no output or map written`);
    return;
  }
  const problems = checkOne(name, source, fs.readFileSync(output, 'utf8'), fs.readFileSync(output + '.map', 'utf8'));
  if (problems.length === 0) passed++;
  else {
    failed++;
    console.log(`FAIL ${name}\n  ${problems.slice(0, 5).join('\n  ')}`);
  }
});
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`sourcemaps: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
