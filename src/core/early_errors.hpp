// Early errors: the static semantics of ECMA-262 that tree-sitter's error-tolerant grammar does
// not check (`await` as a name in an async function, an async function as a labelled statement,
// duplicate parameters, a `super` outside methods, redeclarations, labels, assignment targets,
// strict mode rules ...). A program that engines refuse with a SyntaxError is refused here too,
// before anything is lowered, so that it is never turned into one that runs.
#pragma once
#include <tree_sitter/api.h>

#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace a2g {

// `module`: the file is an ES module (strict, `await` reserved everywhere, import/export at the
// top level); otherwise it is read as node reads a CommonJS file, as a function body (so
// top-level `return` and `new.target` are allowed). The tree must have no ERROR or MISSING node.
// Returns the early errors in source order, as `syntax error: ...` diagnostics.
std::vector<Diagnostic> find_early_errors(TSNode root, std::string_view source, bool module);

}  // namespace a2g
