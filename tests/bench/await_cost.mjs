#!/usr/bin/env node
// await_cost.mjs - what an await costs natively, lowered, and lowered with --async-stack-traces,
// and what an error thrown through a chain of three lowered callers costs (its stack read).
//
// One program (below) is written natively, lowered, and lowered with the flag; each runs in its
// own node process, the three alternating for --rounds rounds; the median of each is printed.
//
// Usage: node tests/bench/await_cost.mjs --bin ASYNC2GEN [--awaits N] [--errors N] [--rounds R]

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const program = (awaits, errors) => `
async function leaf(i) {
  await null;
  return i;
}
async function loop(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += await leaf(i);
  return sum;
}
async function thrower() {
  await null;
  throw new Error("x");
}
async function one() {
  await thrower();
}
async function two() {
  await one();
}
async function errors(n) {
  let length = 0;
  for (let i = 0; i < n; i++) {
    try {
      await two();
    } catch (e) {
      length += e.stack.length;
    }
  }
  return length;
}
async function main() {
  await loop(1000); // warm up
  await errors(100);
  let t = process.hrtime.bigint();
  await loop(${awaits});
  const awaitNs = Number(process.hrtime.bigint() - t) / (2 * ${awaits});
  t = process.hrtime.bigint();
  await errors(${errors});
  const errorNs = Number(process.hrtime.bigint() - t) / ${errors};
  console.log(JSON.stringify({ awaitNs, errorNs }));
}
main();
`;

function parseArgs(argv) {
  const opts = { bin: null, awaits: 300000, errors: 2000, rounds: 5 };
  for (let i = 0; i < argv.length; i++) {
    const value = () => argv[++i];
    if (argv[i] === '--bin') opts.bin = value();
    else if (argv[i] === '--awaits') opts.awaits = Number(value());
    else if (argv[i] === '--errors') opts.errors = Number(value());
    else if (argv[i] === '--rounds') opts.rounds = Number(value());
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!opts.bin) throw new Error('--bin ASYNC2GEN is required');
  return opts;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const opts = parseArgs(process.argv.slice(2));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'a2g-await-cost-'));
try {
  const files = { native: path.join(dir, 'native.js'), lowered: path.join(dir, 'lowered.js'), traced: path.join(dir, 'traced.js') };
  fs.writeFileSync(files.native, program(opts.awaits, opts.errors));
  execFileSync(opts.bin, [files.native, '-o', files.lowered]);
  execFileSync(opts.bin, [files.native, '-o', files.traced, '--async-stack-traces']);
  const runs = { native: [], lowered: [], traced: [] };
  for (let round = 0; round < opts.rounds; round++) {
    for (const kind of Object.keys(files)) runs[kind].push(JSON.parse(execFileSync('node', [files[kind]], { encoding: 'utf8' })));
  }
  const row = (kind) => {
    const awaitNs = median(runs[kind].map((r) => r.awaitNs));
    const errorNs = median(runs[kind].map((r) => r.errorNs));
    return { kind, awaitNs, errorNs };
  };
  const rows = Object.keys(files).map(row);
  const [native, lowered] = rows;
  console.log('| code | ns per await | ÷ native | ÷ lowered | µs per error (3 callers, stack read) | ÷ lowered |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.kind} | ${r.awaitNs.toFixed(0)} | ${(r.awaitNs / native.awaitNs).toFixed(2)} | ` +
      `${(r.awaitNs / lowered.awaitNs).toFixed(2)} | ${(r.errorNs / 1000).toFixed(1)} | ${(r.errorNs / lowered.errorNs).toFixed(2)} |`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
