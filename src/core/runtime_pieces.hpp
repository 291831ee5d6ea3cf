// The runtime helper in pieces: each top-level function of src/runtime/*.js (with the comment
// lines just above it) is a piece, so that a file gets only the pieces it calls and those they
// call. Names here are the runtime's own (`__async...`), before a file's prefix replaces them.
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace a2g {

// The runtime text holding `used` and everything they call, in file order, each file's header
// comment first. Unknown names are ignored.
std::string runtime_pieces(const std::set<std::string, std::less<>>& used);

// The names of all the runtime's functions, in file order.
std::vector<std::string> runtime_function_names();

// Whether `name` (`__async...`) is a function of the runtime.
bool runtime_has(std::string_view name);

// Every runtime name that `text` mentions with the given prefix, given back with `__async`.
void runtime_names_in(std::string_view text, std::string_view prefix, std::set<std::string, std::less<>>& out);

}  // namespace a2g
