// run_in_worker.mjs - running a JavaScript file in a fresh worker thread and comparing two runs;
// shared by tests/exec/run_exec.mjs and tests/difftest/difftest.mjs.
//
// runFile(file, timeoutMs) -> { stdout, stderr, uncaught, exit }: the file runs in its own
// worker_thread of this node process (CommonJS or ES module, as node would load the path), both
// output streams are read to their end, an uncaught error or unhandled rejection is kept as
// "uncaught: name: message" (no stack), exit is the exit code as a string or "timeout".
// compareRuns(a, b, names) -> report lines, [] when the runs are the same.

import { Worker } from 'node:worker_threads';
import util from 'node:util';

const MAX_DIFF_LINES = 3; // differing lines shown per channel
const MAX_LINE_CHARS = 200; // longer lines are cut in the report

// At most n of the functions passed to the returned limiter run at once.
export function makeLimiter(n) {
  let active = 0;
  const waiting = [];
  const next = () => {
    if (active >= n || waiting.length === 0) return;
    active++;
    const { fn, resolve, reject } = waiting.shift();
    fn().then(resolve, reject).finally(() => { active--; next(); });
  };
  return (fn) => new Promise((resolve, reject) => { waiting.push({ fn, resolve, reject }); next(); });
}

// "name: message" for Error-like values, an inspected value otherwise.
export function describeError(err) {
  if (err !== null && typeof err === 'object' && ('name' in err || 'message' in err))
    return `${err.name ?? 'Error'}: ${err.message ?? ''}`;
  return typeof err === 'string' ? err : util.inspect(err, { depth: 2, breakLength: Infinity });
}

function collect(stream) {
  return new Promise((resolve) => {
    let text = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => { text += chunk; });
    stream.on('end', () => resolve(text));
    stream.on('error', () => resolve(text));
  });
}

// Runs one file in a fresh worker. Resolves to { stdout, stderr, uncaught, exit }.
export function runFile(file, timeoutMs) {
  return new Promise((resolve) => {
    const worker = new Worker(file, { stdout: true, stderr: true, argv: [] });
    const streams = Promise.all([collect(worker.stdout), collect(worker.stderr)]);
    let uncaught = '';
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; worker.terminate(); }, timeoutMs);
    worker.on('error', (err) => { uncaught ||= `uncaught: ${describeError(err)}`; });
    worker.on('exit', async (code) => {
      clearTimeout(timer);
      // The streams end shortly after exit; never hang on them though.
      let grace;
      const [stdout, stderr] = await Promise.race([
        streams,
        new Promise((r) => { grace = setTimeout(() => r(['<stdout not closed>', '<stderr not closed>']), 2000); }),
      ]);
      clearTimeout(grace);
      resolve({ stdout, stderr, uncaught, exit: timedOut ? 'timeout' : String(code) });
    });
  });
}

// One report line; long lines are cut to a window around column `col`
// (the first differing character), so the difference stays visible.
export function showLine(line, col) {
  if (line === undefined) return '<missing>';
  if (line.length > MAX_LINE_CHARS) {
    const start = Math.max(0, Math.min(col - 40, line.length - MAX_LINE_CHARS));
    const end = start + MAX_LINE_CHARS;
    line = (start > 0 ? '...' : '') + line.slice(start, end) + (end < line.length ? '...' : '');
  }
  return line === '' || /^\s|\s$|[\x00-\x1f\x7f]/.test(line) ? JSON.stringify(line) : line;
}

function firstDiffColumn(a = '', b = '') {
  let col = 0;
  while (col < a.length && a[col] === b[col]) col++;
  return col;
}

// Differences of one channel as report lines ([] when equal).
function diffChannel(channel, a, b, names) {
  if (a === b) return [];
  const la = a.split('\n');
  const lb = b.split('\n');
  let i = 0;
  while (la[i] === lb[i]) i++;
  const out = [`  ${channel}, first difference at line ${i + 1}:`];
  for (let k = i; k < i + MAX_DIFF_LINES && (k < la.length || k < lb.length); k++) {
    if (la[k] === lb[k]) continue;
    const col = firstDiffColumn(la[k], lb[k]);
    if (k < la.length) out.push(`  - ${names[0]}: ${showLine(la[k], col)}`);
    if (k < lb.length) out.push(`  + ${names[1]}: ${showLine(lb[k], col)}`);
  }
  return out;
}

// Report lines of the differences between two runs (stdout, stderr, uncaught, exit); [] if none.
export function compareRuns(a, b, names = ['native', 'transpiled']) {
  return [
    ...diffChannel('stdout', a.stdout, b.stdout, names),
    ...diffChannel('stderr', a.stderr, b.stderr, names),
    ...diffChannel('uncaught', a.uncaught || '<none>', b.uncaught || '<none>', names),
    ...diffChannel('exit', a.exit, b.exit, names),
  ];
}
