#!/usr/bin/env node
// oracle.mjs - node's own parser decides which programs are SyntaxErrors, and async2gen must
// refuse exactly those. The programs: every fixture input (without an `args` file), the seeds of
// mutate.mjs, and `--count` distinct mutations of them; only programs whose text contains `async`
// or `await` as a word count (the others are copied unparsed by design). async2gen runs once per batch of
// files (`-d`, its per-file verdicts read from its JSON diagnostics), and one node process per
// batch (the judge, this file with --judge) asks V8 about each program: as node compiles a
// CommonJS file, or with vm.SourceTextModule when the file is an ES module by async2gen's rule
// (it has import/export statements; node 22 detects modules the same way).
//
// Usage:
//   node tests/early_errors/oracle.mjs --bin PATH [--node PATH] [--fixtures DIR] [--seed N] [--count K]
//        [--batch B] [--show M] [--keep DIR] [--verbose]
// --node: the node whose parser judges (default: this one); the test suite gives node 24, which
// knows `using` declarations.
// Output: one `DISAGREE kind` block per disagreement (the first --show of them), then
//   `early-errors oracle: P programs, S SyntaxErrors, U unsupported, K skipped (node crashed),
//    D disagreements`. Exit 0 iff D == 0 (2: usage error).
//
// Kinds of disagreement: `accepted-invalid` (node: SyntaxError, async2gen: exit 0),
// `refused-valid` (node: valid, async2gen: a syntax error), `internal` (an internal error),
// `output-invalid` (accepted, but node refuses the output), `crash` (async2gen did not exit 0
// or 1). A valid program refused with a "not supported" error counts as unsupported, not as a
// disagreement; a program on which node itself aborts is skipped.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { SEEDS, mutations } from './mutate.mjs';

const USAGE =
  'usage: node oracle.mjs --bin PATH [--node PATH] [--fixtures DIR] [--seed N] [--count K] [--batch B] [--show M]\n' +
  '                       [--keep DIR] [--verbose]';

function usageError(message) {
  console.error(`oracle: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv) {
  const o = { bin: null, node: process.execPath, fixtures: null, seed: 1, count: 1000, batch: 2000, show: 20, keep: null, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usageError(`${arg} needs a value`));
    const int = () => {
      const v = value();
      if (!/^\d+$/.test(v)) usageError(`${arg} needs a non-negative integer, got '${v}'`);
      return Number(v);
    };
    if (arg === '--bin') o.bin = value();
    else if (arg === '--node') o.node = value();
    else if (arg === '--fixtures') o.fixtures = value();
    else if (arg === '--seed') o.seed = int();
    else if (arg === '--count') o.count = int();
    else if (arg === '--batch') o.batch = Math.max(1, int());
    else if (arg === '--show') o.show = int();
    else if (arg === '--keep') o.keep = value();
    else if (arg === '--verbose') o.verbose = true;
    else usageError(`unknown argument '${arg}'`);
  }
  if (!o.bin) usageError('--bin is required');
  return o;
}

function fixtureInputs(dir) {
  const out = [];
  if (!dir) return out;
  for (const category of fs.readdirSync(dir).sort()) {
    const cdir = path.join(dir, category);
    if (!fs.statSync(cdir).isDirectory()) continue;
    for (const name of fs.readdirSync(cdir).sort()) {
      const file = path.join(cdir, name, 'input.js');
      // (fixtures with an `args` file depend on flags, such as --top-level-await)
      if (fs.existsSync(file) && !fs.existsSync(path.join(cdir, name, 'args'))) out.push(fs.readFileSync(file, 'utf8'));
    }
  }
  return out;
}

const CJS_PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname'];
// The messages V8 gives to import / export statements, `import.meta` and top-level await in a
// CommonJS file: node 22's syntax detection then reads the file as an ES module. async2gen reads
// it so when it has import/export statements or `import.meta`, and refuses top-level await as not
// supported (in modules).
const MODULE_SYNTAX = new RegExp('^(Cannot use import statement outside a module|Unexpected token \'export\'|' +
                                 'Cannot use \'import.meta\' outside a module|' +
                                 'await is only valid in async functions and the top level bodies of modules)$');

// Whether V8 compiles `src` as the body of a CommonJS file (`new Function`: the same parse as
// vm.compileFunction, which can abort node on some errors) or as a module: null, or the message
// of the SyntaxError.
function syntaxError(src, module) {
  try {
    if (module) new vm.SourceTextModule(src);
    else new Function(...CJS_PARAMETERS, src.startsWith('#!') ? '//' + src.slice(2) : src);  // (node allows a hashbang)
    return null;
  } catch (e) {
    return e?.name === 'SyntaxError' ? e.message : null;
  }
}

// V8's verdict: {valid, module, message}.
function nativeVerdict(src) {
  const message = syntaxError(src, false);
  if (message === null) return { valid: true, module: false };
  if (!MODULE_SYNTAX.test(message)) return { valid: false, module: false, message };
  const moduleMessage = syntaxError(src, true);
  return { valid: moduleMessage === null, module: true, message: moduleMessage };
}

// The judge: a child process that gives V8's verdicts on a batch, one JSON line each, on the
// programs and on async2gen's outputs. Node 20 aborts (an assertion in its error decoration) on
// some syntax errors of vm.SourceTextModule; the caller then skips that program and goes on.
function judge(file, start) {
  const items = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (let k = start; k < items.length; k++) {
    const v = nativeVerdict(items[k].src);
    if (items[k].out !== null) v.outputValid = syntaxError(items[k].out, v.module) === null;
    fs.writeSync(1, JSON.stringify(v) + '\n');
  }
}

function judgeBatch(items, work, node) {
  const file = path.join(work, 'judge.json');
  fs.writeFileSync(file, JSON.stringify(items));
  const verdicts = [];
  while (verdicts.length < items.length) {
    const r = spawnSync(node, ['--experimental-vm-modules', '--no-warnings', process.argv[1], '--judge', file,
                                           String(verdicts.length)], { encoding: 'utf8', maxBuffer: 1 << 30 });
    for (const line of r.stdout.split('\n')) if (line) verdicts.push(JSON.parse(line));
    if (r.status !== 0 && verdicts.length < items.length) verdicts.push({ nodeCrashed: true });
  }
  return verdicts;
}

// async2gen on a batch: {name: {messages[], output}}.
function runTool(bin, programs, work) {
  const input = path.join(work, 'in');
  const output = path.join(work, 'out');
  fs.rmSync(input, { recursive: true, force: true });
  fs.rmSync(output, { recursive: true, force: true });
  fs.mkdirSync(input, { recursive: true });
  const names = programs.map((_, k) => `p${String(k).padStart(6, '0')}.js`);
  programs.forEach((src, k) => fs.writeFileSync(path.join(input, names[k]), src));
  // (--no-fast-paths: the whole program is parsed and checked; by default a syntax error in a
  // statement without async syntax is not reported, README "fast paths")
  const r = spawnSync(bin, ['-d', output, input, '--error-format=json', '--color=never', '-j', '2', '--no-fast-paths'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0 && r.status !== 1) {
    // A crash: find the files that cause it by halving the batch.
    if (programs.length === 1) return [{ messages: [], output: null, crash: `${r.status ?? r.signal}: ${r.stderr.slice(0, 500)}` }];
    const half = Math.ceil(programs.length / 2);
    return [...runTool(bin, programs.slice(0, half), work), ...runTool(bin, programs.slice(half), work)];
  }
  const messages = new Map(names.map((n) => [n, []]));
  for (const line of r.stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    const d = JSON.parse(line);
    const name = path.basename(d.file);
    if (messages.has(name)) messages.get(name).push(d);
  }
  return names.map((name) => {
    const file = path.join(output, name);
    return { messages: messages.get(name), output: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null };
  });
}

function classify(program, native, tool) {
  if (tool.crash) return 'crash';
  if (native.nodeCrashed) return 'node-crashed';
  const errors = tool.messages;
  if (!native.valid) return errors.length === 0 ? 'accepted-invalid' : 'agree';
  if (errors.some((d) => d.severity !== 'error')) return 'internal';
  if (errors.length > 0) return errors.every((d) => /not supported/.test(d.message)) ? 'unsupported' : 'refused-valid';
  if (tool.output !== null && native.outputValid === false) return 'output-invalid';
  return 'agree';
}

function main() {
  if (process.argv[2] === '--judge') return judge(process.argv[3], Number(process.argv[4]));
  const o = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const bin = path.resolve(o.bin);
  const fixtures = fixtureInputs(o.fixtures);
  const bases = [...SEEDS, ...fixtures];
  // The bases, then `count` distinct mutated programs: one of two starts from a seed (small),
  // the other from any base.
  const seen = new Set();
  const programs = [];
  // Programs where `async` and `await` occur only inside longer names (may_be_keyword in
  // src/core/source.cpp) have nothing to lower: no case here.
  const word = /(?<![A-Za-z0-9_$\\])(async|await)(?![A-Za-z0-9_$\\])/;
  const add = (p) => {
    if (seen.has(p) || !word.test(p)) return false;
    seen.add(p);
    programs.push(p);
    return true;
  };
  bases.forEach(add);
  const streams = [mutations(SEEDS, o.seed), mutations(bases, o.seed + 1000003)];
  for (let made = 0, tries = 0; made < o.count && tries < 20 * o.count; tries++) {
    if (add(streams[tries % 2].next().value)) made++;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'a2g-oracle-'));
  // A package.json above the inputs: they are CommonJS unless their syntax says otherwise.
  fs.writeFileSync(path.join(work, 'package.json'), '{"type": "commonjs"}\n');
  const counts = { programs: programs.length, syntaxErrors: 0, unsupported: 0, skipped: 0, disagreements: 0 };
  const byKind = {};
  let shown = 0;
  try {
    for (let start = 0; start < programs.length; start += o.batch) {
      const batch = programs.slice(start, start + o.batch);
      const tool = runTool(bin, batch, work);
      const natives = judgeBatch(batch.map((src, k) => ({ src, out: tool[k].output })), work, o.node);
      batch.forEach((program, k) => {
        const native = natives[k];
        const kind = classify(program, native, tool[k]);
        if (kind === 'node-crashed') {
          counts.skipped++;
          return;
        }
        if (!native.valid) counts.syntaxErrors++;
        if (kind === 'unsupported') counts.unsupported++;
        if (kind === 'agree' || kind === 'unsupported') return;
        counts.disagreements++;
        byKind[kind] = (byKind[kind] ?? 0) + 1;
        if (o.keep) {
          fs.mkdirSync(o.keep, { recursive: true });
          fs.writeFileSync(path.join(o.keep, `${kind}-${start + k}.js`), program);
        }
        if (shown++ < o.show) {
          const said = tool[k].crash ? `crashed (${tool[k].crash})` : tool[k].messages.map((d) => `${d.line}:${d.column}: ${d.message}`).join('\n    ');
          console.log(`DISAGREE ${kind} (${native.module ? 'module' : 'script'})\n  program: ${JSON.stringify(program)}` +
                      `\n  node: ${native.valid ? 'valid' : native.message}\n  async2gen: ${said || 'accepted'}`);
        }
      });
      if (o.verbose) console.log(`${Math.min(start + o.batch, programs.length)} / ${programs.length}`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (Object.keys(byKind).length) console.log(`by kind: ${JSON.stringify(byKind)}`);
  if (o.verbose) console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`early-errors oracle: ${counts.programs} programs, ${counts.syntaxErrors} SyntaxErrors, ` +
              `${counts.unsupported} unsupported, ${counts.skipped} skipped (node crashed), ` +
              `${counts.disagreements} disagreements`);
  process.exit(counts.disagreements === 0 ? 0 : 1);
}

main();
