// The runtime helper in sections. The runtime is one function, `__async_rt` (src/runtime/async.js),
// whose body is cut into sections (`// section: NAME`, then `// needs: OTHER, ...`); a section sets
// the entry points that lowered code calls (`__async_await = function (value) {`). A file gets
// the sections whose entry points it calls and those they need, and a declaration of each entry
// point: a top-level `var` (set by `__async_rt` on line 1), or, where another module may call the
// file's exported functions before its line 1 runs (`hoisted`), a hoisted function that runs
// `__async_rt` first. The emitted text leaves out comments, indentation and blank lines (the files
// in src/runtime keep them); a minifier does the rest. Names here are the runtime's own
// (`__async...`), before a file's prefix replaces them.
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace a2g {

using NameSet = std::set<std::string, std::less<>>;

// The runtime text for a file that calls the entry points `used` (and `__async_rt`), in file
// order. Unknown names are ignored; nothing known: empty. `live` (--promise=global): with the
// lines of the runtime between `// if live` and `// end if` (else without them).
std::string runtime_pieces(const NameSet& used, bool hoisted, bool live = false);
// The same, where only the entry points in `hoisted` are hoisted functions (the others: `var`s).
std::string runtime_pieces(const NameSet& used, const NameSet& hoisted, bool live);

// The entry points of the runtime (`__async`, `__async_await`, ...), in file order.
std::vector<std::string> runtime_entry_names();

// Whether `name` (`__async...`) is `__async_rt` or an entry point of the runtime.
bool runtime_has(std::string_view name);


// For the test that keeps the `needs:` lines true: each section's name, what its line declares,
// and the sections whose names (functions, variables, entry points) its code mentions.
struct RuntimeSection {
  std::string name;
  NameSet needs;
  NameSet uses;
  NameSet entries;
};
std::vector<RuntimeSection> runtime_sections();

// JavaScript without comments, blank lines and the blanks that no two tokens need between them
// (`a - -b` and two words keep theirs); strings and regular expressions stay as written. Knows the
// runtime's own style only (line breaks kept, no multi-line strings, a regular expression only
// after one of `(,=:[!&|?{};`, which a test checks).
std::string compact_js(std::string_view text);

}  // namespace a2g
