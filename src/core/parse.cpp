// The parser wrapper: creates the tree-sitter parser with the JavaScript grammar.
#include "core/parse.hpp"

#include <stdexcept>
#include <unordered_map>

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

// Field ids by name, looked up once (ts_node_child_by_field_name compares every field name).
TSNode child_by_field(TSNode n, std::string_view field) {
  static const std::unordered_map<std::string_view, TSFieldId> ids = [] {
    std::unordered_map<std::string_view, TSFieldId> m;
    const TSLanguage* language = tree_sitter_javascript();
    for (TSFieldId id = 1; id <= ts_language_field_count(language); ++id) m.emplace(ts_language_field_name_for_id(language, id), id);
    return m;
  }();
  auto found = ids.find(field);
  return found == ids.end() ? TSNode{} : ts_node_child_by_field_id(n, found->second);
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

// A `constructor() {}` method of a class with an `extends` clause.
bool is_derived_constructor(TSNode method, std::string_view src) {
  if (node_type(method) != "method_definition") return false;
  TSNode name = child_by_field(method, "name");
  std::string_view text = node_text(name, src);
  if (text != "constructor" && text != "'constructor'" && text != "\"constructor\"") return false;
  for (uint32_t i = 0; i < ts_node_child_count(method); ++i) {
    TSNode c = ts_node_child(method, i);
    if (ts_node_eq(c, name)) break;
    if (node_type(c) == "static") return false;
  }
  TSNode klass = ts_node_parent(ts_node_parent(method));
  for (uint32_t i = 0; i < ts_node_named_child_count(klass); ++i) {
    if (node_type(ts_node_named_child(klass, i)) == "class_heritage") return true;
  }
  return false;
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
