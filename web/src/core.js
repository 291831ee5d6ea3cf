// The project's WebAssembly core (build/wasm/src/async2gen.js + .wasm, made by src/wasm/bindings.cpp,
// the same build as the npm package's) called through its C entry points: options as JSON in, a
// result handle out. async2gen.js is loaded by a classic <script> before this module and defines
// the factory createAsync2gen.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
let m = null;

export async function initialize(wasmURL) {
  const bytes = new Uint8Array(await (await fetch(wasmURL)).arrayBuffer());
  const module = { wasmBinary: bytes, print() {}, printErr() {} };
  // Built with WASM_ASYNC_COMPILATION=0: ready when the factory returns.
  globalThis.createAsync2gen(module);
  if (typeof module._a2g_transform !== 'function') throw new Error('the WebAssembly module did not start');
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

// options: the npm API's spelling (filename, sourceMaps, helpers, moduleKind, promise, ...).
// Returns { ok, code, map (object or null), diagnostics }; never throws for bad input.
export function transform(source, options) {
  const src = encoder.encode(source);
  const opt = encoder.encode(JSON.stringify(options));
  const p = m._malloc(src.length + opt.length + 1);
  m.HEAPU8.set(src, p);
  m.HEAPU8.set(opt, p + src.length);
  let raw;
  try {
    raw = take(m._a2g_transform(p, src.length, p + src.length, opt.length));
  } finally {
    m._free(p);
  }
  return { ok: raw.ok, code: raw.code, map: raw.map ? JSON.parse(raw.map) : null, diagnostics: raw.diagnostics };
}

export function printHelpers(kind) {
  return take(m._a2g_runtime_module({ esm: 0, cjs: 1, global: 2 }[kind])).code;
}

export function version() {
  const p = m._a2g_version();
  let end = p;
  while (m.HEAPU8[end]) end++;
  return decoder.decode(m.HEAPU8.subarray(p, end));
}
