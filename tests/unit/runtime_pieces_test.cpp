#include <doctest/doctest.h>

#include "core/runtime_pieces.hpp"

using namespace a2g;

TEST_CASE("each runtime section's `needs:` line lists exactly the runtime functions its code calls") {
  auto sections = runtime_sections();
  REQUIRE(sections.size() > 10);
  for (const RuntimeSection& s : sections) {
    CAPTURE(s.name);
    CHECK(s.needs == s.mentions);
    for (const std::string& n : s.needs) CHECK_MESSAGE(runtime_has(n), n << " is no runtime function");
  }
}

TEST_CASE("a file gets the sections it uses and what they need, compact") {
  std::string text = runtime_pieces({"__async_arrow"});
  CHECK(text.starts_with("// async2gen runtime\n"));
  CHECK(text.find("function __async_arrow(") != std::string::npos);
  CHECK(text.find("function __async_rt(") != std::string::npos);
  CHECK(text.find("function __async_kind_constructor(") != std::string::npos);
  CHECK(text.find("function __async(") == std::string::npos);
  CHECK(text.find("needs:") == std::string::npos);
  CHECK(text.find("\n\n") == std::string::npos);  // no blank lines
  CHECK(runtime_pieces({}).empty());
}

TEST_CASE("compact_js drops comments and indentation, never text inside strings") {
  CHECK(compact_js("/* head\n   more */\n// a line\nfunction f() {\n  return \"//x\"; // why\n\n}\n") ==
        "function f() {\n  return \"//x\";\n}\n");
  CHECK(compact_js("  var a = '/*', b = 1; /* c */ var d;\n") == "  var a = '/*', b = 1;  var d;\n");
}
