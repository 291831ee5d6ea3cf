// `using` and `await using` declarations (explicit resource management), which the grammar does
// not know. The parse copy reads each as `const` (same length, so no offset moves): `using x = v`
// as `const x = v`, `await using x = v` as `      const x = v`; the source still says `using`, and
// that is how the analysis and the early errors tell them from `const`.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace a2g {

// The text with every `using` that starts a declaration masked as `const` (and the `await`
// before it blanked), or "" when there is none. A candidate is the word `using` (not after `.`)
// followed on the same line by a name (`in` and `instanceof` are operators; `of` only before `=`
// or `of`); masking one inside a string or comment changes no parse, and in a place where no
// declaration can stand the early errors refuse it as engines do.
std::string mask_using_declarations(std::string_view src);

// The offset of the `await` of `await using` whose `using` starts at `using_begin` (blanks and
// one-line block comments between), or npos. The same rule as the masking.
size_t await_before_using(std::string_view src, size_t using_begin);

// Whether the declaration kind written at [begin, begin + 5) of the source is `using`.
inline bool is_using_kind(std::string_view src, uint32_t begin) { return src.substr(begin, 5) == "using"; }

}  // namespace a2g
