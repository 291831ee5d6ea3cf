// Edits as data: replace [offset, offset + length) with text. The single edit list from which
// the output (and later the source map) is derived. Overlapping edits are an internal error.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace a2g {

struct Edit {
  uint32_t offset = 0;
  uint32_t length = 0;
  std::string text;
  // Among insertions at the same offset, lower `order` goes first. Closing text of a deeper
  // construct must come before that of an enclosing one: closers use -depth, openers +depth.
  int32_t order = 0;
};

class EditList {
 public:
  void replace(uint32_t begin, uint32_t end, std::string text, int32_t order = 0);
  void insert(uint32_t offset, std::string text, int32_t order);
  bool empty() const { return edits_.empty(); }
  // Takes the edits that lie within [begin, end) out of the list and returns that range of
  // `source` with them applied: for text that moves elsewhere with its rewrites.
  std::string take_range(uint32_t begin, uint32_t end, std::string_view source);
  // Sorts the edits; returns false (and the offset of the first conflict) if two overlap.
  bool finish(uint32_t* conflict_offset);
  // Splices the sorted edits into `source` in one left-to-right pass.
  std::string apply(std::string_view source) const;
  const std::vector<Edit>& edits() const { return edits_; }

 private:
  std::vector<Edit> edits_;
};

}  // namespace a2g
