'use strict';
// async2gen's JavaScript API: transform / transformSync, transformFile / transformFileSync,
// printHelpers. The work is done in-process by the WebAssembly build of the C++ core (no process
// is started); the command line (bin/async2gen.js) uses the native binary when it is installed.
const fs = require('fs');
const path = require('path');
const wasm = require('./wasm');
const { normalize } = require('./options');

class Async2genError extends Error {
  constructor(diagnostics) {
    const first = diagnostics[0];
    super(diagnostics.map((d) => d.rendered).join('').replace(/\n$/, ''));
    this.name = 'Async2genError';
    this.diagnostics = diagnostics;  // every error: { file, line, column, offset, endOffset, severity, message, rendered }
    this.file = first.file;
    this.line = first.line;      // 1-based
    this.column = first.column;  // 1-based, UTF-16 code units
    this.reason = first.message; // the message without its position
    this.frame = first.rendered.slice(first.rendered.indexOf('\n') + 1).replace(/\n$/, '');  // the source line and a caret
  }
}

function finish(raw) {
  if (!raw.ok) throw new Async2genError(raw.diagnostics);
  return { code: raw.code, map: raw.map ? JSON.parse(raw.map) : null, diagnostics: raw.diagnostics };
}

function transformSync(code, options) {
  if (typeof code !== 'string' && !(code instanceof Uint8Array)) throw new TypeError('async2gen: code must be a string or a Uint8Array');
  return finish(wasm.transformRaw(code, normalize(options)));
}

function transform(code, options) {
  return new Promise((resolve) => resolve(transformSync(code, options)));
}

// Node's module type for a .js file: the nearest package.json's "type" (as the CLI decides it).
function inModulePackage(file) {
  for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
    let text;
    try {
      text = fs.readFileSync(path.join(dir, 'package.json'), 'utf8');
    } catch {
      if (path.dirname(dir) === dir) return false;
      continue;
    }
    try {
      return JSON.parse(text).type === 'module';
    } catch {
      return false;
    }
  }
}

// The options for a file: its name, its module type, and the map its sourceMappingURL comment
// names (a file next to it), as the CLI reads them.
function fileOptions(file, text, options) {
  const o = normalize(options, file);
  if (!o.moduleKind && file.endsWith('.js') && inModulePackage(file)) o.moduleKind = 'esm';
  if (o.inputSourceMap === undefined && o.sourceMaps && o.sourceMaps !== 'none') {
    const m = /\/\/[#@] sourceMappingURL=([^\s'"]+)\s*$/.exec(text.slice(-4096));
    if (m && !m[1].startsWith('data:') && !m[1].includes('://')) {
      try {
        o.inputSourceMap = fs.readFileSync(path.join(path.dirname(file), m[1]), 'utf8');
      } catch {}
    }
  }
  return o;
}

function transformFileSync(file, options) {
  const text = fs.readFileSync(file, 'utf8');
  return finish(wasm.transformRaw(text, fileOptions(file, text, options)));
}

async function transformFile(file, options) {
  const text = await fs.promises.readFile(file, 'utf8');
  return finish(wasm.transformRaw(text, fileOptions(file, text, options)));
}

// The whole runtime as one module: 'esm', 'cjs', or 'global' (a script defining it on globalThis).
function printHelpers(kind = 'esm') {
  if (!['esm', 'cjs', 'global'].includes(kind)) throw new TypeError('async2gen: printHelpers takes esm, cjs or global');
  return wasm.runtimeModule(kind);
}

// Whether a text may hold something to lower: the plugins skip the others without a transform.
function mentionsAsync(code) {
  return code.includes('async') || code.includes('await');
}

module.exports = {
  transform,
  transformSync,
  transformFile,
  transformFileSync,
  printHelpers,
  mentionsAsync,
  Async2genError,
  get version() {
    return wasm.version();
  },
};
