// Whether a file is (or may be) an ES module: from its syntax, --module-kind and its name.
#pragma once
#include <tree_sitter/api.h>

#include <string_view>

#include "core/transpile.hpp"

namespace a2g {

// Whether the program has import or export statements, or reads `import.meta` (node's syntax
// detection).
bool is_module(TSNode root, std::string_view src);

// Whether another module may call the file's functions before its first line runs: it exports some.
bool has_exports(TSNode root);

// Whether the helpers are imported with `import` (else `require`): --module-kind, else
// import/export statements or `.mjs`.
bool imports_helpers(TSNode root, std::string_view src, const TranspileOptions& options);

// Whether the file may be an ES module, whose top-level declarations another module can call early.
bool may_be_module(TSNode root, std::string_view src, const TranspileOptions& options);

}  // namespace a2g
