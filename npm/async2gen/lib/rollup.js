'use strict';
// Rollup plugin (Vite uses it too: ./vite.js): the transform hook lowers modules that mention
// async or await and gives back the map, which the bundler chains with the others.
const { transform, mentionsAsync, Async2genError } = require('./index');

module.exports = function async2genRollup(options = {}) {
  const { include = /\.[cm]?js$/, ...transformOptions } = options;
  return {
    name: 'async2gen',
    async transform(code, id) {
      if (id.startsWith('\0') || !include.test(id.split('?')[0]) || !mentionsAsync(code)) return null;
      try {
        const r = await transform(code, { ...transformOptions, filename: id.split('?')[0], sourceMaps: 'separate' });
        return { code: r.code, map: r.map };
      } catch (e) {
        if (!(e instanceof Async2genError)) throw e;
        this.error({ message: e.message, id, loc: { file: e.file, line: e.line, column: e.column - 1 }, frame: e.frame });
      }
    },
  };
};
