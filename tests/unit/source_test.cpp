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
