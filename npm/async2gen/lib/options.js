'use strict';
// The JavaScript options (the CLI's flags in camelCase) checked and turned into what the
// WebAssembly core reads (src/wasm/bindings.cpp). Unknown options and bad values throw a TypeError.

const choices = {
  sourceMaps: { false: 'none', true: 'separate', none: 'none', separate: 'separate', inline: 'inline', both: 'both', external: 'external' },
  helpers: { inline: 'inline', import: 'import', global: 'global' },
  moduleKind: { auto: 'auto', esm: 'esm', cjs: 'cjs' },
  promise: { intrinsic: 'intrinsic', global: 'global' },
};
const strings = ['filename', 'outputFilename', 'sourceRoot', 'helpersModule', 'helpersModuleCjs', 'mapSource'];
const booleans = ['sourcesContent', 'topLevelAwait', 'asyncStackTraces', 'fastPaths'];

function normalize(options, defaultFilename) {
  if (options == null) options = {};
  if (typeof options !== 'object') throw new TypeError('async2gen: options must be an object');
  const out = { filename: defaultFilename || '<input>' };
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (key in choices) {
      const v = choices[key][String(value)];
      if (v === undefined) {
        throw new TypeError(`async2gen: option ${key} must be one of ${Object.keys(choices[key]).join(', ')} (got ${JSON.stringify(value)})`);
      }
      out[key] = v;
    } else if (strings.includes(key)) {
      if (typeof value !== 'string') throw new TypeError(`async2gen: option ${key} must be a string`);
      out[key] = value;
    } else if (booleans.includes(key)) {
      if (typeof value !== 'boolean') throw new TypeError(`async2gen: option ${key} must be a boolean`);
      out[key] = value;
    } else if (key === 'inputSourceMap') {
      if (value === false || value === null) continue;
      out.inputSourceMap = typeof value === 'string' ? value : JSON.stringify(value);
    } else if (key === 'assume') {
      // (the names are checked by the core: an unknown one is an Async2genError naming the known ones)
      const names = typeof value === 'string' ? value.split(',') : value;
      if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) {
        throw new TypeError('async2gen: option assume must be a string (comma-separated) or an array of strings');
      }
      out.assume = names.map((n) => n.trim()).filter(Boolean);
    } else if (key === 'maxInputSize') {
      if (typeof value !== 'number' || !(value >= 1)) throw new TypeError('async2gen: option maxInputSize must be a number of MiB >= 1');
      out.maxInputBytes = Math.floor(value) * 1024 * 1024;
    } else {
      throw new TypeError(`async2gen: unknown option ${key}`);
    }
  }
  if (out.promise === 'global' && out.helpers && out.helpers !== 'inline') {
    throw new TypeError('async2gen: promise: "global" needs helpers: "inline"');
  }
  return out;
}

module.exports = { normalize };
