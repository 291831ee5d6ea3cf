// Edits as data: replace [offset, offset + length) with text. The single edit list from which
// the output (and later the source map) is derived. Overlapping edits are an internal error.
#pragma once
#include <compare>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace a2g {

// Where an insertion goes among the insertions at its offset (which all come before a replacement
// that starts there). Text that opens a construct goes outermost first, text that closes one
// innermost first, so nested rewrites nest; the named positions go before or after all of those.
class Order {
 public:
  // Opening text of the construct at this tree depth: after that of enclosing constructs.
  static constexpr Order opening(int32_t depth) { return Order(depth); }
  // Closing text of the construct at this tree depth: before that of enclosing constructs.
  static constexpr Order closing(int32_t depth) { return Order(-depth); }
  // The statements a file starts with (the runtime's bootstrap, hoisted bindings): first of all.
  static constexpr Order file_start() { return Order(std::numeric_limits<int32_t>::min()); }
  // The disposal scope of `await using` around a block's statements (lower_using.cpp): right after those.
  static constexpr Order scope_guard() { return Order(std::numeric_limits<int32_t>::min() + 1); }
  // A binding run first when its scope is entered: right after those, inside that scope.
  static constexpr Order scope_start() { return Order(std::numeric_limits<int32_t>::min() + 2); }
  // The `;` that ends a statement (ASI guard): after any closing text there.
  static constexpr Order statement_end() { return Order(std::numeric_limits<int32_t>::max() - 1); }
  // The runtime appended to the file: last of all.
  static constexpr Order file_end() { return Order(std::numeric_limits<int32_t>::max()); }
  constexpr auto operator<=>(const Order&) const = default;

 private:
  constexpr explicit Order(int32_t rank) : rank_(rank) {}
  int32_t rank_;
};

struct Edit {
  static constexpr uint32_t here = std::numeric_limits<uint32_t>::max();
  uint32_t offset = 0;
  uint32_t length = 0;
  std::string text;
  Order order = Order::opening(0);  // among insertions at the same offset
  // Where the source map says the text comes from: where it goes (`here`), or another offset of
  // the source (a for await's traced await, which V8 places at the loop's target).
  uint32_t origin = here;
};

class EditList {
 public:
  void replace(uint32_t begin, uint32_t end, std::string text);
  void insert(uint32_t offset, std::string text, Order order, uint32_t origin = Edit::here);
  // Moves [begin, end), with the edits that lie inside it, to `to`, folded onto one line between
  // `before` and `after`, ahead of anything inserted at `to`; its line breaks stay where it was, so
  // no line moves. Done by finish(), innermost move first, so edits may be added in any order.
  void move(uint32_t begin, uint32_t end, uint32_t to, std::string before, std::string after);
  bool empty() const { return edits_.empty() && moves_.empty(); }
  // Does the moves and sorts the edits; returns false (and the offset of the first conflict) if
  // two overlap.
  bool finish(std::string_view source, uint32_t* conflict_offset);
  // Splices the sorted edits into `source` in one left-to-right pass.
  std::string apply(std::string_view source) const;
  // After finish(): the edits, sorted.
  const std::vector<Edit>& edits() const { return edits_; }

 private:
  struct Move {
    uint32_t begin, end, to;
    std::string before, after;
  };
  bool sort(uint32_t* conflict_offset);
  struct Pending;
  bool do_move(const Move& m, std::string_view source, Pending& pending, uint32_t* conflict_offset);
  std::vector<Edit> edits_;
  std::vector<Move> moves_;
};

// The line breaks in [begin, end) of `text`, as written (`\r\n` or `\n`).
std::string line_breaks(std::string_view text, uint32_t begin, uint32_t end);

}  // namespace a2g
