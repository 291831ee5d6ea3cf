#include <doctest/doctest.h>

#include "core/runtime_pieces.hpp"

using namespace a2g;

TEST_CASE("each runtime section's `needs:` line lists exactly the sections whose names its code uses") {
  auto sections = runtime_sections();
  REQUIRE(sections.size() > 10);
  NameSet names;
  for (const RuntimeSection& s : sections) CHECK_MESSAGE(names.insert(s.name).second, s.name << " twice");
  auto list = [](const NameSet& set) {
    std::string out;
    for (const std::string& n : set) out += n + " ";
    return out;
  };
  for (const RuntimeSection& s : sections) {
    CAPTURE(s.name);
    INFO("needs: ", list(s.needs), "| uses: ", list(s.uses));
    CHECK(s.needs == s.uses);
    for (const std::string& n : s.needs) CHECK_MESSAGE(names.contains(n), n << " is no section");
  }
}

TEST_CASE("the entry points are the runtime's names, each set by one section") {
  std::vector<std::string> entries = runtime_entry_names();
  CHECK(NameSet(entries.begin(), entries.end()).size() == entries.size());
  for (const char* name : {"__async", "__async_function", "__async_arrow", "__async_await", "__async_close"}) {
    CHECK_MESSAGE(runtime_has(name), name);
  }
  CHECK(runtime_has("__async_rt"));
  CHECK_FALSE(runtime_has("__async_r1"));
}

TEST_CASE("a file gets the sections of the entry points it uses and what they need, compact") {
  std::string text = runtime_pieces({"__async_rt", "__async_arrow"}, false);
  CHECK(text.starts_with("// async2gen runtime\nvar __async_arrow;\nfunction __async_rt(){\n"));
  CHECK(text.find("__async_arrow=function") != std::string::npos);
  CHECK(text.find("functionKind(") != std::string::npos);  // the AsyncFunction stand-in
  CHECK(text.find("__async=function") == std::string::npos);
  CHECK(text.find("makeMethod") == std::string::npos);
  CHECK(text.find("needs:") == std::string::npos);
  CHECK(text.find("\n\n") == std::string::npos);  // no blank lines
  CHECK(text.find("\n ") == std::string::npos);   // no indentation
  CHECK(text.ends_with("return(__async_rt=made)();\n}\n"));
  CHECK(runtime_pieces({}, false).empty());
  CHECK(runtime_pieces({"__async_r1"}, false).empty());
}

TEST_CASE("the lines for --promise=global are there only with it") {
  std::string intrinsic = runtime_pieces({"__async"}, false);
  std::string live = runtime_pieces({"__async"}, false, true);
  CHECK(intrinsic.find("Promise=global.Promise,resolve") == std::string::npos);
  CHECK(live.find("Promise=global.Promise,resolve") != std::string::npos);
  CHECK(live.find("if live") == std::string::npos);
  CHECK(live.size() > intrinsic.size());
}

TEST_CASE("in a module with exports, the entry points are hoisted functions that make the runtime first") {
  std::string text = runtime_pieces({"__async_rt", "__async_await"}, true);
  CHECK(text.find("function __async_await(value) { return __async_rt(), __async_await(value); }\n") !=
        std::string::npos);
  CHECK(text.find("var __async_await") == std::string::npos);
  CHECK(text.find("AWAIT") != std::string::npos);
  CHECK(text.find("__async_generator=function") == std::string::npos);  // the driver is another section
}

TEST_CASE("compact_js drops comments, indentation and blanks between tokens, never text inside strings") {
  CHECK(compact_js("/* head\n   more */\n// a line\nfunction f() {\n  return \"//x\"; // why\n\n}\n") ==
        "function f(){\nreturn\"//x\";\n}\n");
  CHECK(compact_js("  var a = '/*', b = 1; /* c */ var d;\n") == "var a='/*',b=1;var d;\n");
  CHECK(compact_js("x = a - -b + +c / d;\n") == "x=a- -b+ +c/d;\n");
  CHECK(compact_js("if (/^[ \\/]+$/.test(s)) t = 'a  b' + \"c \\\" d\";\n") == "if(/^[ \\/]+$/.test(s))t='a  b'+\"c \\\" d\";\n");
  CHECK(compact_js("return typeof x === \"y\" ? void 0 : x in o;\n") == "return typeof x===\"y\"?void 0:x in o;\n");
}
