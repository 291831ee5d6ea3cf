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

// A string, template, regular expression or comment that runs to the end of its line or file: the
// grammar's error node holds the start of its body (`/abc` then a line break: an ERROR node with a
// regex_pattern), or sits in a regex (`/a[/`: the class never closes), or is the missing end of
// a template or regex. The diagnostic, at the opening quote or slash, if so.
std::optional<Diagnostic> unterminated_literal(TSNode error, std::string_view src) {
  TSNode parent = slow_parent(error);  // (once per syntax error)
  std::string_view parent_type = node_type(parent);
  if (parent_type == "regex" || (parent_type == "template_string" && ts_node_is_missing(error))) {
    return Diagnostic{Severity::error, node_begin(parent), node_begin(parent) + 1,
                      parent_type == "regex" ? "unterminated regular expression literal" : "unterminated template literal"};
  }
  TSTreeCursor cursor = ts_tree_cursor_new(error);
  std::optional<Diagnostic> out;
  for (bool more = ts_tree_cursor_goto_first_child(&cursor); more && !out; more = ts_tree_cursor_goto_next_sibling(&cursor)) {
    TSNode child = ts_tree_cursor_current_node(&cursor);
    std::string_view type = node_type(child);
    uint32_t at = node_begin(child);
    if (at == 0 || (type != "regex_pattern" && type != "string_fragment")) continue;
    char open = src[at - 1];
    const char* message = type == "regex_pattern" ? (src[at] == '*' ? "unterminated comment" : "unterminated regular expression literal")
                          : open == '`'           ? "unterminated template literal"
                                                  : "unterminated string literal";
    if (open == '/' || open == '"' || open == '\'' || open == '`') out = Diagnostic{Severity::error, at - 1, at, message};
  }
  ts_tree_cursor_delete(&cursor);
  return out;
}

}  // namespace

std::optional<Diagnostic> unterminated_regex_after(std::string_view src, uint32_t after) {
  size_t slash = after;
  while (slash < src.size() && (src[slash] == ' ' || src[slash] == '\t')) ++slash;
  if (slash >= src.size() || src[slash] != '/' || (slash + 1 < src.size() && (src[slash + 1] == '/' || src[slash + 1] == '*'))) {
    return std::nullopt;
  }
  bool in_class = false;
  for (size_t i = slash + 1; i < src.size(); ++i) {
    char c = src[i];
    if (c == '\n' || c == '\r' || src.substr(i, 3) == "\xE2\x80\xA8" || src.substr(i, 3) == "\xE2\x80\xA9") break;
    if (c == '\\') {
      ++i;  // (an escaped line break ends the line all the same: the next round sees it)
      if (i < src.size() && (src[i] == '\n' || src[i] == '\r')) break;
    } else if (c == '[') {
      in_class = true;
    } else if (c == ']') {
      in_class = false;
    } else if (c == '/' && !in_class) {
      return std::nullopt;
    }
  }
  return Diagnostic{Severity::error, static_cast<uint32_t>(slash), static_cast<uint32_t>(slash + 1),
                    "unterminated regular expression literal"};
}

std::vector<Diagnostic> find_syntax_errors(TSNode root, std::string_view src) {
  if (!ts_node_has_error(root)) return {};
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  std::vector<Diagnostic> out;
  // Depth first through the nodes that contain an error, to the first ERROR or MISSING node.
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    bool skip = !ts_node_has_error(n) || missing_after_default_export(n);
    if (!skip && ts_node_is_missing(n)) {
      if (auto d = unterminated_literal(n, src)) {
        out.push_back(*d);
        break;
      }
      out.push_back({Severity::error, node_begin(n), node_end(n),
                     "syntax error: missing '" + std::string(node_type(n)) + "'"});
      break;
    }
    if (!skip && ts_node_is_error(n)) {
      if (auto d = unterminated_literal(n, src)) {
        out.push_back(*d);
        break;
      }
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
  return out;
}

}  // namespace a2g
