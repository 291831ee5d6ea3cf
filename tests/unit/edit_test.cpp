// EditList: ordering of insertions, splicing, moving, and conflict detection.
#include <doctest/doctest.h>

#include "core/edit.hpp"

using namespace a2g;

TEST_CASE("edits splice left to right and keep untouched bytes") {
  std::string_view src = "await x;";
  EditList edits;
  edits.replace(0, 5, "(yield");
  edits.insert(7, ")", Order::closing(2));
  edits.insert(7, "); }", Order::closing(1));
  uint32_t conflict = 0;
  REQUIRE(edits.finish(src, &conflict));
  CHECK(edits.apply(src) == "(yield x)); };");
}

TEST_CASE("insertions at the same offset go before a replacement there") {
  EditList edits;
  edits.replace(2, 3, "Z");
  edits.insert(2, "I", Order::opening(5));
  REQUIRE(edits.finish("abcd", nullptr));
  CHECK(edits.apply("abcd") == "abIZd");
}

TEST_CASE("openers nest outermost first, closers innermost first, named positions around them") {
  std::string_view src = "x";
  EditList edits;
  edits.insert(1, "]", Order::closing(2));
  edits.insert(0, "(", Order::opening(1));
  edits.insert(1, ";", Order::statement_end());
  edits.insert(0, "[", Order::opening(2));
  edits.insert(1, ")", Order::closing(1));
  edits.insert(0, "s ", Order::scope_start());
  edits.insert(1, " END", Order::file_end());
  edits.insert(0, "F ", Order::file_start());
  REQUIRE(edits.finish(src, nullptr));
  CHECK(edits.apply(src) == "F s ([x]); END");
}

TEST_CASE("a moved range takes its edits along, folded onto one line; its line breaks stay") {
  std::string_view src = "A(a\nb)B;";
  EditList edits;
  edits.insert(3, "!", Order::opening(3));  // inside the range: moves with it
  edits.insert(7, "^", Order::scope_start());  // the moved text goes ahead of it
  edits.move(1, 6, 7, "<", ">");
  REQUIRE(edits.finish(src, nullptr));
  CHECK(edits.apply(src) == "A\nB<(a! b)>^;");
}

TEST_CASE("a move inside another's range is done first, whatever the order they were added in") {
  std::string_view src = "[a(b)c] x y";
  EditList edits;
  edits.move(0, 7, 10, "<", ">");  // `[a(b)c]` before `y`
  edits.move(2, 5, 6, "{", "}");   // `(b)` before `]`
  edits.replace(8, 10, "X ");      // the moved text joins it
  REQUIRE(edits.finish(src, nullptr));
  CHECK(edits.apply(src) == " X <[ac{(b)}]>y");
  CHECK(edits.edits().size() == 2);  // the outer range left behind, the replacement
}

TEST_CASE("overlapping replacements are reported") {
  EditList edits;
  edits.replace(0, 4, "x");
  edits.replace(2, 6, "y");
  uint32_t conflict = 0;
  CHECK_FALSE(edits.finish("abcdefgh", &conflict));
  CHECK(conflict == 2);
}

TEST_CASE("an insertion inside a replaced range is a conflict") {
  EditList edits;
  edits.replace(0, 4, "x");
  edits.insert(2, "y", Order::opening(0));
  CHECK_FALSE(edits.finish("abcdefgh", nullptr));
}
