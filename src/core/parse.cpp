// The parser wrapper: creates the tree-sitter parser with the JavaScript grammar.
#include "core/parse.hpp"
#include "core/source.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <unordered_map>
#include <utility>
#include <vector>

extern "C" const TSLanguage* tree_sitter_javascript(void);

namespace a2g {

Parser::Parser() : parser_(ts_parser_new()) {
  if (!ts_parser_set_language(parser_, tree_sitter_javascript())) {
    ts_parser_delete(parser_);
    throw std::runtime_error("tree-sitter rejected the JavaScript grammar (ABI version mismatch)");
  }
}

Parser::~Parser() { ts_parser_delete(parser_); }

const std::vector<std::string_view> symbol_names = [] {
  const TSLanguage* language = tree_sitter_javascript();
  std::vector<std::string_view> names(ts_language_symbol_count(language));
  for (TSSymbol s = 0; s < names.size(); ++s) names[s] = ts_language_symbol_name(language, s);
  return names;
}();

TypeSet::TypeSet(std::initializer_list<std::string_view> types) : in_(symbol_names.size()) {
  for (size_t s = 0; s < symbol_names.size(); ++s) {
    in_[s] = std::find(types.begin(), types.end(), symbol_names[s]) != types.end();
  }
}

TypeSet::TypeSet(std::initializer_list<std::reference_wrapper<const TypeSet>> sets) {
  for (const TypeSet& set : sets) {
    if (set.in_.size() > in_.size()) in_.resize(set.in_.size());
    for (size_t s = 0; s < set.in_.size(); ++s) {
      if (set.in_[s]) in_[s] = true;
    }
  }
}

Tree Parser::parse_ranges(std::string_view text, const std::vector<std::pair<uint32_t, uint32_t>>& ranges) {
  // (tree-sitter wants the rows and columns of the ranges too)
  std::vector<TSRange> included;
  included.reserve(ranges.size());
  uint32_t row = 0;
  size_t line_start = 0;
  size_t at = 0;
  auto point = [&](uint32_t offset) {
    while (at < offset) {
      const void* line_break = std::memchr(text.data() + at, '\n', offset - at);
      if (line_break == nullptr) {
        at = offset;
        break;
      }
      at = static_cast<size_t>(static_cast<const char*>(line_break) - text.data()) + 1;
      ++row;
      line_start = at;
    }
    return TSPoint{row, static_cast<uint32_t>(offset - line_start)};
  };
  for (auto [begin, end] : ranges) {
    TSPoint start = point(begin);
    included.push_back({start, point(end), begin, end});
  }
  if (!ts_parser_set_included_ranges(parser_, included.data(), static_cast<uint32_t>(included.size()))) return Tree(nullptr);
  Tree tree(ts_parser_parse_string(parser_, nullptr, text.data(), static_cast<uint32_t>(text.size())));
  ts_parser_set_included_ranges(parser_, nullptr, 0);
  return tree;
}

Tree Parser::parse(std::string_view text) {
  return Tree(ts_parser_parse_string(parser_, nullptr, text.data(), static_cast<uint32_t>(text.size())));
}

namespace {
thread_local uint64_t slow_lookup_count = 0;
}  // namespace

TSNode slow_parent(TSNode n) {
  ++slow_lookup_count;
  return ts_node_parent(n);
}

TSNode slow_next_named_sibling(TSNode n) {
  ++slow_lookup_count;
  return ts_node_next_named_sibling(n);
}

TSNode slow_prev_sibling(TSNode n) {
  ++slow_lookup_count;
  return ts_node_prev_sibling(n);
}

TSNode slow_descendant_for_byte_range(TSNode n, uint32_t begin, uint32_t end) {
  ++slow_lookup_count;
  return ts_node_descendant_for_byte_range(n, begin, end);
}

uint64_t slow_lookups() { return slow_lookup_count; }

// Field ids by name, looked up once (ts_node_child_by_field_name compares every field name).
// (by the name's length: a comparison of the length and of the few names that have it, where a
// hash reads every byte first)
TSNode child_by_field(TSNode n, std::string_view field) {
  static const std::vector<std::vector<std::pair<std::string_view, TSFieldId>>> ids = [] {
    std::vector<std::vector<std::pair<std::string_view, TSFieldId>>> by_length;
    const TSLanguage* language = tree_sitter_javascript();
    for (TSFieldId id = 1; id <= ts_language_field_count(language); ++id) {
      std::string_view name = ts_language_field_name_for_id(language, id);
      if (name.size() >= by_length.size()) by_length.resize(name.size() + 1);
      by_length[name.size()].emplace_back(name, id);
    }
    return by_length;
  }();
  if (field.size() < ids.size()) {
    for (auto [name, id] : ids[field.size()]) {
      if (name == field) return ts_node_child_by_field_id(n, id);
    }
  }
  return TSNode{};
}

namespace {
// node_end's answers by tree, then by node id.
thread_local std::unordered_map<const TSTree*, std::unordered_map<const void*, uint32_t>> node_ends;
}  // namespace

namespace {
// walk_steps's last tree and its steps.
thread_local const TSTree* stepped_tree = nullptr;
thread_local std::shared_ptr<const std::vector<WalkStep>> tree_steps;
}  // namespace

void forget_node_ends(const TSTree* tree) {
  node_ends.erase(tree);
  if (stepped_tree == tree) {
    stepped_tree = nullptr;
    tree_steps.reset();
  }
}

std::shared_ptr<const std::vector<WalkStep>> walk_steps(TSNode root) {
  if (stepped_tree == root.tree && tree_steps) return tree_steps;
  auto steps = std::make_shared<std::vector<WalkStep>>();
  visit_nodes(root, true, any_depth, [&](TSNode n, uint32_t depth) {
    steps->push_back({n, static_cast<int32_t>(depth)});
    return true;
  });
  stepped_tree = root.tree;
  tree_steps = std::move(steps);
  return tree_steps;
}

uint32_t node_end(TSNode n) {
  std::unordered_map<const void*, uint32_t>& known = node_ends[n.tree];
  std::vector<const void*> chain;
  uint32_t end = 0;
  for (;;) {
    if (auto found = known.find(n.id); found != known.end()) {
      end = found->second;
      break;
    }
    chain.push_back(n.id);
    uint32_t count = ts_node_child_count(n);
    if (count == 0) {
      end = ts_node_end_byte(n);
      break;
    }
    TSNode last = ts_node_child(n, count - 1);
    if (node_type(last) != "comment") {
      n = last;
      continue;
    }
    while (count > 1 && node_type(ts_node_child(n, count - 2)) == "comment") --count;
    if (count == 1) {  // (only comments: cannot happen in a statement)
      end = ts_node_start_byte(last);
      break;
    }
    n = ts_node_child(n, count - 2);
  }
  for (const void* id : chain) known[id] = end;
  return end;
}

// A `constructor() {}` method of a class with an `extends` clause.
bool is_derived_constructor(TSNode method, std::string_view src, TSNode klass) {
  if (node_type(method) != "method_definition") return false;
  TSNode name = child_by_field(method, "name");
  std::string_view text = node_text(name, src);
  if (text != "constructor" && text != "'constructor'" && text != "\"constructor\"") return false;
  bool is_static = false;
  bool before_name = true;
  for_each_child(method, [&](TSNode c) {
    if (ts_node_eq(c, name)) before_name = false;
    if (before_name && node_type(c) == "static") is_static = true;
  });
  if (is_static) return false;
  if (ts_node_is_null(klass)) klass = slow_parent(slow_parent(method));
  bool derived = false;
  for_each_named_child(klass, [&](TSNode c) { derived |= node_type(c) == "class_heritage"; });
  return derived;
}

TSNode find_token(TSNode n, std::string_view type) {
  TSNode found{};
  if (ts_node_is_null(n)) return found;
  visit_nodes(n, false, 1, [&](TSNode c, uint32_t depth) {
    if (depth == 1 && !ts_node_is_named(c) && type == node_type(c)) found = c;
    return ts_node_is_null(found);
  });
  return found;
}

TSNode first_named_child(TSNode n) {
  TSNode found{};
  if (ts_node_is_null(n)) return found;
  visit_nodes(n, true, 1, [&](TSNode c, uint32_t depth) {
    if (depth == 1 && node_type(c) != "comment") found = c;
    return ts_node_is_null(found);
  });
  return found;
}

std::vector<TSNode> all_children(TSNode n) {
  std::vector<TSNode> out;
  for_each_child(n, [&](TSNode c) { out.push_back(c); });
  return out;
}

std::vector<TSNode> named_children(TSNode n) {
  std::vector<TSNode> out;
  for_each_named_child(n, [&](TSNode c) { out.push_back(c); });
  return out;
}

bool line_break_after(TSNode token, std::string_view src) {
  for (size_t i = ts_node_end_byte(token); i < src.size();) {
    if (src.compare(i, 2, "//") == 0) return true;  // (a line break ends it)
    if (src.compare(i, 2, "/*") == 0) {
      size_t close = src.find("*/", i + 2);
      if (close == std::string_view::npos) return false;
      if (has_line_break(src.substr(i, close - i))) return true;
      i = close + 2;
    } else if (src[i] == '\n' || src[i] == '\r' || src.compare(i, 3, "\xE2\x80\xA8") == 0 ||
               src.compare(i, 3, "\xE2\x80\xA9") == 0) {
      return true;
    } else if (src[i] == ' ' || src[i] == '\t' || src[i] == '\v' || src[i] == '\f') {
      ++i;
    } else {
      return false;
    }
  }
  return false;
}

}  // namespace a2g
