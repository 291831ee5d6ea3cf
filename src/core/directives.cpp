// The directive prologue scan.
#include "core/directives.hpp"

#include "core/parse.hpp"

namespace a2g {

DirectivePrologue directive_prologue(TSNode statements, std::string_view src) {
  DirectivePrologue p;
  if (ts_node_is_null(statements)) return p;
  TSTreeCursor cursor = ts_tree_cursor_new(statements);
  for (bool more = ts_tree_cursor_goto_first_child(&cursor); more; more = ts_tree_cursor_goto_next_sibling(&cursor)) {
    TSNode stmt = ts_tree_cursor_current_node(&cursor);
    if (!ts_node_is_named(stmt)) continue;
    std::string_view type = node_type(stmt);
    if (type == "comment" || type == "hash_bang_line") continue;
    if (type != "expression_statement" || ts_node_named_child_count(stmt) == 0) break;
    TSNode str = ts_node_named_child(stmt, 0);
    if (node_type(str) != "string") break;  // `"a" + b;` is an expression, not a directive
    std::string_view text = node_text(str, src);
    if (text == "\"use strict\"" || text == "'use strict'") p.use_strict = true;
    p.last = stmt;
    // (before a trailing comment, which the grammar puts inside the statement: `"a" // ;`)
    uint32_t end = node_end(stmt);
    p.last_has_semicolon = end > 0 && src[end - 1] == ';';
  }
  ts_tree_cursor_delete(&cursor);
  return p;
}

}  // namespace a2g
