// Names: the prefix never occurs in the source.
#include <doctest/doctest.h>

#include "core/names.hpp"

using namespace a2g;

TEST_CASE("the default prefix is __async") {
  Names n = choose_names("let x = 1;");
  CHECK(n.helper == "__async");
  CHECK(n.arguments == "__async_arguments");
  CHECK(n.param(2) == "__async_p2");
}

TEST_CASE("a prefix that occurs anywhere in the text is skipped") {
  CHECK(choose_names("var __async = 1;").helper == "__async2");
  CHECK(choose_names("// __async __async2 __async3").helper == "__async4");
  CHECK(choose_names("'__async_x'").helper == "__async2");
}
