// The JavaScript the lowerings write besides the source's own text, in one place: calls to the
// runtime's helpers under the file's prefix (each one recorded as used, see runtime_abi.hpp),
// `void 0`, literals, argument lists. Lowerings add only punctuation and keywords around them.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/runtime_abi.hpp"

namespace a2g {

class Emitter {
 public:
  explicit Emitter(std::string prefix) : prefix_(std::move(prefix)) {}
  // The helper's name in this file (`__async_await`); the file now needs it.
  std::string helper(Helper h) {
    used_.add(h);
    later_.add(h);
    return helper_name(h, prefix_);
  }
  // `__async_key(`: a call whose arguments are source text that follows; the caller closes it.
  std::string open_call(Helper h) { return helper(h) + "("; }
  // `__async_next(__async_r1)`: a call with all its arguments (no more than the helper declares).
  std::string call(Helper h, std::initializer_list<std::string_view> args);
  std::string call(Helper h, const std::vector<std::string>& args);
  // A call in the statements that run first in the file (after `__async_rt();` on its first line).
  std::string call_at_file_start(Helper h, std::initializer_list<std::string_view> args);
  const HelperSet& used() const { return used_; }
  // The helpers called elsewhere than at the file's start: in a module with exports, whose
  // functions another module may call before the file's first line runs, they must be hoisted.
  const HelperSet& used_later() const { return later_; }

 private:
  std::string checked_call(Helper h, size_t count, const std::string& list);
  std::string prefix_;
  HelperSet used_;
  HelperSet later_;
};

namespace js {

// `undefined` can be a local name (`var undefined = 5`): the value is always written `void 0`.
inline constexpr std::string_view undefined = "void 0";

// "a, b, c"
std::string list(std::initializer_list<std::string_view> items);
std::string list(const std::vector<std::string>& items);

// A string literal holding `text` (JSON quoting).
std::string string(std::string_view text);

// A name written in the source (an identifier, `#x`), as a string literal. Its `\u0061` escapes
// stay escapes, which mean the same in a string.
std::string quoted_name(std::string_view name);

// A property key as written (`x`, `'a b'`, `42`, `.5`, `#x`) as a literal the runtime converts as
// the key is: names are quoted, strings and numbers stay as they are.
std::string key(std::string_view written);

std::string number(long long n);

// A boolean argument of a helper (see runtime_abi.hpp).
std::string flag(bool on);

}  // namespace js
}  // namespace a2g
