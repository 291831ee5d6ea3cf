// Sorting, conflict checking, moving and splicing of the edit list.
#include "core/edit.hpp"

#include <algorithm>
#include <cassert>

namespace a2g {

void EditList::replace(uint32_t begin, uint32_t end, std::string text) {
  assert(begin < end);  // (an insertion needs an order)
  edits_.push_back({begin, end - begin, std::move(text), Order::opening(0)});
}

void EditList::insert(uint32_t offset, std::string text, Order order, uint32_t origin) {
  edits_.push_back({offset, 0, std::move(text), order, origin});
}

void EditList::move(uint32_t begin, uint32_t end, uint32_t to, std::string before, std::string after) {
  assert(begin < end && (to <= begin || to >= end));
  moves_.push_back({begin, end, to, std::move(before), std::move(after)});
}

std::string line_breaks(std::string_view text, uint32_t begin, uint32_t end) {
  std::string out;
  for (uint32_t i = begin; i < end; ++i) {
    if (text[i] == '\n') out += (i > begin && text[i - 1] == '\r') ? "\r\n" : "\n";
  }
  return out;
}

bool EditList::do_move(const Move& m, std::string_view source, uint32_t* conflict_offset) {
  EditList inside;
  std::vector<Edit> outside;
  for (Edit& e : edits_) {
    if (e.offset >= m.begin && e.offset + e.length <= m.end) {
      e.offset -= m.begin;
      inside.edits_.push_back(std::move(e));
    } else {
      outside.push_back(std::move(e));
    }
  }
  edits_ = std::move(outside);
  if (!inside.sort(conflict_offset)) {
    if (conflict_offset) *conflict_offset += m.begin;
    return false;
  }
  std::string text = m.before;
  for (char c : inside.apply(source.substr(m.begin, m.end - m.begin))) text += (c == '\n' || c == '\r') ? ' ' : c;
  text += m.after;
  // The text joins that of a replacement that ends at `to`, if there is one: the source map maps
  // inserted text as a whole, from its start, so the moved text is not taken for source text there.
  auto joined = std::find_if(edits_.begin(), edits_.end(),
                             [&](const Edit& e) { return e.length > 0 && e.offset + e.length == m.to; });
  if (joined != edits_.end()) {
    joined->text += text;
  } else {
    edits_.push_back({m.to, 0, std::move(text), Order::file_start()});
  }
  edits_.push_back({m.begin, m.end - m.begin, line_breaks(source, m.begin, m.end), Order::opening(0)});
  return true;
}

bool EditList::finish(std::string_view source, uint32_t* conflict_offset) {
  // A move inside another's range goes first: it is then moved along with that range.
  std::stable_sort(moves_.begin(), moves_.end(),
                   [](const Move& a, const Move& b) { return a.end - a.begin < b.end - b.begin; });
  for (const Move& m : moves_) {
    if (!do_move(m, source, conflict_offset)) return false;
  }
  moves_.clear();
  return sort(conflict_offset);
}

bool EditList::sort(uint32_t* conflict_offset) {
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
