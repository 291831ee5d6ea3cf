// The output stage (output.hpp).
#include "core/output.hpp"

#include "core/parse.hpp"

namespace a2g {

std::optional<std::pair<uint32_t, uint32_t>> trailing_source_map_comment(std::string_view src) {
  size_t end = src.find_last_not_of(" \t\r\n");
  if (end == std::string_view::npos) return std::nullopt;
  size_t line_start = src.rfind('\n', end);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::string_view last = src.substr(line_start, end + 1 - line_start);
  if (last.starts_with("//# sourceMappingURL=") || last.starts_with("//@ sourceMappingURL=")) {
    return std::make_pair(static_cast<uint32_t>(line_start), static_cast<uint32_t>(src.size()));
  }
  return std::nullopt;
}

std::optional<std::pair<uint32_t, uint32_t>> source_map_comment(TSNode root, std::string_view src) {
  auto comment = trailing_source_map_comment(src);
  if (!comment) return std::nullopt;
  TSNode n = slow_descendant_for_byte_range(root, comment->first, comment->first + 2);
  if (node_type(n) != "comment" || node_begin(n) != comment->first) return std::nullopt;
  return comment;
}

bool write_output(EditList& edits, std::string_view source, std::string& output, std::vector<Diagnostic>& diagnostics) {
  uint32_t conflict = 0;
  if (!edits.finish(source, &conflict)) {
    diagnostics.push_back({Severity::internal_error, conflict, conflict, "overlapping edits (please report this input)"});
    return false;
  }
  output = edits.apply(source);
  return true;
}

}  // namespace a2g
