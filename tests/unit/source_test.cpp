// LineIndex: byte offsets to lines and UTF-16 columns.
#include <doctest/doctest.h>

#include "core/source.hpp"

using namespace a2g;

TEST_CASE("positions count lines from 0 and columns in bytes and UTF-16 units") {
  std::string text = "ab\r\nc\xC3\xA9" "d\n\xF0\x9F\x98\x80x";
  LineIndex lines(text);
  CHECK(lines.line_count() == 3);
  CHECK(lines.position(0).line == 0);
  CHECK(lines.position(4).line == 1);
  Position d = lines.position(7);  // 'd' after c + 2-byte é
  CHECK(d.line == 1);
  CHECK(d.byte_column == 3);
  CHECK(d.utf16_column == 2);
  Position x = lines.position(13);  // 'x' after a 4-byte emoji: a surrogate pair
  CHECK(x.line == 2);
  CHECK(x.byte_column == 4);
  CHECK(x.utf16_column == 2);
  CHECK(lines.line_text(0) == "ab");
  CHECK(lines.line_text(2) == "\xF0\x9F\x98\x80x");
}

TEST_CASE("utf16_length counts surrogate pairs as two") {
  CHECK(utf16_length("abc") == 3);
  CHECK(utf16_length("\xC3\xA9") == 1);
  CHECK(utf16_length("\xE2\x82\xAC") == 1);
  CHECK(utf16_length("\xF0\x9F\x98\x80") == 2);
}

TEST_CASE("identifier_name decodes ASCII unicode escapes, leaves other text alone") {
  CHECK(identifier_name("yield") == "yield");
  CHECK(identifier_name("yi\\u0065ld") == "yield");
  CHECK(identifier_name("\\u{61}rguments") == "arguments");
  CHECK(identifier_name("\\u{0000061}wait") == "await");
  CHECK(identifier_name("caf\\u00e9") == "caf\xC3\xA9");
  CHECK(identifier_name("\\u{1d49c}") == "\xF0\x9D\x92\x9C");
  CHECK(identifier_name("\\uD835\\uDC9C") == "\xF0\x9D\x92\x9C");
  CHECK(identifier_name("bad\\u00") == "bad\\u00");
}

// Words answers from a plain read, from one word's offsets and from the index of all words: the
// same answers as reading the text each time, whichever it uses.
TEST_CASE("Words answers as reading the text does, before and after its indexes") {
  std::string text = "yield x; function callee(a1, b) { return a1 + yield_ + xyield + b.yield; } // yield\n"
                     "c\xC3\xA9 yield\xC2\xA0 arguments \\u0079ield w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 x";
  auto runs = [&](std::string_view word) {  // the maximal runs of identifier characters equal to `word`
    std::vector<uint32_t> out;
    for (size_t i = 0; i < text.size();) {
      if (!is_identifier_char(text[i])) {
        ++i;
        continue;
      }
      size_t end = i;
      while (end < text.size() && is_identifier_char(text[end])) ++end;
      if (text.substr(i, end - i) == word) out.push_back(static_cast<uint32_t>(i));
      i = end;
    }
    return out;
  };
  Words words(text);
  const std::vector<uint32_t>& first = words.occurrences("yield");
  CHECK(first == runs("yield"));
  CHECK(first.size() == 3);  // (not yield_, xyield, `yield` before a non-ASCII byte, `\u0079ield`)
  std::vector<std::string> asked = {"x", "a1", "callee", "arguments", "b", "w0", "w1", "w2", "w3", "w4", "w5",
                                    "w6", "w7", "w8", "w9", "yield", "", "b.yield", "zzz"};
  for (int round = 0; round < 2; ++round) {
    for (const std::string& w : asked) {
      INFO("word " << w);
      std::vector<uint32_t> expected = w.empty() || w.find('.') != std::string::npos ? std::vector<uint32_t>{} : runs(w);
      CHECK(words.occurrences(w) == expected);
    }
  }
  CHECK(first == runs("yield"));  // (still valid after the index of all words was built)
  for (uint32_t begin = 0; begin < text.size(); begin += 7) {
    for (uint32_t end = begin; end <= text.size(); end += 5) {
      for (const std::string& w : asked) {
        INFO("word " << w << " in [" << begin << ", " << end << ")");
        CHECK(words.mentions(begin, end, w) == (!w.empty() && mentions(text.substr(begin, end - begin), w)));
      }
    }
  }
}

TEST_CASE("WordSet holds its words and no other") {
  WordSet words = {"in", "of", "instanceof", "new", "void", "return", "typeof"};
  for (std::string_view w : {"in", "of", "instanceof", "new", "void", "return", "typeof"}) CHECK(words.contains(w));
  // same length, same first byte, a prefix, longer than any, empty
  for (std::string_view w : {"is", "on", "instanceOf", "nee", "vo", "returns", "typeofx", "", "x"}) {
    CHECK_FALSE(words.contains(w));
  }
  CHECK_FALSE(WordSet{}.contains("a"));
}

TEST_CASE("blank_length and skip_blanks_and_comments read JavaScript's white space and comments") {
  CHECK(blank_length(" ", 0) == 1);
  CHECK(blank_length("\xC2\xA0x", 0) == 2);          // NBSP
  CHECK(blank_length("\xEF\xBB\xBF", 0) == 3);      // BOM
  CHECK(blank_length("\xE2\x80\xA8", 0) == 3);      // U+2028
  CHECK(blank_length("\xE3\x80\x80", 0) == 3);      // U+3000
  CHECK(blank_length("\xE2\x80\x8B", 0) == 0);      // U+200B is no blank
  CHECK(blank_length("x", 0) == 0);
  CHECK(blank_length("", 0) == 0);
  CHECK(line_terminator_at("a\xE2\x80\xA9", 1));
  CHECK_FALSE(line_terminator_at("a ", 1));
  CHECK(skip_blanks_and_comments(" /* a */ // b\n x", 0) == 15);
  CHECK(skip_blanks_and_comments("// b\xE2\x80\xA8x", 0) == 7);
  CHECK(skip_blanks_and_comments("/*/ x */y", 0) == 8);
  CHECK(skip_blanks_and_comments("/* open", 0) == 7);
  CHECK(skip_blanks_and_comments("x", 0) == 0);
  CHECK(skip_blanks_and_comments("a /", 1) == 2);
}
