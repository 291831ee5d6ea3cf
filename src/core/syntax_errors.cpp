// The first ERROR or MISSING node of a tree, as a diagnostic with what the grammar did not expect.
#include "core/syntax_errors.hpp"

#include <string>

#include "core/parse.hpp"

namespace a2g {

std::vector<Diagnostic> find_syntax_errors(TSNode root, std::string_view src) {
  if (!ts_node_has_error(root)) return {};
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  std::vector<Diagnostic> out;
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    if (ts_node_is_missing(n)) {
      out.push_back({Severity::error, node_begin(n), node_end(n),
                     "syntax error: missing '" + std::string(node_type(n)) + "'"});
      break;
    }
    if (ts_node_is_error(n)) {
      std::string_view text = node_text(n, src);
      size_t cut = text.find_first_of("\r\n");
      if (cut != std::string_view::npos) text = text.substr(0, cut);
      if (text.size() > 30) text = text.substr(0, 30);
      out.push_back({Severity::error, node_begin(n), node_end(n),
                     text.empty() ? "syntax error" : "syntax error: unexpected '" + std::string(text) + "'"});
      break;
    }
    // Descend into the first child that contains an error.
    bool found = false;
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      do {
        TSNode c = ts_tree_cursor_current_node(&cursor);
        if (ts_node_has_error(c)) {
          found = true;
          break;
        }
      } while (ts_tree_cursor_goto_next_sibling(&cursor));
    }
    if (!found) {
      out.push_back({Severity::error, node_begin(n), node_end(n), "syntax error"});
      break;
    }
  }
  ts_tree_cursor_delete(&cursor);
  return out;
}

}  // namespace a2g
