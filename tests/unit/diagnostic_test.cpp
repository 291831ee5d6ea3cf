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
