// node_reference.mjs - node's side of the engine comparison: runs scripts in a fresh vm context of this
// process, after prelude.js, with the same host interface the engines get (see prelude.js), so that node
// and the engines differ only in the engine.
//
// runInNode(prelude, scripts) -> { lines, uncaught, state }: scripts = [{ source, name }] evaluated one
// after the other in one global (as <script> elements would be); lines are what console printed (stderr
// lines start with "stderr| "); uncaught is "Name: message" of the first uncaught error or unhandled
// rejection (null if none); state is "done" or "timeout" (more than MAX_TASKS macrotasks, or a script
// running longer than SCRIPT_TIMEOUT_MS). Runs are sequential: an unhandled rejection (node reports it
// after the microtasks of a macrotask have drained, as the engines' glue does) belongs to the run in
// progress.

import vm from 'node:vm';

export const MAX_TASKS = 100000;
const SCRIPT_TIMEOUT_MS = 10000;

let current = null; // the host of the run in progress
let queue = Promise.resolve(); // runs are chained: one at a time

process.on('unhandledRejection', (reason) => {
  if (current) current.fail(reason);
  else console.error(`engines: unhandled rejection outside a run: ${reason}`);
});

function makeHost() {
  const run = { lines: [], uncaught: null, stopped: false };
  const tasks = [];
  const host = {
    write(stream, text) {
      if (!run.stopped) run.lines.push(stream === 'err' ? `stderr| ${text}` : String(text));
    },
    post(fn) { tasks.push(fn); },
    fail(error) {
      if (run.stopped) return;
      run.stopped = true;
      run.uncaught = describe(host, error);
    },
    stopped() { return run.stopped; },
  };
  return { host, run, tasks };
}

// The prelude's formatter once it is loaded; a plain one when the prelude itself failed.
function describe(host, error) {
  if (typeof host.describe === 'function') return host.describe(error);
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function runOne(prelude, scripts) {
  return new Promise((resolve) => {
    const { host, run, tasks } = makeHost();
    const context = vm.createContext({ __a2g_host: host });
    current = host;
    for (const script of [{ source: prelude, name: 'prelude.js' }, ...scripts]) {
      if (run.stopped) break;
      try {
        new vm.Script(script.source, { filename: script.name }).runInContext(context, { timeout: SCRIPT_TIMEOUT_MS });
      } catch (error) {
        if (error && error.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return finish('timeout');
        host.fail(error);
      }
    }
    let count = 0;
    // Each macrotask runs in its own setImmediate callback: the microtasks it queued drain, and node
    // reports an unhandled rejection, before the next one starts.
    const step = () => {
      if (run.stopped || tasks.length === 0) return finish('done');
      if (++count > MAX_TASKS) return finish('timeout');
      try {
        tasks.shift()();
      } catch (error) {
        host.fail(error);
      }
      setImmediate(step);
    };
    setImmediate(step);
    function finish(state) {
      run.stopped = true;
      current = null;
      resolve({ lines: run.lines, uncaught: run.uncaught, state });
    }
  });
}

export function runInNode(prelude, scripts) {
  const result = queue.then(() => runOne(prelude, scripts));
  queue = result.catch(() => {});
  return result;
}

// Run as a program (`node node_reference.mjs --batch FILE`, by run_engines.mjs with a newer node
// for the cases marked `node24`): FILE holds [{ prelude, scripts }]; prints their results, in
// order, as one JSON array. The runs are the same as runInNode's, in that node.
if (process.argv[2] === '--batch') {
  const fs = await import('node:fs');
  const runs = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
  const results = await Promise.all(runs.map((r) => runInNode(r.prelude, r.scripts)));
  process.stdout.write(JSON.stringify(results));
}
