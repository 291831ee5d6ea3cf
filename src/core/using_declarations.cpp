// Masking `using` declarations for the grammar (using_declarations.hpp).
#include "core/using_declarations.hpp"

#include "core/source.hpp"

namespace a2g {
namespace {

constexpr size_t npos = std::string_view::npos;

// After `at`: blanks and block comments without a line break; the offset of what follows.
size_t skip_inline_gap(std::string_view s, size_t at) {
  for (;;) {
    while (at < s.size() && (s[at] == ' ' || s[at] == '\t')) ++at;
    if (s.substr(at, 2) != "/*") return at;
    size_t close = s.find("*/", at + 2);
    if (close == npos || s.substr(at, close - at).find_first_of("\r\n") != npos) return at;
    at = close + 2;
  }
}

// Before `at`: the same, backwards; the offset where they start.
size_t skip_inline_gap_back(std::string_view s, size_t at) {
  for (;;) {
    while (at > 0 && (s[at - 1] == ' ' || s[at - 1] == '\t')) --at;
    if (at < 2 || s.substr(at - 2, 2) != "*/") return at;
    size_t open = s.rfind("/*", at - 2);
    if (open == npos || s.substr(open, at - open).find_first_of("\r\n") != npos) return at;
    at = open;
  }
}

bool identifier_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c == '\\' ||
         static_cast<unsigned char>(c) >= 0x80;
}

size_t word_end(std::string_view s, size_t at) {
  while (at < s.size() && is_identifier_char(s[at])) ++at;
  return at;
}

// Whether the `using` at `at` (a whole word) starts a declaration.
bool starts_declaration(std::string_view s, size_t at) {
  size_t before = skip_inline_gap_back(s, at);
  size_t previous = before;
  while (previous > 0 && std::string_view(" \t\r\n").find(s[previous - 1]) != npos) --previous;
  if (previous > 0 && s[previous - 1] == '.') return false;  // `a.using`
  size_t name = skip_inline_gap(s, at + 5);
  if (name >= s.size() || !identifier_start(s[name])) return false;
  size_t end = word_end(s, name);
  std::string_view word = s.substr(name, end - name);
  if (word == "in" || word == "instanceof") return false;
  if (word == "of") {
    size_t next = skip_inline_gap(s, end);
    bool assigned = next < s.size() && s[next] == '=' && (next + 1 >= s.size() || (s[next + 1] != '=' && s[next + 1] != '>'));
    bool of = s.substr(next, 2) == "of" && word_end(s, next) == next + 2;
    if (!assigned && !of) return false;
  }
  return true;
}

}  // namespace

size_t await_before_using(std::string_view src, size_t using_begin) {
  size_t end = skip_inline_gap_back(src, using_begin);
  if (end < 5 || src.substr(end - 5, 5) != "await") return npos;
  size_t begin = end - 5;
  if (begin > 0 && is_identifier_char(src[begin - 1])) return npos;
  size_t previous = begin;
  while (previous > 0 && std::string_view(" \t\r\n").find(src[previous - 1]) != npos) --previous;
  if (previous > 0 && src[previous - 1] == '.') return npos;  // `a.await using x`
  return begin;
}

std::string mask_using_declarations(std::string_view src) {
  std::string out;
  for (size_t at = src.find("using"); at != npos; at = src.find("using", at + 5)) {
    if ((at > 0 && is_identifier_char(src[at - 1])) || (at + 5 < src.size() && is_identifier_char(src[at + 5]))) continue;
    if (!starts_declaration(src, at)) continue;
    if (out.empty()) out.assign(src);
    out.replace(at, 5, "const");
    size_t await = await_before_using(src, at);
    if (await != npos) out.replace(await, 5, "     ");
  }
  return out;
}

}  // namespace a2g
