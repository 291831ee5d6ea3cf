// A source file as bytes, and the index that turns byte offsets into lines and columns.
#pragma once
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace a2g {

// A set of short words, by length: whether a word is one costs a comparison of its length, then of
// the first byte of the few words of that length (no hash of every word asked).
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : words_(words) {
    std::sort(words_.begin(), words_.end(), [](std::string_view a, std::string_view b) { return a.size() < b.size(); });
    size_t longest = words_.empty() ? 0 : words_.back().size();
    starts_.assign(longest + 2, 0);
    for (std::string_view w : words_) ++starts_[w.size() + 1];
    for (size_t n = 1; n < starts_.size(); ++n) starts_[n] += starts_[n - 1];
  }
  bool contains(std::string_view word) const {
    if (word.size() + 1 >= starts_.size()) return false;
    for (uint32_t k = starts_[word.size()]; k < starts_[word.size() + 1]; ++k) {
      if (words_[k][0] == word[0] && words_[k] == word) return true;
    }
    return false;
  }

 private:
  std::vector<std::string_view> words_;  // by length
  std::vector<uint32_t> starts_;         // where the words of each length start in words_
};

// Where a byte offset lies: 0-based line, byte column and UTF-16 column.
struct Position {
  uint32_t line = 0;
  uint32_t byte_column = 0;
  uint32_t utf16_column = 0;
};

// Line starts of a text; lines end at \n (a \r before it belongs to the line break).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  Position position(uint32_t offset) const;
  // The text of a 0-based line without its line break.
  std::string_view line_text(uint32_t line) const;
  uint32_t line_count() const { return static_cast<uint32_t>(starts_.size()); }

 private:
  std::string_view text_;
  std::vector<uint32_t> starts_;
};

// Whether a byte can be part of an identifier (any non-ASCII byte counts: conservative).
inline bool is_identifier_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Whether `word` occurs in `text` as a whole identifier (conservative: strings and comments count).
bool mentions(std::string_view text, std::string_view word);

// Whether `word` may occur in `text` as a keyword: not inside a longer identifier (`asyncIterator`,
// `isasync`, `\u0061sync`). Strings and comments count, and so does a non-ASCII neighbour (it may be
// white space, U+00A0): conservative for the fast path, which copies files without the keyword.
bool may_be_keyword(std::string_view text, std::string_view word);

// The same question about [begin, end) of a file: the text is read, until the texts read add up to
// the file's size; then answered from the sorted offsets of the word in the file, so that asking it
// of every function of a deeply nested file stays linear. The offsets of a word are found by one
// search of the file for that word, for the first few words asked (up to `searched_words` files'
// worth of searching); after that an index of all the file's words is built in one pass.
class Words {
 public:
  explicit Words(std::string_view text) : text_(text) {}
  bool mentions(uint32_t begin, uint32_t end, std::string_view word);
  // The offsets of the whole-identifier occurrences of `word` in the file, in order (none for a
  // word that is empty or holds a byte that is no identifier character).
  const std::vector<uint32_t>& occurrences(std::string_view word);
  // Whether [begin, end) holds `\u` (an escape that may spell a name).
  bool has_unicode_escape(uint32_t begin, uint32_t end);

 private:
  static constexpr size_t searched_words = 8;
  // The offsets of `word` if they are known already, else null.
  const std::vector<uint32_t>* known(std::string_view word) const;
  std::string_view text_;
  bool built_ = false;
  size_t scanned_ = 0;   // the bytes mentions has read without an index
  size_t searched_ = 0;  // the bytes searched for single words
  std::vector<std::pair<std::string, std::vector<uint32_t>>> searched_words_;  // (few)
  std::unordered_map<std::string_view, std::vector<uint32_t>> words_;  // maximal identifier runs
  std::optional<std::vector<uint32_t>> escapes_;  // where `\u` stands
};

// Appends a code point as UTF-8.
void append_utf8(std::string& out, uint32_t cp);

// An identifier's name with its `\u0061` / `\u{61}` escapes decoded to UTF-8 (a surrogate pair
// written as two escapes too), so that two spellings of one name compare equal.
std::string identifier_name(std::string_view text);
// Whether an identifier's text spells `name` (decoded only when it has an escape: most names are
// compared as they are, without a copy). An escape is longer than the character it spells, so a
// text no longer than the name spells it only as it is.
inline bool identifier_is(std::string_view text, std::string_view name) {
  if (text.size() <= name.size()) return text == name;
  return text.find('\\') != std::string_view::npos && identifier_name(text) == name;
}

// The length in bytes of the white space or line terminator at `at` (ECMA-262 WhiteSpace and
// LineTerminator, UTF-8: the ASCII ones, NBSP, the BOM, U+2028, U+2029 and the Zs spaces), else 0.
size_t blank_length(std::string_view src, size_t at);
// Whether `at` starts a line terminator (\n, \r, U+2028, U+2029); whether `text` holds one.
bool line_terminator_at(std::string_view src, size_t at);
bool has_line_break(std::string_view text);
// The offset of the next token at or after `at`: blanks and comments skipped (src.size() at the
// end; inside an unclosed block comment, too).
size_t skip_blanks_and_comments(std::string_view src, size_t at);

// Number of UTF-16 code units needed for the UTF-8 bytes in `text`.
uint32_t utf16_length(std::string_view text);

}  // namespace a2g
