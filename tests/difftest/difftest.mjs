#!/usr/bin/env node
// difftest.mjs - seeded differential tester for async2gen.
//
// Generates random programs (gen.mjs), transpiles each with the async2gen binary, runs the
// original and the transpiled file, each in its own fresh worker thread of this one node
// process, and compares stdout, stderr, the uncaught error ("name: message", no stack) and the
// exit code. Program i of a run uses seed N+i, so any failure reproduces alone with
// `--seed N+i --count 1`.
//
// Usage:
//   node tests/difftest/difftest.mjs --bin PATH [--args FLAGS] [--seed N] [--count K] [--jobs J]
//                                    [--keep DIR] [--timeout-ms MS] [--skip F,...] [--profile P] [--verbose]
//   node tests/difftest/difftest.mjs --print --seed N      # print the program of seed N
// --profile rhino|hermes: the programs of that engine profile (gen.mjs PROFILES, tests/engines).
// --skip turns generator features off (e.g. one with a known, already reported divergence);
// the programs then differ from the default ones, so reproduce with the same --skip. Without
// --skip, DEFAULT_SKIP applies; `--skip none` turns every feature on.
// Output: `FAIL seed=S` + the first differing lines for each divergence; `GENBUG seed=S` when
// the program itself is broken (native SyntaxError, ReferenceError or timeout: a generator bug,
// counted as a failure too); last line `difftest: N passed, M failed`. Exit 0 iff M == 0 (2: usage error).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateProgram, PROFILES } from './gen.mjs';
import { compareRuns as compare, describeError, makeLimiter, runFile, showLine } from '../common/run_in_worker.mjs';

const USAGE =
  'usage: node difftest.mjs --bin PATH [--args FLAGS] [--seed N] [--count K] [--jobs J] [--keep DIR] [--timeout-ms MS]\n' +
  '                        [--skip FEATURE,...] [--profile rhino|hermes] [--verbose]\n' +
  '       node difftest.mjs --print --seed N [--skip FEATURE,...] [--profile rhino|hermes]';
// Features off unless --skip is given: documented known gaps that would drown everything else.
//   ctorp: awaiting a promise with an observable `constructor` (findings/await-reads-constructor-twice.js)
const DEFAULT_SKIP = ['ctorp'];

// ---------------------------------------------------------------- arguments

function usageError(msg) {
  console.error(`difftest: ${msg}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = {
    bin: null, args: [], seed: 1, count: 100, jobs: 2, keep: null, timeoutMs: 3000, verbose: false, print: false, skip: null,
    profile: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const [arg, inline] = argv[i].startsWith('--') ? argv[i].split(/=(.*)/s) : [argv[i]];
    const value = () => inline ?? (i + 1 < argv.length ? argv[++i] : usageError(`${arg} needs a value`));
    const int = (min) => {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) < min) usageError(`${arg} needs an integer >= ${min}, got '${v}'`);
      return Number(v);
    };
    if (arg === '--bin') opts.bin = value();
    else if (arg === '--args') opts.args = value().split(/\s+/).filter(Boolean);
    else if (arg === '--seed') opts.seed = int(0);
    else if (arg === '--count') opts.count = int(1);
    else if (arg === '--jobs') opts.jobs = int(1);
    else if (arg === '--keep') opts.keep = value();
    else if (arg === '--timeout-ms') opts.timeoutMs = int(1);
    else if (arg === '--verbose') opts.verbose = true;
    else if (arg === '--skip') opts.skip = [...(opts.skip ?? []), ...value().split(',').filter((f) => f && f !== 'none')];
    else if (arg === '--print') opts.print = true;
    else if (arg === '--profile') opts.profile = PROFILES[inline ?? argv[i + 1]] ? value() : usageError(`--profile needs one of ${Object.keys(PROFILES).join(', ')}`);
    else if (arg === '--help' || arg === '-h') { console.log(USAGE); process.exit(0); }
    else usageError(`unexpected argument ${arg}`);
  }
  opts.skip ??= DEFAULT_SKIP;
  if (!opts.print) {
    if (opts.bin === null) usageError('missing --bin');
    if (!fs.existsSync(opts.bin)) usageError(`no such file: ${opts.bin}`);
  }
  return opts;
}

// ---------------------------------------------------------------- helpers
// (running a file in a worker and comparing two runs: tests/common/run_in_worker.mjs)

// Runs the binary on one file: { code, stdout, stderr }.
function transpile(bin, file, args = []) {
  return new Promise((resolve) => {
    const child = spawn(bin, [...args, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [], err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('error', (e) => resolve({ code: -1, stdout: '', stderr: String(e) }));
    child.on('close', (code, signal) => resolve({
      code: code ?? `signal ${signal}`,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
    }));
  });
}

// ---------------------------------------------------------------- one seed

// Result: { seed, status: 'pass' | 'fail' | 'genbug' | 'flaky', report: [lines], files }
async function runSeed(seed, ctx) {
  const { opts, tmp, workers, spawns } = ctx;
  const src = generateProgram(seed, opts.skip, opts.profile);
  const input = path.join(tmp, `s${seed}.js`);
  const output = path.join(tmp, `s${seed}.out.js`);
  fs.writeFileSync(input, src);
  const files = { input, output: null };
  const tr = await spawns(() => transpile(opts.bin, input, opts.args));
  if (tr.code !== 0) {
    const lines = tr.stderr.split('\n').filter(Boolean).slice(0, 4).map((l) => `  ${showLine(l, 0)}`);
    return { seed, status: 'fail', report: [`  async2gen exited with ${tr.code}:`, ...lines], files, src };
  }
  fs.writeFileSync(output, tr.stdout);
  files.output = output;
  const native = await workers(() => runFile(input, opts.timeoutMs));
  // The generated programs never mean to have a SyntaxError, a ReferenceError or a timeout.
  const refError = /ReferenceError[^\n]*/.exec(native.stdout + '\n' + native.uncaught);
  if (/^uncaught: SyntaxError/.test(native.uncaught) || native.exit === 'timeout' || refError) {
    const why = native.exit === 'timeout' ? `native run timed out after ${opts.timeoutMs} ms`
      : refError ? `native run: ${refError[0]}` : native.uncaught;
    return { seed, status: 'genbug', report: [`  generator bug: ${why}`], files, src };
  }
  const transpiled = await workers(() => runFile(output, opts.timeoutMs));
  const report = compare(native, transpiled);
  if (report.length === 0) return { seed, status: 'pass', report, files, src };
  // A divergence: make sure the native program is deterministic before blaming the tool.
  const again = await workers(() => runFile(input, opts.timeoutMs));
  const self = compare(native, again, ['native run 1', 'native run 2']);
  if (self.length !== 0) return { seed, status: 'flaky', report: ['  native output is not deterministic:', ...self], files, src };
  return { seed, status: 'fail', report, files, src };
}

function keepFiles(dir, r) {
  const d = path.join(dir, `seed-${r.seed}`);
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, 'input.js'), r.src);
  if (r.files.output && fs.existsSync(r.files.output)) fs.copyFileSync(r.files.output, path.join(d, 'output.js'));
  fs.writeFileSync(path.join(d, 'report.txt'), `${r.status} seed=${r.seed}\n${r.report.join('\n')}\n`);
}

// Copies the binary to dir and checks that the copy runs (retrying while it is being rebuilt).
async function snapshotBinary(bin, dir) {
  const copy = path.join(dir, 'async2gen');
  for (let attempt = 0; ; attempt++) {
    try {
      fs.copyFileSync(bin, copy);
      fs.chmodSync(copy, 0o755);
      const probe = path.join(dir, 'probe.js');
      fs.writeFileSync(probe, 'async function f() { await 1; }\n');
      const r = await transpile(copy, probe);
      if (r.code === 0 && r.stdout.includes('function*')) return copy;
      throw new Error(`exit ${r.code}: ${r.stderr.trim()}`);
    } catch (err) {
      if (attempt >= 10) {
        console.error(`difftest: cannot run ${bin}: ${err.message}`);
        process.exit(2);
      }
      await new Promise((r) => setTimeout(r, 3000));
    }
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.print) {
    process.stdout.write(generateProgram(opts.seed, opts.skip, opts.profile));
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'async2gen-difftest-'));
  // Run a private copy of the binary: a rebuild of the original during the run cannot disturb it.
  opts.bin = await snapshotBinary(opts.bin, tmp);
  const ctx = { opts, tmp, workers: makeLimiter(opts.jobs), spawns: makeLimiter(Math.max(4, opts.jobs * 2)) };
  const seeds = makeLimiter(opts.jobs * 3); // seeds in flight (generation + transpile + runs)
  const started = Date.now();
  const pending = [];
  for (let i = 0; i < opts.count; i++) pending.push(seeds(() => runSeed(opts.seed + i, ctx)));
  let passed = 0, failed = 0;
  const tally = { fail: 0, genbug: 0, flaky: 0 };
  try {
    for (const p of pending) {
      let r;
      try {
        r = await p;
      } catch (err) {
        r = { seed: '?', status: 'fail', report: [`  harness error: ${describeError(err)}`], files: {}, src: '' };
      }
      if (r.status === 'pass') {
        passed++;
        if (opts.verbose) console.log(`ok seed=${r.seed}`);
      } else {
        failed++;
        tally[r.status]++;
        const tag = { fail: 'FAIL', genbug: 'GENBUG', flaky: 'FLAKY' }[r.status];
        console.log(`${tag} seed=${r.seed}\n${r.report.join('\n')}`);
        if (opts.keep) keepFiles(opts.keep, r);
      }
      for (const f of [r.files.input, r.files.output]) if (f) fs.rmSync(f, { force: true });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (tally.genbug || tally.flaky)
    console.log(`difftest: of the failures, ${tally.genbug} generator bugs (GENBUG), ${tally.flaky} non-deterministic programs (FLAKY)`);
  if (opts.verbose) console.log(`difftest: seeds ${opts.seed}..${opts.seed + opts.count - 1}, ${secs} s`);
  console.log(`difftest: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main();
