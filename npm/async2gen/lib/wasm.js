'use strict';
// The WebAssembly core (wasm/async2gen.js + .wasm, built from src/wasm/bindings.cpp): loaded once,
// synchronously in node (the .wasm is read and compiled in place), or from bytes the caller gives.
const createAsync2gen = require('../wasm/async2gen.js');

const encoder = new TextEncoder();
const decoder = new TextDecoder();
let instance = null;

function instantiate(wasmBinary) {
  const m = { wasmBinary, print() {}, printErr() {} };
  // Built with WASM_ASYNC_COMPILATION=0: the module is ready when the factory returns.
  createAsync2gen(m);
  if (typeof m._a2g_transform !== 'function') throw new Error('async2gen: the WebAssembly module did not start');
  return m;
}

function loadSync() {
  if (!instance) {
    const fs = require('fs');
    const path = require('path');
    instance = instantiate(fs.readFileSync(path.join(__dirname, '..', 'wasm', 'async2gen.wasm')));
  }
  return instance;
}

function heap(m) {
  return m.HEAPU8;
}

function take(m, handle) {
  const field = (i) => {
    const p = m._a2g_result_data(handle, i);
    return decoder.decode(heap(m).subarray(p, p + m._a2g_result_size(handle, i)));
  };
  const out = { ok: m._a2g_result_ok(handle) === 1, code: field(0), map: field(1), diagnostics: JSON.parse(field(2) || '[]') };
  m._a2g_result_free(handle);
  return out;
}

// source: a string or UTF-8 bytes; options: what options.js made.
function transformRaw(source, options) {
  const m = loadSync();
  const src = typeof source === 'string' ? encoder.encode(source) : source;
  const opt = encoder.encode(JSON.stringify(options));
  const p = m._malloc(src.length + opt.length + 1);
  heap(m).set(src, p);
  heap(m).set(opt, p + src.length);
  let handle;
  try {
    handle = m._a2g_transform(p, src.length, p + src.length, opt.length);
  } finally {
    m._free(p);
  }
  return take(m, handle);
}

const runtimeKinds = { esm: 0, cjs: 1, global: 2 };
function runtimeModule(kind) {
  const m = loadSync();
  return take(m, m._a2g_runtime_module(runtimeKinds[kind])).code;
}

function version() {
  const m = loadSync();
  const p = m._a2g_version();
  const bytes = heap(m);
  let end = p;
  while (bytes[end]) end++;
  return decoder.decode(bytes.subarray(p, end));
}

module.exports = { transformRaw, runtimeModule, version, loadSync, instantiate };
