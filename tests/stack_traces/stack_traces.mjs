#!/usr/bin/env node
// stack_traces.mjs - stack traces of lowered code against native ones, for every case of cases.js
// (declarations, methods, arrows, expressions, async generators, a chain of callers), all in this
// one node process.
//
// cases.js is copied to native/cases.js and lowered to lowered/cases.js; each case runs on both,
// and the error's frames in the case file are compared by function name and line (async2gen keeps
// lines where they were; columns differ). Frames of the runtime (the lines after the source's last
// one), of functions the runtime compiles (`eval at`) and of built-ins (`<anonymous>`) are left
// out, and frames that repeat the name of the one before count once (a method's generator, then
// the method that hands it to the runtime, on the line where the method starts). Native `at async` frames are left out, since the runtime resumes
// lowered code from its own promise reactions, where V8 sees no async caller.
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
  const opts = { bin: null, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--bin' && i + 1 < argv.length) opts.bin = argv[++i];
    else if (argv[i] === '--verbose') opts.verbose = true;
    else {
      console.error(`stack_traces: unknown argument ${argv[i]}\nusage: node stack_traces.mjs --bin ASYNC2GEN [--verbose]`);
      process.exit(2);
    }
  }
  if (!opts.bin) {
    console.error('stack_traces: --bin is required');
    process.exit(2);
  }
  return opts;
}

// The frames of `stack` in `file` (lines 1..lineCount): { name, line, async }.
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
    const frame = { name, line, async: !!m[1] };
    const last = frames[frames.length - 1];
    if (last && last.name === frame.name && last.async === frame.async) continue;
    frames.push(frame);
  }
  return frames;
}

export function show(frames) {
  return frames.map((f) => `${f.async ? 'async ' : ''}${f.name || '<anonymous>'}:${f.line}`).join(', ');
}

// Runs every case of the cases file at `file`: the errors they reject with, in order.
async function errorsOf(file) {
  const cases = createRequire(import.meta.url)(file);
  const errors = [];
  for (const [name, run] of cases) {
    try {
      await run();
      errors.push({ name, error: new Error(`${name}: no error`) });
    } catch (error) {
      errors.push({ name, error });
    }
  }
  return errors;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  Error.stackTraceLimit = 100; // the runtime's frames must not push user frames out
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'a2g-traces-'));
  try {
    const source = fs.readFileSync(path.join(here, 'cases.js'), 'utf8');
    const lineCount = source.split('\n').length;
    const file = (kind) => path.join(dir, kind, 'cases.js');
    for (const kind of ['native', 'lowered', 'traced']) fs.mkdirSync(path.dirname(file(kind)));
    fs.writeFileSync(file('native'), source);
    execFileSync(opts.bin, [file('native'), '-o', file('lowered')]);
    execFileSync(opts.bin, [file('native'), '-o', file('traced'), '--async-stack-traces']);
    const expected = await errorsOf(file('native'));
    let failed = 0;
    let count = 0;
    // Lowered: the frames but `at async` ones; with --async-stack-traces: all.
    for (const [kind, keep] of [['lowered', (f) => !f.async], ['traced', () => true]]) {
      const actual = await errorsOf(file(kind));
      for (let i = 0; i < expected.length; i++, count++) {
        const all = framesIn(expected[i].error.stack, file('native'), lineCount);
        const want = all.filter(keep);
        const got = framesIn(actual[i].error.stack, file(kind), lineCount);
        const same = all.length > 0 && show(want) === show(got) && expected[i].error.message === actual[i].error.message;
        if (opts.verbose) console.log(`${same ? 'ok  ' : 'FAIL'} ${kind} ${expected[i].name}: ${show(got)}`);
        if (!same) {
          failed++;
          console.log(`FAIL ${kind} ${expected[i].name}\n  native:  ${show(want)}\n  ${kind}: ${show(got)}`);
          console.log(`  native stack:\n${expected[i].error.stack}\n  ${kind} stack:\n${actual[i].error.stack}`);
        }
      }
    }
    console.log(`stack_traces: ${count - failed} passed, ${failed} failed`);
    process.exitCode = failed ? 1 : 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
