// Sorting, conflict checking and splicing of the edit list.
#include "core/edit.hpp"

#include <algorithm>

namespace a2g {

void EditList::replace(uint32_t begin, uint32_t end, std::string text, int32_t order) {
  edits_.push_back({begin, end - begin, std::move(text), order});
}

void EditList::insert(uint32_t offset, std::string text, int32_t order) {
  edits_.push_back({offset, 0, std::move(text), order});
}

std::string EditList::take_range(uint32_t begin, uint32_t end, std::string_view source) {
  EditList inside;
  std::vector<Edit> outside;
  for (Edit& e : edits_) {
    if (e.offset >= begin && e.offset + e.length <= end) {
      e.offset -= begin;
      inside.edits_.push_back(std::move(e));
    } else {
      outside.push_back(std::move(e));
    }
  }
  edits_ = std::move(outside);
  std::string_view text = source.substr(begin, end - begin);
  if (!inside.finish(nullptr)) {  // put them back: the final finish() reports the conflict
    for (Edit& e : inside.edits_) e.offset += begin;
    edits_.insert(edits_.end(), inside.edits_.begin(), inside.edits_.end());
    return std::string(text);
  }
  return inside.apply(text);
}

bool EditList::finish(uint32_t* conflict_offset) {
  std::stable_sort(edits_.begin(), edits_.end(), [](const Edit& a, const Edit& b) {
    if (a.offset != b.offset) return a.offset < b.offset;
    // Insertions before a replacement that starts at the same offset.
    if ((a.length == 0) != (b.length == 0)) return a.length == 0;
    return a.order < b.order;
  });
  for (size_t i = 1; i < edits_.size(); ++i) {
    const Edit& prev = edits_[i - 1];
    const Edit& cur = edits_[i];
    bool overlaps = prev.length > 0 && prev.offset + prev.length > cur.offset;
    bool same_range = prev.length > 0 && cur.length > 0 && prev.offset == cur.offset;
    if (overlaps || same_range) {
      if (conflict_offset) *conflict_offset = cur.offset;
      return false;
    }
  }
  return true;
}

std::string EditList::apply(std::string_view source) const {
  size_t size = source.size();
  for (const Edit& e : edits_) size += e.text.size();
  std::string out;
  out.reserve(size);
  uint32_t pos = 0;
  for (const Edit& e : edits_) {
    out.append(source.substr(pos, e.offset - pos));
    out.append(e.text);
    pos = e.offset + e.length;
  }
  out.append(source.substr(pos));
  return out;
}

}  // namespace a2g
