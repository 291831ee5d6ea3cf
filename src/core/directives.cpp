// The directive prologue scan.
#include "core/directives.hpp"

#include "core/parse.hpp"

namespace a2g {

DirectivePrologue directive_prologue(TSNode statements, std::string_view src) {
  DirectivePrologue p;
  if (ts_node_is_null(statements)) return p;
  visit_nodes(statements, true, 1, [&](TSNode stmt, uint32_t depth) {
    if (depth == 0) return true;
    std::string_view type = node_type(stmt);
    if (type == "comment" || type == "hash_bang_line") return true;
    if (type != "expression_statement" || ts_node_named_child_count(stmt) == 0) return false;
    TSNode str = ts_node_named_child(stmt, 0);
    if (node_type(str) != "string") return false;  // `"a" + b;` is an expression, not a directive
    std::string_view text = node_text(str, src);
    if (text == "\"use strict\"" || text == "'use strict'") p.use_strict = true;
    p.last = stmt;
    // (before a trailing comment, which the grammar puts inside the statement: `"a" // ;`)
    uint32_t end = node_end(stmt);
    p.last_has_semicolon = end > 0 && src[end - 1] == ';';
    return true;
  });
  return p;
}

}  // namespace a2g
