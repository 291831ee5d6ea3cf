'use strict';
// Vite plugin: the Rollup plugin, run before Vite's own transforms, in dev and build.
const rollup = require('./rollup');

module.exports = function async2genVite(options = {}) {
  return { ...rollup(options), enforce: 'pre' };
};
