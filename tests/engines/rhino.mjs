// rhino.mjs - runs items on Rhino in one JVM (rhino_driver.js does the work inside it).
//
// runRhino({ command, items, prelude, tmp, optimization, itemTimeoutMs }) -> records, one per item:
//   { compileError, lines, uncaught, syntaxError, state } (see rhino_driver.js), or
//   { compileError: null, lines: [], uncaught: null, state: "timeout" | "crash", note } when the JVM gave no
//   record for the item in time (it is killed and a new one starts at the next item) or died on it.
// items: [{ compile: PATH | null, run: [PATH, ...] | null }].

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DRIVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rhino_driver.js');
const START_UP_MS = 20000; // allowance for the JVM's start before the first record
const RECORD = '@@A2G ';
let version = null; // Context.getImplementationVersion() of the last JVM

export const rhinoVersion = () => version;

// One JVM from item `first` on; onRecord(record) for each record. Resolves { timedOut, stderr }.
function runJvm(command, manifest, first, itemTimeoutMs, onRecord) {
  return new Promise((resolve) => {
    const child = spawn(command, ['-version', '200', DRIVER, manifest, String(first)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group: the launcher script and the JVM are stopped together
    });
    let timedOut = false;
    let stderr = '';
    let head = ''; // the start of stderr: the line naming a Java exception (a VerifyError's bytecode dump follows it)
    let pending = '';
    let timer = null;
    const arm = (ms) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
      }, ms);
    };
    arm(START_UP_MS + itemTimeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      let nl;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (!line.startsWith(RECORD)) continue; // the case's own print()
        const record = JSON.parse(line.slice(RECORD.length));
        if ('version' in record) version = record.version;
        else onRecord(record);
        arm(itemTimeoutMs);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-2000);
      if (head.length < 4000) head += chunk;
    });
    child.on('error', (err) => { stderr += String(err); });
    child.on('close', () => {
      clearTimeout(timer);
      const cause = /^.*(Exception|Error)\b.*$/m.exec(head)?.[0].trim().slice(0, 300) ?? null;
      resolve({ timedOut, stderr, cause });
    });
  });
}

export async function runRhino({ command, items, prelude, tmp, optimization = null, itemTimeoutMs = 8000 }) {
  const manifest = path.join(tmp, 'rhino-manifest.json');
  fs.writeFileSync(manifest, JSON.stringify({ prelude, optimization, items }));
  const records = new Array(items.length).fill(null);
  let next = 0;
  while (next < items.length) {
    const { timedOut, stderr, cause } = await runJvm(command, manifest, next, itemTimeoutMs, (record) => {
      records[record.index] = record;
      next = record.index + 1;
    });
    if (next < items.length) {
      const note = timedOut ? `no result after ${itemTimeoutMs} ms (the JVM was stopped)`
        : `the JVM ended: ${cause ?? (stderr.trim().split('\n').slice(-3).join(' | ') || 'no message')}`;
      records[next] = { compileError: null, lines: [], uncaught: null, state: timedOut ? 'timeout' : 'crash', note };
      next++;
    }
  }
  return records;
}
