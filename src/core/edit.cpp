// Sorting, conflict checking, moving and splicing of the edit list.
#include "core/edit.hpp"

#include <algorithm>
#include <cassert>
#include <iterator>
#include <map>

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

// The edits while moves are done: by offset (in the order they were added at one offset), and the
// replacements by their end, so that each move finds what it takes and joins in O(log n).
struct EditList::Pending {
  using ByOffset = std::multimap<uint32_t, Edit>;
  ByOffset by_offset;
  std::multimap<uint32_t, ByOffset::iterator> replacements_by_end;

  void add(Edit e) {
    uint32_t end = e.offset + e.length;
    bool replacement = e.length > 0;
    auto at = by_offset.emplace(e.offset, std::move(e));
    if (replacement) replacements_by_end.emplace(end, at);
  }
  void erase(ByOffset::iterator at) {
    if (at->second.length > 0) {
      auto [first, last] = replacements_by_end.equal_range(at->second.offset + at->second.length);
      for (auto i = first; i != last; ++i) {
        if (i->second == at) {
          replacements_by_end.erase(i);
          break;
        }
      }
    }
    by_offset.erase(at);
  }
};

bool EditList::do_move(const Move& m, std::string_view source, Pending& pending, uint32_t* conflict_offset) {
  EditList inside;
  auto first = pending.by_offset.lower_bound(m.begin);
  auto last = pending.by_offset.lower_bound(m.end);
  for (auto i = first; i != last;) {
    auto next = std::next(i);
    if (i->second.offset + i->second.length <= m.end) {
      Edit e = std::move(i->second);
      e.offset -= m.begin;
      inside.edits_.push_back(std::move(e));
      pending.erase(i);
    }
    i = next;
  }
  if (!inside.sort(conflict_offset)) {
    if (conflict_offset) *conflict_offset += m.begin;
    return false;
  }
  std::string text = m.before;
  for (char c : inside.apply(source.substr(m.begin, m.end - m.begin))) text += (c == '\n' || c == '\r') ? ' ' : c;
  text += m.after;
  // The text joins that of a replacement that ends at `to`, if there is one: the source map maps
  // inserted text as a whole, from its start, so the moved text is not taken for source text there.
  auto joined = pending.replacements_by_end.find(m.to);
  if (joined != pending.replacements_by_end.end()) {
    joined->second->second.text += text;
  } else {
    pending.add({m.to, 0, std::move(text), Order::file_start()});
  }
  pending.add({m.begin, m.end - m.begin, line_breaks(source, m.begin, m.end), Order::opening(0)});
  return true;
}

bool EditList::finish(std::string_view source, uint32_t* conflict_offset) {
  if (!moves_.empty()) {
    // A move inside another's range goes first: it is then moved along with that range.
    std::stable_sort(moves_.begin(), moves_.end(),
                     [](const Move& a, const Move& b) { return a.end - a.begin < b.end - b.begin; });
    Pending pending;
    for (Edit& e : edits_) pending.add(std::move(e));
    edits_.clear();
    bool ok = true;
    for (const Move& m : moves_) {
      if (!do_move(m, source, pending, conflict_offset)) {
        ok = false;
        break;
      }
    }
    for (auto& [offset, e] : pending.by_offset) edits_.push_back(std::move(e));
    moves_.clear();
    if (!ok) return false;
  }
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
