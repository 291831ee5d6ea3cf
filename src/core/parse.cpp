// The parser wrapper: creates the tree-sitter parser with the JavaScript grammar.
#include "core/parse.hpp"

#include <stdexcept>

extern "C" const TSLanguage* tree_sitter_javascript(void);

namespace a2g {

Parser::Parser() : parser_(ts_parser_new()) {
  if (!ts_parser_set_language(parser_, tree_sitter_javascript())) {
    ts_parser_delete(parser_);
    throw std::runtime_error("tree-sitter rejected the JavaScript grammar (ABI version mismatch)");
  }
}

Parser::~Parser() { ts_parser_delete(parser_); }

Tree Parser::parse(std::string_view text) {
  return Tree(ts_parser_parse_string(parser_, nullptr, text.data(), static_cast<uint32_t>(text.size())));
}

TSNode child_by_field(TSNode n, std::string_view field) {
  return ts_node_child_by_field_name(n, field.data(), static_cast<uint32_t>(field.size()));
}

uint32_t node_end(TSNode n) {
  for (;;) {
    uint32_t count = ts_node_child_count(n);
    if (count == 0) return ts_node_end_byte(n);
    TSNode last = ts_node_child(n, count - 1);
    if (std::string_view(ts_node_type(last)) != "comment") {
      n = last;
      continue;
    }
    while (count > 1 && std::string_view(ts_node_type(ts_node_child(n, count - 2))) == "comment") --count;
    if (count == 1) return ts_node_start_byte(last);  // (only comments: cannot happen in a statement)
    n = ts_node_child(n, count - 2);
  }
}

TSNode find_token(TSNode n, std::string_view type) {
  uint32_t count = ts_node_child_count(n);
  for (uint32_t i = 0; i < count; ++i) {
    TSNode c = ts_node_child(n, i);
    if (!ts_node_is_named(c) && type == ts_node_type(c)) return c;
  }
  return TSNode{};
}

}  // namespace a2g
