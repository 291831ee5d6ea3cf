// Line index over a byte buffer: binary search of line starts, UTF-16 columns on demand.
#include "core/source.hpp"

#include <algorithm>

namespace a2g {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

Position LineIndex::position(uint32_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  auto line = static_cast<uint32_t>(it - starts_.begin() - 1);
  uint32_t start = starts_[line];
  return {line, offset - start, utf16_length(text_.substr(start, offset - start))};
}

std::string_view LineIndex::line_text(uint32_t line) const {
  if (line >= starts_.size()) return {};
  uint32_t start = starts_[line];
  uint32_t end = line + 1 < starts_.size() ? starts_[line + 1] - 1 : static_cast<uint32_t>(text_.size());
  if (end > start && text_[end - 1] == '\r') --end;
  return text_.substr(start, end - start);
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {
// Calls f(offset) on each occurrence of `word` in `text` as a whole identifier, in order, until f
// returns false.
template <class F>
void for_each_whole_word(std::string_view text, std::string_view word, F&& f) {
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    bool starts = at == 0 || !is_identifier_char(text[at - 1]);
    bool ends = at + word.size() >= text.size() || !is_identifier_char(text[at + word.size()]);
    if (starts && ends && !f(at)) return;
  }
}
}  // namespace

// Whether `word` occurs in `text` as a whole identifier (conservative: strings and comments count).
bool mentions(std::string_view text, std::string_view word) {
  bool found = false;
  for_each_whole_word(text, word, [&](size_t) {
    found = true;
    return false;
  });
  return found;
}

bool may_be_keyword(std::string_view text, std::string_view word) {
  auto extends = [](char c) { return static_cast<unsigned char>(c) < 0x80 && (is_identifier_char(c) || c == '\\'); };
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    size_t end = at + word.size();
    if ((at == 0 || !extends(text[at - 1])) && (end == text.size() || !extends(text[end]))) return true;
  }
  return false;
}

namespace {
bool is_plain_word(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), is_identifier_char);
}
}  // namespace

const std::vector<uint32_t>* Words::known(std::string_view word) const {
  for (const auto& [w, at] : searched_words_) {
    if (w == word) return &at;
  }
  if (!built_) return nullptr;
  static const std::vector<uint32_t> empty;
  auto found = words_.find(word);
  return found == words_.end() ? &empty : &found->second;
}

const std::vector<uint32_t>& Words::occurrences(std::string_view word) {
  static const std::vector<uint32_t> empty;
  // (no maximal run of identifier characters is such a word)
  if (!is_plain_word(word) || text_.empty()) return empty;
  if (const std::vector<uint32_t>* at = known(word)) return *at;
  if (searched_ + text_.size() <= searched_words * text_.size()) {
    // One search for the word: its occurrences that are maximal runs of identifier characters.
    // (the vector never grows past its first capacity: the references handed out stay valid)
    searched_ += text_.size();
    searched_words_.reserve(searched_words);
    std::vector<uint32_t>& at = searched_words_.emplace_back(std::string(word), std::vector<uint32_t>{}).second;
    for_each_whole_word(text_, word, [&](size_t i) {
      at.push_back(static_cast<uint32_t>(i));
      return true;
    });
    return at;
  }
  built_ = true;
  for (size_t i = 0; i < text_.size();) {
    if (!is_identifier_char(text_[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text_.size() && is_identifier_char(text_[end])) ++end;
    words_[text_.substr(i, end - i)].push_back(static_cast<uint32_t>(i));
    i = end;
  }
  return *known(word);
}

bool Words::has_unicode_escape(uint32_t begin, uint32_t end) {
  if (!escapes_) {
    escapes_.emplace();
    for (size_t at = text_.find("\\u"); at != std::string_view::npos; at = text_.find("\\u", at + 1)) {
      escapes_->push_back(static_cast<uint32_t>(at));
    }
  }
  auto first = std::lower_bound(escapes_->begin(), escapes_->end(), begin);
  return first != escapes_->end() && *first + 2 <= end;
}

bool Words::mentions(uint32_t begin, uint32_t end, std::string_view word) {
  if (word.empty() || end < begin || end - begin < word.size()) return false;
  std::string_view text = text_.substr(begin, end - begin);
  // An occurrence that `text` cuts out of a longer run of identifier characters: at its ends.
  if (text.starts_with(word) && (word.size() == text.size() || !is_identifier_char(text[word.size()]))) return true;
  if (text.ends_with(word) && !is_identifier_char(text[text.size() - word.size() - 1])) return true;
  // The text is read (the same answer) until the texts read add up to the file's size; then the
  // offsets of the word in the file are found, which pays for many questions, as deep nesting asks
  // (each function's text holds those of the functions inside it).
  if (!is_plain_word(word)) return a2g::mentions(text, word);
  const std::vector<uint32_t>* at = known(word);
  if (!at && scanned_ + text.size() <= text_.size()) {
    scanned_ += text.size();
    return a2g::mentions(text, word);
  }
  if (!at) at = &occurrences(word);
  auto first = std::lower_bound(at->begin(), at->end(), begin);
  return first != at->end() && *first + word.size() <= end;
}

std::string identifier_name(std::string_view text) {
  if (text.find('\\') == std::string_view::npos) return std::string(text);  // (no escape: most names)
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 >= text.size() || text[i + 1] != 'u') {
      out += text[i];
      continue;
    }
    size_t begin = i + 2, end = begin + 4;
    if (begin < text.size() && text[begin] == '{') {
      end = text.find('}', begin);
      if (end == std::string_view::npos) return std::string(text);
      ++begin;
    }
    if (end > text.size()) return std::string(text);
    unsigned value = 0;
    for (size_t k = begin; k < end; ++k) {
      char c = text[k];
      int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (digit < 0 || value > 0x10FFFF) return std::string(text);
      value = value * 16 + static_cast<unsigned>(digit);
    }
    i = text[i + 2] == '{' ? end : end - 1;
    if (value >= 0xD800 && value <= 0xDBFF && i + 6 < text.size() + 0 && text.substr(i + 1, 2) == "\\u") {
      // a surrogate pair written as two escapes
      unsigned low = 0;
      bool ok = i + 6 < text.size();
      for (size_t k = i + 3; ok && k < i + 7; ++k) {
        char c = text[k];
        int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        ok = digit >= 0;
        low = low * 16 + static_cast<unsigned>(digit < 0 ? 0 : digit);
      }
      if (ok && low >= 0xDC00 && low <= 0xDFFF) {
        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00);
        i += 6;
      }
    }
    append_utf8(out, value);
  }
  return out;
}

size_t blank_length(std::string_view src, size_t at) {
  if (at >= src.size()) return 0;
  unsigned char c = static_cast<unsigned char>(src[at]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return 1;
  if (c < 0xC2) return 0;
  std::string_view rest = src.substr(at, 3);
  if (rest.starts_with("\xC2\xA0")) return 2;  // NBSP
  if (rest.size() < 3) return 0;
  auto b1 = static_cast<unsigned char>(rest[1]), b2 = static_cast<unsigned char>(rest[2]);
  bool blank = (c == 0xEF && b1 == 0xBB && b2 == 0xBF) ||                 // BOM
               (c == 0xE1 && b1 == 0x9A && b2 == 0x80) ||                 // U+1680
               (c == 0xE2 && b1 == 0x80 && (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF)) ||
               (c == 0xE2 && b1 == 0x81 && b2 == 0x9F) ||                 // U+205F
               (c == 0xE3 && b1 == 0x80 && b2 == 0x80);                   // U+3000
  return blank ? 3 : 0;
}

bool line_terminator_at(std::string_view src, size_t at) {
  return at < src.size() && (src[at] == '\n' || src[at] == '\r' || src.compare(at, 3, "\xE2\x80\xA8") == 0 ||
                             src.compare(at, 3, "\xE2\x80\xA9") == 0);
}

bool has_line_break(std::string_view text) {
  return text.find_first_of("\r\n") != std::string_view::npos || text.find("\xE2\x80\xA8") != std::string_view::npos ||
         text.find("\xE2\x80\xA9") != std::string_view::npos;
}

size_t skip_blanks_and_comments(std::string_view src, size_t at) {
  while (at < src.size()) {
    if (size_t n = blank_length(src, at)) {
      at += n;
    } else if (src.compare(at, 2, "//") == 0) {
      while (at < src.size() && !line_terminator_at(src, at)) ++at;
    } else if (src.compare(at, 2, "/*") == 0) {
      at = std::min(src.find("*/", at + 2), src.size() - 2) + 2;
    } else {
      break;
    }
  }
  return std::min(at, src.size());
}

uint32_t utf16_length(std::string_view text) {
  uint32_t units = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    units += (c >= 0xF0) ? 2 : 1;      // 4-byte sequences are surrogate pairs
  }
  return units;
}

}  // namespace a2g
