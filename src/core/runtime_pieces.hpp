// The runtime helper in sections: each top-level function of src/runtime/*.js is a section with
// the runtime functions it needs (its `// needs:` line), so that a file gets only the sections it
// calls and those they need. The emitted text leaves out comments and blank lines (the files
// in src/runtime keep them); a minifier does the rest. Names here are the runtime's own (`__async...`), before a file's
// prefix replaces them.
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace a2g {

using NameSet = std::set<std::string, std::less<>>;

// The runtime text holding `used` and everything they need, in file order. Unknown names
// are ignored.
std::string runtime_pieces(const NameSet& used);

// The names of all the runtime's functions, in file order.
std::vector<std::string> runtime_function_names();

// Whether `name` (`__async...`) is a function of the runtime.
bool runtime_has(std::string_view name);

// Every runtime name that `text` mentions with the given prefix, given back with `__async`.
void runtime_names_in(std::string_view text, std::string_view prefix, NameSet& out);

// For the test that keeps the `needs:` lines true: each section's name, what its line declares
// and what its code mentions.
struct RuntimeSection {
  std::string name;
  NameSet needs;
  NameSet mentions;
};
std::vector<RuntimeSection> runtime_sections();

// JavaScript without comments, trailing blanks and blank lines; indentation kept. Knows the
// runtime's own style only (no `//` inside strings or regular expressions, which a test checks).
std::string compact_js(std::string_view text);

}  // namespace a2g
