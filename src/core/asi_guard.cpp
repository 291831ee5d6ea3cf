// Automatic semicolon insertion guard: a rewrite that makes an expression statement start with
// `(` could join it to the line before (`f()\n(yield x)` is a call of f's result). The original
// relied on ASI there; the guard writes that semicolon at the end of the previous statement.
#include <string_view>

#include "core/analysis.hpp"
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
// (`from` is on the analysis walk's path: the node being entered or an ancestor; the token at
// `offset` starts it.)
std::optional<uint32_t> statement_start_guard(TSNode from, uint32_t offset, const Analysis& a) {
  if (!starts_a_line(a.src, offset)) return std::nullopt;
  ptrdiff_t i = a.path.find(from);
  if (i < 0) return std::nullopt;
  for (; node_type(a.path.at(i)) != "expression_statement"; --i) {
    if (node_begin(a.path.at(i)) != offset || i == 0) return std::nullopt;
  }
  if (node_begin(a.path.at(i)) != offset) return std::nullopt;
  if (i == 0 || !is_statement_list(node_type(a.path.at(i - 1)))) return std::nullopt;
  TSNode previous = a.path.previous_at(i);
  if (ts_node_is_null(previous) || node_text(previous, a.src).ends_with(';')) return std::nullopt;
  // Only after a statement: in `case 1:\n await x` the sibling is the case's test.
  std::string_view type = node_type(previous);
  if (!type.ends_with("statement") && !type.ends_with("declaration") && type != "statement_block") return std::nullopt;
  return node_end(previous);
}

void guard_statement_start(std::optional<uint32_t> at, LowerContext& cx) {
  if (at) cx.edits.insert(*at, ";", Order::statement_end());
}

// A statement rewritten to start with `{` (a lowered `for await`) after the name `let` and a line
// break would make `let {` a declaration: the guard ends the `let` statement first.
// let          let;
// for await => { let r = ...
// (`statement` is on the analysis walk's path)
std::optional<uint32_t> block_start_guard(TSNode statement, const Analysis& a) {
  ptrdiff_t i = a.path.find(statement);
  if (i < 0) return std::nullopt;
  TSNode previous = a.path.previous_at(i);
  if (ts_node_is_null(previous) || node_type(previous) != "expression_statement") return std::nullopt;
  if (node_text(previous, a.src) != "let") return std::nullopt;
  return node_end(previous);
}

}  // namespace a2g
