// Names: the prefix never occurs in the source.
#include <doctest/doctest.h>

#include "core/names.hpp"

using namespace a2g;

TEST_CASE("the default prefix is __async") {
  Names n = choose_names("let x = 1;");
  CHECK(n.prefix == "__async");
  CHECK(n.arguments == "__async_arguments");
  CHECK(n.param(2) == "__async_p2");
}

TEST_CASE("a prefix that occurs anywhere in the text is skipped") {
  CHECK(choose_names("var __async = 1;").prefix == "__async2");
  CHECK(choose_names("// __async __async2 __async3").prefix == "__async4");
  CHECK(choose_names("'__async_x'").prefix == "__async2");
}
