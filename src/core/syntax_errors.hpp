// Stage 2 of the pipeline (static checks): a tree with ERROR or MISSING nodes is a syntax error.
#pragma once
#include <tree_sitter/api.h>

#include <optional>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace a2g {

// The first syntax error (ERROR or MISSING node) of a tree, if any.
std::vector<Diagnostic> find_syntax_errors(TSNode root, std::string_view source);

// Where `await` is a keyword but the grammar read it as a name divided by something (`await /abc`
// then a line break): engines read a regular expression there. The error at `/` when it does not
// end on its line, else nothing. `after` is the end of the `await`.
std::optional<Diagnostic> unterminated_regex_after(std::string_view source, uint32_t after);

}  // namespace a2g
