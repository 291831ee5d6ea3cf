// Line index over a byte buffer: binary search of line starts, UTF-16 columns on demand.
#include "core/source.hpp"

#include <algorithm>

namespace a2g {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(i + 1);
  }
}

Position LineIndex::position(uint32_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  auto line = static_cast<uint32_t>(it - starts_.begin() - 1);
  uint32_t start = starts_[line];
  return {line, offset - start, utf16_length(text_.substr(start, offset - start))};
}

std::string_view LineIndex::line_text(uint32_t line) const {
  if (line >= starts_.size()) return {};
  uint32_t start = starts_[line];
  uint32_t end = line + 1 < starts_.size() ? starts_[line + 1] - 1 : static_cast<uint32_t>(text_.size());
  if (end > start && text_[end - 1] == '\r') --end;
  return text_.substr(start, end - start);
}

uint32_t utf16_length(std::string_view text) {
  uint32_t units = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    units += (c >= 0xF0) ? 2 : 1;      // 4-byte sequences are surrogate pairs
  }
  return units;
}

}  // namespace a2g
