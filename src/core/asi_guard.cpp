// Automatic semicolon insertion guard: a rewrite that makes an expression statement start with
// `(` could join it to the line before (`f()\n(yield x)` is a call of f's result). The original
// relied on ASI there; the guard writes that semicolon at the end of the previous statement.
#include <string_view>

#include "core/lower.hpp"
#include "core/parse.hpp"

namespace a2g {
namespace {

bool is_statement_list(std::string_view type) {
  return type == "program" || type == "statement_block" || type == "switch_case" || type == "switch_default" ||
         type == "class_static_block";
}

// Whether only blanks (and comments) separate `offset` from a line break before it.
bool starts_a_line(std::string_view src, uint32_t offset) {
  size_t i = offset;
  while (i > 0 && (src[i - 1] == ' ' || src[i - 1] == '\t')) --i;
  return i == 0 || src[i - 1] == '\n' || src[i - 1] == '\r' || src[i - 1] == '/';
}

}  // namespace

// f()          f();
// await x  =>  (yield x)
void guard_statement_start(TSNode node, LowerContext& cx) {
  uint32_t offset = node_begin(node);
  if (!starts_a_line(cx.src, offset)) return;
  TSNode statement = node;
  while (node_type(statement) != "expression_statement") {
    statement = ts_node_parent(statement);
    if (ts_node_is_null(statement) || node_begin(statement) != offset) return;
  }
  TSNode list = ts_node_parent(statement);
  if (ts_node_is_null(list) || !is_statement_list(node_type(list))) return;
  TSNode previous = ts_node_prev_named_sibling(statement);
  while (!ts_node_is_null(previous) && node_type(previous) == "comment") previous = ts_node_prev_named_sibling(previous);
  if (ts_node_is_null(previous) || node_text(previous, cx.src).ends_with(';')) return;
  // Only after a statement: in `case 1:\n await x` the sibling is the case's test.
  std::string_view type = node_type(previous);
  if (!type.ends_with("statement") && !type.ends_with("declaration") && type != "statement_block") return;
  cx.edits.insert(node_end(previous), ";", Order::statement_end());
}

// A statement rewritten to start with `{` (a lowered `for await`) after the name `let` and a line
// break would make `let {` a declaration: the guard ends the `let` statement first.
// let          let;
// for await => { const r = ...
void guard_block_start(TSNode statement, LowerContext& cx) {
  TSNode previous = ts_node_prev_named_sibling(statement);
  while (!ts_node_is_null(previous) && node_type(previous) == "comment") previous = ts_node_prev_named_sibling(previous);
  if (ts_node_is_null(previous) || node_type(previous) != "expression_statement") return;
  std::string_view text = node_text(previous, cx.src);
  if (text == "let") cx.edits.insert(node_end(previous), ";", Order::statement_end());
}

}  // namespace a2g
