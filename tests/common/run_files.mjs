#!/usr/bin/env node
// run_files.mjs - runs files each in a fresh worker thread of this node (runFile of
// run_in_worker.mjs) and prints their results as one JSON array, in the order given. run_exec.mjs
// starts it once with the newer node (--node24) for the native inputs of the fixtures that need it.
//
// Usage: node run_files.mjs [--jobs N] [--timeout-ms MS] FILE...

import { makeLimiter, runFile } from './run_in_worker.mjs';

const args = process.argv.slice(2);
let jobs = 2, timeoutMs = 5000;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--jobs') jobs = Number(args[++i]);
  else if (args[i] === '--timeout-ms') timeoutMs = Number(args[++i]);
  else files.push(args[i]);
}
const limit = makeLimiter(jobs);
const results = await Promise.all(files.map((f) => limit(() => runFile(f, timeoutMs))));
process.stdout.write(JSON.stringify(results));
