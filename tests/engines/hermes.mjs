// hermes.mjs - runs items on Hermes: one hermesc process to compile (not run) an item's `compile` file,
// one hermes process per run (Hermes has no way to give a case a fresh global inside a process; a process
// starts in about 20 ms). At most `jobs` processes at once.
//
// runHermes({ hermes, hermesc, items, prelude, tmp, jobs, timeoutMs }) -> records, one per item:
//   { compileError: { message, line, column, lineSource } | null, lines, uncaught, state, note }
// items: [{ compile: PATH | null, run: [PATH, ...] | null }].
// with columns in UTF-16 code units (Hermes counts bytes), as rhino.mjs gives them.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { utf16Column } from './user_text.mjs';

const HOST = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'hermes_host.js'), 'utf8');
const RECORD = '@@A2G ';
export const HERMES_FLAGS = ['-Xes6-promise', '-Xmicrotask-queue'];

function exec(command, args, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [], err = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('error', (e) => err.push(Buffer.from(String(e))));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code, signal, timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

// hermesc compiles to bytecode (the bytecode is thrown away): the first "FILE:LINE:COL: error: MESSAGE".
// Warnings that say the engine cannot do what the program asks (a direct eval) are kept with it:
// `unsupported: [MESSAGE]` on the error, or an error-less { unsupported } when it compiles; and the
// messages of all its errors (hermesc goes on after some), `all: [MESSAGE]`.
const UNSUPPORTED = /^.*?:\d+:\d+: warning: (Direct call to eval\(\), but lexical scope is not supported\.)$/gm;
async function compileError(hermesc, file, timeoutMs) {
  const r = await exec(hermesc, ['-O0', '-dump-bytecode', file], timeoutMs);
  const unsupported = [...new Set([...r.stderr.matchAll(UNSUPPORTED)].map((m) => m[1]))];
  if (r.code === 0) return unsupported.length ? { message: null, unsupported } : null;
  const error = compileErrorOf(r, file);
  error.unsupported = unsupported;
  error.all = [...r.stderr.matchAll(/^.*?:\d+:\d+: error: (.*)$/gm)].map((m) => m[1]);
  return error;
}

function compileErrorOf(r, file) {
  const m = /^.*?:(\d+):(\d+): error: (.*)$/m.exec(r.stderr);
  if (!m) return { message: (r.stderr.trim().split('\n')[0] || `hermesc exited with ${r.code ?? r.signal}`), line: 0, column: 0, lineSource: null };
  const text = fs.readFileSync(file, 'utf8');
  const line = Number(m[1]);
  return {
    message: m[3],
    line,
    column: utf16Column(text, line, Number(m[2])),
    lineSource: text.split(/\r\n|\r|\n/)[line - 1] ?? null,
  };
}

async function run(hermes, files, prelude, tmp, index, timeoutMs) {
  const sources = files.map((f) => fs.readFileSync(f, 'utf8'));
  const script = path.join(tmp, `hermes-run-${index}.js`);
  fs.writeFileSync(script, `${HOST}\n${prelude}\n__a2g_run(${JSON.stringify(sources)});\n`);
  const r = await exec(hermes, [...HERMES_FLAGS, `-time-limit=${timeoutMs}`, script], timeoutMs + 5000);
  fs.rmSync(script, { force: true });
  const record = { compileError: null, lines: [], uncaught: null, state: 'done', note: null };
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith(RECORD)) continue;
    const event = JSON.parse(line.slice(RECORD.length));
    if ('out' in event) record.lines.push(event.out);
    else if ('err' in event) record.lines.push(`stderr| ${event.err}`);
    else if ('uncaught' in event) record.uncaught = event.uncaught;
    else if ('state' in event) record.state = event.state;
    else if ('note' in event) record.note = event.note;
  }
  if (r.timedOut || /timed out/i.test(r.stderr)) record.state = 'timeout';
  else if (r.code !== 0) {
    record.state = 'crash';
    record.note = `hermes exited with ${r.code ?? r.signal}: ${r.stderr.trim().split('\n').slice(0, 2).join(' | ')}`;
  }
  return record;
}

export async function hermesVersion(hermes) {
  const r = await exec(hermes, ['-version'], 10000);
  return (/Hermes release version: (\S+)/.exec(r.stdout) ?? [null, 'unknown'])[1];
}

export async function runHermes({ hermes, hermesc, items, prelude, tmp, jobs = 2, timeoutMs = 10000 }) {
  const records = new Array(items.length).fill(null);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      let error = item.compile ? await compileError(hermesc, item.compile, timeoutMs) : null;
      const unsupported = error?.unsupported ?? [];
      if (error && error.message === null) error = null;
      records[index] = error || !item.run
        ? { compileError: error, unsupported, lines: [], uncaught: null, state: 'done', note: null }
        : { ...(await run(hermes, item.run, prelude, tmp, index, timeoutMs)), unsupported };
    }
  }
  await Promise.all(Array.from({ length: jobs }, worker));
  return records;
}
