// The pre-scan of the fast path: a lexer-level pass (strings, template literals, comments and
// regular expressions skipped) that cuts the program into runs of whole top-level statements, and
// a copy of the source in which the runs that cannot hold anything to lower are blanked (every
// byte but line breaks becomes a space, so every offset stays the same). Parsing that copy instead
// of the source skips most of a file whose async code is in a few of its statements.
//
// A run is kept when its text holds `async`, `await` or `yield` as a word (also in strings and
// comments: conservative), or `\u` (an escape may spell one); and so are the runs that the
// analysis needs from the rest: the directive prologue, a `function NAME` declaration of a name
// that a kept `async function` declares (the last declaration of a name is the one it holds), an
// export and an import statement (whether the file is a module, whether it exports), and a run
// that keeps a kept statement ending in `}` from running into the next kept one.
//
// A statement boundary is a `;` outside brackets that no `else` or `while` follows, or a `}`
// outside brackets followed by a word that cannot continue an expression (a new statement after
// ASI). Whatever the lexer cannot read for sure (an unterminated string, regular expression,
// template or comment, brackets that do not match) gives no plan: the whole file is parsed.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace a2g {

struct ReducedSource {
  std::string text;         // the source with the runs blanked
  uint32_t blanked = 0;     // how many bytes were blanked
  // The byte ranges that were not blanked (and the end of each blanked run from its last line
  // break on, for automatic semicolon insertion): what the parser needs to read.
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
};

// The copy to parse instead of `source`, or nothing when no run can be blanked or the lexer
// cannot read the file for sure. `keep_comment`: the offset of a trailing `//` comment (a
// sourceMappingURL) whose bytes stay as they are, or npos.
std::optional<ReducedSource> reduce_source(std::string_view source, size_t keep_comment);

}  // namespace a2g
