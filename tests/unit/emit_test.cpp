// The emitter: helper calls under the file's prefix, recorded as used; literals.
#include <doctest/doctest.h>

#include "core/emit.hpp"

using namespace a2g;

TEST_CASE("helper calls take the file's prefix and record the helper") {
  Emitter js("__async2");
  CHECK(js.used().empty());
  CHECK(js.call(Helper::next, {"__async2_r1"}) == "__async2_next(__async2_r1)");
  CHECK(js.call(Helper::key_name, {}) == "__async2_key_name()");
  CHECK(js.open_call(Helper::async) == "__async2(");
  CHECK(js.call(Helper::methods, std::vector<std::string>{"o", "0", "0", "\"m\"", "0"}) ==
        "__async2_methods(o, 0, 0, \"m\", 0)");
  CHECK(js.used().contains(Helper::next));
  CHECK(js.used().contains(Helper::async));
  CHECK_FALSE(js.used().contains(Helper::await));
}

TEST_CASE("literals") {
  CHECK(js::undefined == "void 0");
  CHECK(js::string("a \"b\"") == "\"a \\\"b\\\"\"");
  CHECK(js::quoted_name("\\u0061") == "\"\\u0061\"");  // the escape means the same in a string
  CHECK(js::key("m") == "\"m\"");
  CHECK(js::key("#m") == "\"#m\"");
  CHECK(js::key("'a b'") == "'a b'");
  CHECK(js::key("42") == "42");
  CHECK(js::key(".5") == ".5");
  CHECK(js::flag(true) == "1");
  CHECK(js::flag(false) == "0");
  CHECK(js::list({"a", "", "c"}) == "a, , c");
}
