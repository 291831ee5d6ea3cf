'use strict';
// esbuild plugin: files that mention async or await are lowered on load; the map goes inline
// (esbuild chains it into the bundle's map). Other files are left to esbuild.
const fs = require('fs');
const { transform, mentionsAsync, Async2genError } = require('./index');

module.exports = function async2genEsbuild(options = {}) {
  const { filter = /\.[cm]?js$/, ...transformOptions } = options;
  return {
    name: 'async2gen',
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        const code = await fs.promises.readFile(args.path, 'utf8');
        if (!mentionsAsync(code)) return undefined;
        try {
          const r = await transform(code, { ...transformOptions, filename: args.path, sourceMaps: 'inline' });
          return { contents: r.code, loader: 'js' };
        } catch (e) {
          if (!(e instanceof Async2genError)) throw e;
          return { errors: e.diagnostics.map((d) => ({ text: d.message, location: { file: d.file, line: d.line, column: d.column - 1, lineText: d.rendered.split('\n')[1] } })) };
        }
      });
    },
  };
};
