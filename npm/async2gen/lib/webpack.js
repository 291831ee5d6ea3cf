'use strict';
// webpack loader: `{ test: /\.[cm]?js$/, loader: 'async2gen/webpack', options }`. Sources that
// mention neither async nor await pass through; the map of the loader before it is chained.
const { transform, mentionsAsync } = require('./index');

module.exports = function async2genLoader(source, inputMap) {
  const callback = this.async();
  if (!mentionsAsync(source)) return callback(null, source, inputMap);
  const options = (this.getOptions && this.getOptions()) || {};
  transform(source, {
    ...options,
    filename: this.resourcePath,
    sourceMaps: this.sourceMap ? 'separate' : 'none',
    inputSourceMap: this.sourceMap && inputMap ? inputMap : undefined,
  }).then((r) => callback(null, r.code, r.map || undefined), (e) => callback(e));
};
