// Browsers (and other hosts without node's fs): `await initialize()` once (it fetches the .wasm
// beside this package's wasm/async2gen.js, or takes { wasmURL } or { wasmBinary }), then the same
// transform / transformSync / printHelpers as in node.
// (For bundlers, which read the CommonJS files below as modules; node can run it too.)
import createModule from '../wasm/async2gen.js';
import optionsModule from './options.js';

const { normalize } = optionsModule;

let m = null;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function initialize({ wasmURL, wasmBinary } = {}) {
  if (m) return;
  if (!wasmBinary) {
    const url = wasmURL || new URL('../wasm/async2gen.wasm', import.meta.url);
    wasmBinary = new Uint8Array(await (await fetch(url)).arrayBuffer());
  }
  const module = { wasmBinary, print() {}, printErr() {} };
  createModule(module);
  m = module;
}

function take(handle) {
  const field = (i) => {
    const p = m._a2g_result_data(handle, i);
    return decoder.decode(m.HEAPU8.subarray(p, p + m._a2g_result_size(handle, i)));
  };
  const out = { ok: m._a2g_result_ok(handle) === 1, code: field(0), map: field(1), diagnostics: JSON.parse(field(2) || '[]') };
  m._a2g_result_free(handle);
  return out;
}

export class Async2genError extends Error {
  constructor(diagnostics) {
    super(diagnostics.map((d) => d.rendered).join('').replace(/\n$/, ''));
    const first = diagnostics[0];
    Object.assign(this, { name: 'Async2genError', diagnostics, file: first.file, line: first.line, column: first.column, reason: first.message });
    this.frame = first.rendered.slice(first.rendered.indexOf('\n') + 1).replace(/\n$/, '');
  }
}

export function transformSync(code, options) {
  if (!m) throw new Error('async2gen: call `await initialize()` first');
  const src = typeof code === 'string' ? encoder.encode(code) : code;
  const opt = encoder.encode(JSON.stringify(normalize(options)));
  const p = m._malloc(src.length + opt.length + 1);
  m.HEAPU8.set(src, p);
  m.HEAPU8.set(opt, p + src.length);
  const raw = take(m._a2g_transform(p, src.length, p + src.length, opt.length));
  m._free(p);
  if (!raw.ok) throw new Async2genError(raw.diagnostics);
  return { code: raw.code, map: raw.map ? JSON.parse(raw.map) : null, diagnostics: raw.diagnostics };
}

export async function transform(code, options) {
  await initialize();
  return transformSync(code, options);
}

export function printHelpers(kind = 'esm') {
  if (!m) throw new Error('async2gen: call `await initialize()` first');
  return take(m._a2g_runtime_module({ esm: 0, cjs: 1, global: 2 }[kind])).code;
}

export function mentionsAsync(code) {
  return code.includes('async') || code.includes('await');
}
