// Node's module type for a `.js` file: its nearest package.json's "type".
#pragma once
#include <string>

namespace a2g {

// Whether the nearest package.json in the folders above `file` says "type": "module", so that
// node loads the file (when it ends in .js) as an ES module whatever its syntax. Cached per folder.
bool in_module_package(const std::string& file);

}  // namespace a2g
