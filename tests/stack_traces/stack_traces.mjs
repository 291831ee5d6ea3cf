#!/usr/bin/env node
// stack_traces.mjs - stack traces of lowered code against native ones, for every case of cases.js
// (declarations, methods, arrows, expressions, async generators, chains of callers).
//
// cases.js is copied to native/cases.js and lowered four ways: plain, with --async-stack-traces,
// and both again with --source-maps. Each case runs natively and on each lowering, and the frames
// of its error in the case file are compared with the native ones:
//   lowered, traced    function name and line (async2gen keeps lines where they were; columns
//                      differ), in this process;
//   mapped, mapped-traced   line and column, in one `node --enable-source-maps` process, where
//                      the frames point at native/cases.js through the maps (node names mapped
//                      frames after the receiver's type itself: `Function.s` where V8 says `K.s`).
// Without --async-stack-traces, native `at async` frames are left out: the runtime resumes lowered
// code from its own promise reactions, where V8 sees no async caller. Frames of the runtime (past
// the source's last line), of functions the runtime compiles (`eval at`) and of built-ins
// (`<anonymous>`) are left out, and frames that repeat the name of the one before count once (a
// method's generator, then the method that hands it to the runtime, where the method starts).
//
// Usage: node stack_traces.mjs --bin ASYNC2GEN [--verbose (print the frames of every case)]
// Exit code: 0 when every case matches, 1 otherwise, 2 on usage errors.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';

const here = path.dirname(new URL(import.meta.url).pathname);

function parseArgs(argv) {
  const opts = { bin: null, verbose: false, collect: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--bin' && i + 1 < argv.length) opts.bin = argv[++i];
    else if (argv[i] === '--verbose') opts.verbose = true;
    else if (argv[i] === '--collect') opts.collect = argv.slice(i + 1); // (the child process)
    else {
      console.error(`stack_traces: unknown argument ${argv[i]}\nusage: node stack_traces.mjs --bin ASYNC2GEN [--verbose]`);
      process.exit(2);
    }
    if (opts.collect) break;
  }
  if (!opts.bin && !opts.collect) {
    console.error('stack_traces: --bin is required');
    process.exit(2);
  }
  return opts;
}

// The frames of `stack` in `file` (lines 1..lineCount): { name, line, column, async }.
export function framesIn(stack, file, lineCount) {
  const frames = [];
  for (const text of String(stack).split('\n')) {
    const m = /^\s+at (async )?(?:(.*?) \((.*)\)|(.*))$/.exec(text);
    if (!m) continue;
    const location = m[3] ?? m[4];
    const name = m[3] === undefined ? '' : m[2];
    const l = /^(.*):(\d+):(\d+)$/.exec(location);
    if (!l || l[1] !== file) continue;
    const line = Number(l[2]);
    if (line > lineCount) continue;
    const frame = { name, line, column: Number(l[3]), async: !!m[1] };
    const last = frames[frames.length - 1];
    if (last && last.name === frame.name && last.async === frame.async) continue;
    frames.push(frame);
  }
  return frames;
}

// Names and lines, or (mapped) lines and columns: node formats the names of mapped frames itself,
// from the receiver's type (`Function.s` where V8 says `K.s`).
export function show(frames, mapped) {
  const where = (f) => (mapped ? `${f.line}:${f.column}` : `${f.name || '<anonymous>'}:${f.line}`);
  return frames.map((f) => `${f.async ? 'async ' : ''}${where(f)}`).join(', ');
}

// Runs every case of the cases file at `file`: { name, message, stack } of the errors they
// reject with, in order.
async function errorsOf(file) {
  const cases = createRequire(import.meta.url)(file);
  const errors = [];
  for (const [name, run] of cases) {
    try {
      await run();
      errors.push({ name, message: `${name}: no error`, stack: '' });
    } catch (error) {
      errors.push({ name, message: error.message, stack: String(error.stack) });
    }
  }
  return errors;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  Error.stackTraceLimit = 100; // the runtime's frames must not push user frames out
  if (opts.collect) {
    const out = {};
    for (const file of opts.collect) out[file] = await errorsOf(file);
    process.stdout.write(JSON.stringify(out));
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'a2g-traces-'));
  try {
    const source = fs.readFileSync(path.join(here, 'cases.js'), 'utf8');
    const lineCount = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
    const file = (kind) => path.join(dir, kind, 'cases.js');
    const flags = {
      lowered: [],
      traced: ['--async-stack-traces'],
      mapped: ['--source-maps'],
      'mapped-traced': ['--source-maps', '--async-stack-traces'],
    };
    fs.mkdirSync(path.dirname(file('native')));
    fs.writeFileSync(file('native'), source);
    for (const [kind, args] of Object.entries(flags)) {
      fs.mkdirSync(path.dirname(file(kind)));
      execFileSync(opts.bin, [file('native'), '-o', file(kind), ...args]);
    }
    const runs = {
      native: await errorsOf(file('native')),
      lowered: await errorsOf(file('lowered')),
      traced: await errorsOf(file('traced')),
    };
    const mapped = JSON.parse(execFileSync(process.execPath,
      ['--enable-source-maps', new URL(import.meta.url).pathname, '--collect', file('mapped'), file('mapped-traced')],
      { encoding: 'utf8' }));
    runs.mapped = mapped[file('mapped')];
    runs['mapped-traced'] = mapped[file('mapped-traced')];
    let failed = 0;
    let count = 0;
    for (const kind of Object.keys(flags)) {
      const keep = kind.endsWith('traced') ? () => true : (f) => !f.async;
      const columns = kind.startsWith('mapped');
      const where = columns ? file('native') : file(kind); // (maps lead to the native file)
      runs.native.forEach((expected, i) => {
        const actual = runs[kind][i];
        const all = framesIn(expected.stack, file('native'), lineCount);
        const want = show(all.filter(keep), columns);
        const got = show(framesIn(actual.stack, where, lineCount), columns);
        const same = all.length > 0 && want === got && expected.message === actual.message;
        count++;
        if (opts.verbose) console.log(`${same ? 'ok  ' : 'FAIL'} ${kind} ${expected.name}: ${got}`);
        if (!same) {
          failed++;
          console.log(`FAIL ${kind} ${expected.name}\n  native: ${want}\n  ${kind}: ${got}`);
          console.log(`  native stack:\n${expected.stack}\n  ${kind} stack:\n${actual.stack}`);
        }
      });
    }
    console.log(`stack_traces: ${count - failed} passed, ${failed} failed`);
    process.exitCode = failed ? 1 : 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
