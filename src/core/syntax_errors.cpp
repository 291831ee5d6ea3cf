// The first ERROR or MISSING node of a tree, as a diagnostic with what the grammar did not expect.
#include "core/syntax_errors.hpp"

#include <optional>
#include <string>

#include "core/parse.hpp"
#include "core/source.hpp"

namespace a2g {
namespace {

// `export default function () {}` is a declaration, which needs no `;`; the grammar reads it as
// an expression and asks for one (`export default async function () {}foo()`).
bool missing_after_default_export(TSNode n) {
  if (node_type(n) != ";") return false;
  TSNode parent = slow_parent(n);  // (O(depth), for a `;` with an error only)
  if (ts_node_is_null(parent) || node_type(parent) != "export_statement") return false;
  std::string_view value = node_type(child_by_field(parent, "value"));
  return value == "function_expression" || value == "generator_function" || value == "class";
}

// `using x = ...` and `await using x = ...` (explicit resource management), which the grammar
// does not know: the error follows the word `using`. The diagnostic for it, if so.
std::optional<Diagnostic> using_declaration(std::string_view src, uint32_t error_begin) {
  std::string_view rest = src.substr(error_begin);
  size_t name = rest.find_first_not_of(" \t", 5);
  if (rest.starts_with("using") && name != std::string_view::npos && name > 5 && is_identifier_char(rest[name])) {
    return Diagnostic{Severity::error, error_begin, error_begin + 5,
                      "'using' and 'await using' declarations (explicit resource management) are not supported yet"};
  }
  size_t end = error_begin;
  while (end > 0 && std::string_view(" \t\r\n").find(src[end - 1]) != std::string_view::npos) --end;
  if (end < 5 || src.substr(end - 5, 5) != "using" || (end > 5 && is_identifier_char(src[end - 6]))) return std::nullopt;
  if (end < src.size() && end == error_begin) return std::nullopt;  // `usingx`
  return Diagnostic{Severity::error, static_cast<uint32_t>(end - 5), static_cast<uint32_t>(end),
                    "'using' and 'await using' declarations (explicit resource management) are not supported yet"};
}

}  // namespace

std::vector<Diagnostic> find_syntax_errors(TSNode root, std::string_view src) {
  if (!ts_node_has_error(root)) return {};
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  std::vector<Diagnostic> out;
  // Depth first through the nodes that contain an error, to the first ERROR or MISSING node.
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    bool skip = !ts_node_has_error(n) || missing_after_default_export(n);
    if (!skip && ts_node_is_missing(n)) {
      out.push_back({Severity::error, node_begin(n), node_end(n),
                     "syntax error: missing '" + std::string(node_type(n)) + "'"});
      break;
    }
    if (!skip && ts_node_is_error(n)) {
      std::string_view text = node_text(n, src);
      size_t cut = text.find_first_of("\r\n");
      if (cut != std::string_view::npos) text = text.substr(0, cut);
      if (text.size() > 30) text = text.substr(0, 30);
      out.push_back({Severity::error, node_begin(n), node_end(n),
                     text.empty() ? "syntax error" : "syntax error: unexpected '" + std::string(text) + "'"});
      break;
    }
    if (!skip && ts_tree_cursor_goto_first_child(&cursor)) continue;
    if (!skip && ts_node_child_count(n) == 0) {
      out.push_back({Severity::error, node_begin(n), node_end(n), "syntax error"});
      break;
    }
    // Next: the next sibling, else the next sibling of an ancestor.
    if (ts_tree_cursor_goto_next_sibling(&cursor)) continue;
    bool more = false;
    while (ts_tree_cursor_goto_parent(&cursor)) {
      if (ts_tree_cursor_goto_next_sibling(&cursor)) {
        more = true;
        break;
      }
    }
    if (!more) break;
  }
  ts_tree_cursor_delete(&cursor);
  if (!out.empty()) {
    if (auto d = using_declaration(src, out[0].begin)) out[0] = *d;
  }
  return out;
}

}  // namespace a2g
