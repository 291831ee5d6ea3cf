// EditList: ordering of insertions, splicing, and conflict detection.
#include <doctest/doctest.h>

#include "core/edit.hpp"

using namespace a2g;

TEST_CASE("edits splice left to right and keep untouched bytes") {
  EditList edits;
  edits.replace(0, 5, "(yield");
  edits.insert(7, ")", -2);
  edits.insert(7, "); }", -1);
  uint32_t conflict = 0;
  REQUIRE(edits.finish(&conflict));
  CHECK(edits.apply("await x;") == "(yield x)); };");
}

TEST_CASE("insertions at the same offset go before a replacement there") {
  EditList edits;
  edits.replace(2, 3, "Z");
  edits.insert(2, "I", 5);
  REQUIRE(edits.finish(nullptr));
  CHECK(edits.apply("abcd") == "abIZd");
}

TEST_CASE("overlapping replacements are reported") {
  EditList edits;
  edits.replace(0, 4, "x");
  edits.replace(2, 6, "y");
  uint32_t conflict = 0;
  CHECK_FALSE(edits.finish(&conflict));
  CHECK(conflict == 2);
}

TEST_CASE("an insertion inside a replaced range is a conflict") {
  EditList edits;
  edits.replace(0, 4, "x");
  edits.insert(2, "y", 0);
  CHECK_FALSE(edits.finish(nullptr));
}
