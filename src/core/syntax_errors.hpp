// Stage 2 of the pipeline (static checks): a tree with ERROR or MISSING nodes is a syntax error.
#pragma once
#include <tree_sitter/api.h>

#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace a2g {

// The first syntax error (ERROR or MISSING node) of a tree, if any.
std::vector<Diagnostic> find_syntax_errors(TSNode root, std::string_view source);

}  // namespace a2g
