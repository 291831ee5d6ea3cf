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

// A byte of the parse copy to change, so that the grammar reads the program as engines do (the
// grammar applies ASI where engines do not: `export\ndefault ...`, `static\nm() {}` in a class,
// `let\nx = 1`; and misses it after an arrow function's body: `f = () => {}\n(g)()`).
struct ParseRepair {
  uint32_t offset = 0;
  char byte = ' ';
};

// `module`: the file is an ES module (strict, `await` reserved everywhere, import/export at the
// top level); otherwise it is read as node reads a CommonJS file, as a function body (so
// top-level `return` and `new.target` are allowed). `top_level_await`: a CommonJS file or script
// whose top level is an async function body (--top-level-await). The tree must have no ERROR or
// MISSING node. Returns the early errors in source order, as `syntax error: ...` diagnostics.
// With `repairs`, a misread program gets repairs instead (and its diagnostics are to be
// ignored): the caller applies them to the parse copy, parses it again and calls again.
std::vector<Diagnostic> find_early_errors(TSNode root, std::string_view source, bool module,
                                          bool top_level_await = false, std::vector<ParseRepair>* repairs = nullptr);

}  // namespace a2g
