#!/usr/bin/env node
'use strict';
// The async2gen command line: the native binary when its platform package is installed, else
// the WebAssembly build of the same program (same flags, output and exit codes; one thread).
// ASYNC2GEN_WASM=1 chooses the WebAssembly build.
const { nativeBinary } = require('../lib/native');

const binary = process.env.ASYNC2GEN_WASM === '1' ? null : nativeBinary();
if (binary) {
  const { spawnSync } = require('child_process');
  const r = spawnSync(binary, process.argv.slice(2), { stdio: 'inherit' });
  if (r.error) {
    process.stderr.write(`async2gen: error: cannot run ${binary}: ${r.error.message}\n`);
    process.exit(2);
  }
  if (r.signal) {
    process.kill(process.pid, r.signal);
    process.exit(128 + (require('os').constants.signals[r.signal] || 0));
  }
  process.exit(r.status);
} else {
  // Reads process.argv and ends the process with the tool's exit code.
  require('../wasm/async2gen-cli.js');
}
