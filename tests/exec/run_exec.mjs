#!/usr/bin/env node
// run_exec.mjs - execution equivalence tests for async2gen.
//
// For every case FIXTURES_DIR/<category>/<case>/ that has input.js and
// output.js (the transpiled version), run both files, each in its own fresh
// worker thread, and check that they behave identically:
//   stdout text, stderr text, uncaught error ("name: message", no stack),
//   exit code (or "timeout" when still running after --timeout-ms).
// Cases without output.js (e.g. with errors.txt) or with a `no-exec` file
// are skipped; a case with a `node24` file needs a newer node than the one running this (explicit
// resource management): its input.js runs in the node given by --node24 (one process for all
// such cases, tests/common/run_files.mjs), and, when the file's first word is `both`, its output.js
// too (a sync `using` passes through); without --node24 such cases are skipped; a case with a `known-gap` file (first line: the issue and why) must still
// differ from native, and fails once it matches. Everything runs in this one node process; at most --jobs
// workers run at the same time. Running a file in a worker and comparing two runs is shared with the
// differential tester: tests/common/run_in_worker.mjs.
//
// With --bin PATH and --args 'FLAGS', the transpiled side is not output.js but input.js transpiled
// anew by PATH with the case's own `args` file and FLAGS (one process per distinct set of flags,
// with -d), for options that keep the output's behaviour (--assume plain-functions). Cases listed
// by --skip-list FILE (JSON: { "category/case": "why it must differ under FLAGS" }) are run and must
// still differ from native, like known gaps: the list cannot hide a case that works.
//
// Usage:
//   node tests/exec/run_exec.mjs [--jobs N] [--timeout-ms MS] [--filter SUBSTR]
//                                [--node24 PATH] [--bin PATH --args FLAGS [--skip-list FILE]]
//                                [--verbose] FIXTURES_DIR
// Last line of output: `exec: N passed, M failed, K skipped`.
// Exit code: 0 iff M == 0 and N > 0; 1 on failures; 2 on usage errors.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compareRuns, describeError, makeLimiter, runFile } from '../common/run_in_worker.mjs';

const USAGE =
  'usage: node run_exec.mjs [--jobs N] [--timeout-ms MS] [--filter SUBSTR] [--node24 PATH] ' +
  '[--bin PATH --args FLAGS [--skip-list FILE]] [--verbose] FIXTURES_DIR';
const RUN_FILES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'common', 'run_files.mjs');
const ESM_RE = /^\s*(import|export)\b/m;

// ---------------------------------------------------------------- arguments

function usageError(msg) {
  console.error(`run_exec: ${msg}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { jobs: 2, timeoutMs: 5000, filter: '', verbose: false, dir: null, node24: null, bin: null, args: null,
                 skipList: null };
  for (let i = 0; i < argv.length; i++) {
    let [arg, value] = argv[i].startsWith('--') ? argv[i].split(/=(.*)/s) : [argv[i]];
    const takeValue = () => value ?? (i + 1 < argv.length ? argv[++i] : usageError(`${arg} needs a value`));
    const takeInt = () => {
      const v = takeValue();
      if (!/^[1-9]\d*$/.test(v)) usageError(`${arg} needs a positive integer, got '${v}'`);
      return Number(v);
    };
    if (arg === '--jobs') opts.jobs = takeInt();
    else if (arg === '--timeout-ms') opts.timeoutMs = takeInt();
    else if (arg === '--filter') opts.filter = takeValue();
    else if (arg === '--node24') opts.node24 = takeValue();
    else if (arg === '--bin') opts.bin = takeValue();
    else if (arg === '--args') opts.args = takeValue();
    else if (arg === '--skip-list') opts.skipList = takeValue();
    else if (arg === '--verbose') opts.verbose = true;
    else if (arg === '--help' || arg === '-h') { console.log(USAGE); process.exit(0); }
    else if (arg.startsWith('-')) usageError(`unknown option ${arg}`);
    else if (opts.dir === null) opts.dir = arg;
    else usageError(`unexpected argument ${arg}`);
  }
  if (opts.dir === null) usageError('missing FIXTURES_DIR');
  if ((opts.bin === null) !== (opts.args === null)) usageError('--bin and --args go together');
  if (opts.skipList !== null && opts.bin === null) usageError('--skip-list needs --bin and --args');
  if (!fs.existsSync(opts.dir) || !fs.statSync(opts.dir).isDirectory())
    usageError(`not a directory: ${opts.dir}`);
  return opts;
}

// ---------------------------------------------------------------- discovery

function subdirs(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

// Returns [{ name: 'category/case', dir, skip: bool }] for every folder holding input.js.
function findCases(root, filter) {
  const cases = [];
  for (const category of subdirs(root)) {
    for (const name of subdirs(path.join(root, category))) {
      const dir = path.join(root, category, name);
      const id = `${category}/${name}`;
      if (!fs.existsSync(path.join(dir, 'input.js')) || !id.includes(filter)) continue;
      const skip = fs.existsSync(path.join(dir, 'no-exec')) || !fs.existsSync(path.join(dir, 'output.js'));
      const gapFile = path.join(dir, 'known-gap');
      const knownGap = fs.existsSync(gapFile) ? fs.readFileSync(gapFile, 'utf8').trim().split('\n')[0] : null;
      const node24File = path.join(dir, 'node24');
      const node24 = fs.existsSync(node24File) ? fs.readFileSync(node24File, 'utf8').match(/^\w*/)[0] : null;
      cases.push({ id, dir, skip, knownGap, node24 });
    }
  }
  return cases;
}

// ---------------------------------------------------------------- running

// Nearest package.json says "type": "module" => a .js file would load as ESM.
function inModulePackage(file) {
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    const pj = path.join(dir, 'package.json');
    if (fs.existsSync(pj)) {
      try { return JSON.parse(fs.readFileSync(pj, 'utf8')).type === 'module'; } catch { return false; }
    }
    if (path.dirname(dir) === dir) return false;
  }
}

// Decide which file the worker runs: ESM sources are copied to tmpDir/<base>.mjs;
// CJS runs from its own path (copied to tmpDir/<base>.cjs only if a
// package.json "type": "module" would otherwise turn it into ESM).
function runnablePath(file, tmpDir) {
  const base = path.basename(file, '.js');
  const source = fs.readFileSync(file, 'utf8');
  let ext = null;
  if (ESM_RE.test(source)) ext = '.mjs';
  else if (inModulePackage(file)) ext = '.cjs';
  if (ext === null) return path.resolve(file);
  const copy = path.join(tmpDir, base + ext);
  fs.writeFileSync(copy, source);
  return copy;
}

// Runs input.js and output.js of one case (each through the limiter), each in a fresh worker
// (tests/common/run_in_worker.mjs).
async function runCase(c, limit, timeoutMs, newer) {
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'async2gen-exec-'));
  try {
    const native = runnablePath(path.join(c.dir, 'input.js'), tmpDir);
    const transpiled = runnablePath(c.transpiled ?? path.join(c.dir, 'output.js'), tmpDir);
    const [a, b] = await Promise.all([
      c.node24 ? newer(native) : limit(() => runFile(native, timeoutMs)),
      c.node24 === 'both' ? newer(transpiled) : limit(() => runFile(transpiled, timeoutMs)),
    ]);
    return compare(a, b);
  } catch (err) {
    return [`  harness error: ${describeError(err)}`];
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
}

// The runs in the newer node: files are gathered until every `node24` case has given its own (or
// a short wait passed), then run by one process of that node; newer(file) resolves to its run.
function batchInNewerNode(opts) {
  const waiting = [];
  let timer = null;
  // (asynchronous: blocking this thread would let the timeouts of the workers running meanwhile fire
  // before their exits are seen)
  const flush = () => {
    const batch = waiting.splice(0);
    const child = spawn(opts.node24, [RUN_FILES, '--jobs', String(opts.jobs), '--timeout-ms', String(opts.timeoutMs),
                                      ...batch.map((w) => w.file)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    const done = (error) => {
      let results = null;
      try { results = JSON.parse(stdout); } catch { /* reported below */ }
      batch.forEach((w, k) => (results ? w.resolve(results[k]) : w.reject(new Error(`${opts.node24}: ${stderr || error}`))));
    };
    child.on('error', done);
    child.on('close', () => done(null));
  };
  return (file) => new Promise((resolve, reject) => {
    waiting.push({ file, resolve, reject });
    clearTimeout(timer);
    timer = setTimeout(flush, 200);
  });
}

// --bin/--args: input.js of every case to run, transpiled by the binary with the case's own `args`
// and the extra flags into `outDir`; sets c.transpiled. One process per distinct set of flags.
function transpileAnew(cases, opts, outDir) {
  const groups = new Map();
  for (const c of cases) {
    if (c.skip) continue;
    const argsFile = path.join(c.dir, 'args');
    const own = fs.existsSync(argsFile) ? fs.readFileSync(argsFile, 'utf8').trim() : '';
    const flags = [...own.split(/\s+/), ...opts.args.split(/\s+/)].filter(Boolean);
    const key = flags.join(' ');
    if (!groups.has(key)) groups.set(key, { flags, cases: [] });
    groups.get(key).cases.push(c);
  }
  let n = 0;
  for (const { flags, cases: group } of groups.values()) {
    const root = path.join(outDir, `set${++n}`);
    for (const c of group) {
      const dest = path.join(root, 'in', c.id, 'input.js');
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.copyFileSync(path.join(c.dir, 'input.js'), dest);
      c.transpiled = path.join(root, 'out', c.id, 'input.js');
    }
    execFileSync(opts.bin, ['-q', '-d', path.join(root, 'out'), ...flags, path.join(root, 'in')], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

// ---------------------------------------------------------------- comparing

// Returns [] for a pass, otherwise the report lines of the failure.
function compare(a, b) {
  if (a.exit === 'timeout' && b.exit === 'timeout')
    return ['  both sides timed out'];
  return compareRuns(a, b);
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const cases = findCases(opts.dir, opts.filter);
  const limit = makeLimiter(opts.jobs);
  if (!opts.node24) for (const c of cases) c.skip ||= c.node24 !== null;
  const newer = batchInNewerNode(opts);
  const listed = opts.skipList ? JSON.parse(fs.readFileSync(opts.skipList, 'utf8')) : {};
  delete listed['//'];  // (the file's comment)
  for (const id of Object.keys(listed)) {
    if (!opts.filter && !cases.some((c) => c.id === id)) usageError(`${opts.skipList} lists ${id}, which is no case`);
  }
  for (const c of cases) if (c.knownGap === null && c.id in listed) c.knownGap = `listed: ${listed[c.id]}`;
  const transpiledDir = opts.bin ? fs.mkdtempSync(path.join(os.tmpdir(), 'async2gen-exec-anew-')) : null;
  if (opts.bin) transpileAnew(cases, opts, transpiledDir);
  // Start everything (the limiter bounds concurrency), report in case order.
  const pending = cases.map((c) => (c.skip ? null : runCase(c, limit, opts.timeoutMs, newer)));
  let passed = 0, failed = 0, skipped = 0, gaps = 0;
  for (let i = 0; i < cases.length; i++) {
    if (pending[i] === null) {
      skipped++;
      if (opts.verbose) console.log(`skip ${cases[i].id}`);
      continue;
    }
    const report = await pending[i];
    // A known gap (a `known-gap` file naming the issue) must still differ: once it matches
    // native, the file has to go, so the gap cannot silently linger or hide a regression.
    if (cases[i].knownGap !== null) {
      // (with --bin/--args, a known gap of the default output may match: only listed cases must differ)
      if (report.length === 0 && (!opts.bin || cases[i].id in listed)) {
        failed++;
        console.log(`FAIL ${cases[i].id}\n  matches native now: remove its known-gap file${cases[i].id in listed ? ' (or its line in ' + opts.skipList + ')' : ''}`);
      } else {
        gaps++;
        if (opts.verbose) console.log(`known gap ${cases[i].id}: ${cases[i].knownGap}`);
      }
      continue;
    }
    if (report.length === 0) {
      passed++;
      if (opts.verbose) console.log(`ok ${cases[i].id}`);
    } else {
      failed++;
      console.log(`FAIL ${cases[i].id}\n${report.join('\n')}`);
    }
  }
  if (transpiledDir) fs.rmSync(transpiledDir, { recursive: true, force: true });
  if (gaps) console.log(`exec: ${gaps} known gaps still differ from native (see their known-gap files${opts.skipList ? ' and ' + opts.skipList : ''})`);
  console.log(`exec: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

main();
