'use strict';
// The native binary of this platform, from the optional package @async2gen/<platform>-<arch>
// (installed by npm when it matches), or ASYNC2GEN_BINARY; null when there is none.
const fs = require('fs');

function nativeBinary() {
  if (process.env.ASYNC2GEN_BINARY) return process.env.ASYNC2GEN_BINARY;
  try {
    const file = require.resolve(`@async2gen/${process.platform}-${process.arch}/bin/async2gen`);
    fs.accessSync(file, fs.constants.X_OK);
    return file;
  } catch {
    return null;
  }
}

module.exports = { nativeBinary };
