// The directive prologue scan.
#include "core/directives.hpp"

#include "core/parse.hpp"

namespace a2g {

DirectivePrologue directive_prologue(TSNode statements, std::string_view src) {
  DirectivePrologue p;
  uint32_t count = ts_node_named_child_count(statements);
  for (uint32_t i = 0; i < count; ++i) {
    TSNode stmt = ts_node_named_child(statements, i);
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
  return p;
}

}  // namespace a2g
