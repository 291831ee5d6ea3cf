// Diagnostic formatting: file:line:col, the line, a caret; sorting and de-duplication.
#include <doctest/doctest.h>

#include "core/diagnostic.hpp"
#include "core/source.hpp"

using namespace a2g;

TEST_CASE("a diagnostic prints 1-based line and UTF-16 column, the line and a caret") {
  std::string text = "let a;\n\t\xC3\xA9 = await x;\n";
  LineIndex lines(text);
  Diagnostic d{Severity::error, 12, 17, "boom"};
  CHECK(format_diagnostic(d, "in.js", text, lines) == "in.js:2:5: error: boom\n\t\xC3\xA9 = await x;\n\t   ^\n");
  CHECK(format_diagnostic(d, "in.js", text, lines, false) == "in.js:2:5: error: boom\n");
}

TEST_CASE("diagnostics are sorted and exact duplicates removed") {
  std::vector<Diagnostic> ds{{Severity::error, 9, 10, "b"}, {Severity::error, 1, 2, "a"}, {Severity::error, 9, 10, "b"}};
  sort_and_dedupe(ds);
  REQUIRE(ds.size() == 2);
  CHECK(ds[0].message == "a");
  CHECK(ds[1].begin == 9);
}

TEST_CASE("a long line is shown as a window of 100 characters around the error, cut ends marked") {
  const std::string cut = "\xE2\x80\xA6";
  auto snippet = [](const std::string& text, uint32_t at) {
    LineIndex lines(text);
    std::string out = format_diagnostic({Severity::error, at, at + 1, "boom"}, "in.js", text, lines);
    return out.substr(out.find('\n') + 1);
  };
  std::string digits;
  for (int i = 0; i < 400; ++i) digits += static_cast<char>('0' + i % 10);
  // In the middle: 50 characters before the error, 50 from it.
  CHECK(snippet(digits + "\n", 200) == cut + digits.substr(150, 100) + cut + "\n" + std::string(51, ' ') + "^\n");
  // Near an end: the window keeps 100 characters, cut at the other end only.
  CHECK(snippet(digits, 3) == digits.substr(0, 100) + cut + "\n" + std::string(3, ' ') + "^\n");
  CHECK(snippet(digits, 399) == cut + digits.substr(300) + "\n" + std::string(100, ' ') + "^\n");
  // Up to 150 characters, the whole line.
  CHECK(snippet(digits.substr(0, 150), 120) == digits.substr(0, 150) + "\n" + std::string(120, ' ') + "^\n");
  // Characters, not bytes: 2-byte é counts once, for the window as for the caret.
  std::string accents;
  for (int i = 0; i < 200; ++i) accents += "\xC3\xA9";
  std::string line = accents + "x" + accents;
  std::string expected = cut;
  for (int i = 0; i < 50; ++i) expected += "\xC3\xA9";
  expected += "x";
  for (int i = 0; i < 49; ++i) expected += "\xC3\xA9";
  CHECK(snippet(line, 400) == expected + cut + "\n" + std::string(51, ' ') + "^\n");
}
