// RAII owners of tree-sitter's parser and tree; the only place that knows the grammar object.
#pragma once
#include <tree_sitter/api.h>

#include <string_view>

namespace a2g {

class Tree {
 public:
  explicit Tree(TSTree* tree) : tree_(tree) {}
  Tree(Tree&& other) noexcept : tree_(other.tree_) { other.tree_ = nullptr; }
  Tree& operator=(Tree&& other) noexcept {
    if (this != &other) {
      if (tree_) ts_tree_delete(tree_);
      tree_ = other.tree_;
      other.tree_ = nullptr;
    }
    return *this;
  }
  Tree(const Tree&) = delete;
  ~Tree() { if (tree_) ts_tree_delete(tree_); }
  TSNode root() const { return ts_tree_root_node(tree_); }
  explicit operator bool() const { return tree_ != nullptr; }

 private:
  TSTree* tree_;
};

// A JavaScript parser; reuse one per thread across files.
class Parser {
 public:
  Parser();
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
  ~Parser();
  Tree parse(std::string_view text);

 private:
  TSParser* parser_;
};

// Small helpers over TSNode used by every pass.
inline uint32_t node_begin(TSNode n) { return ts_node_start_byte(n); }
// Where a node's code ends. The grammar puts a `// comment` that follows a statement ending by
// ASI inside the statement's node (its last child, or its last child's), so text inserted at the
// raw end would be commented out: this end is before such trailing comments.
uint32_t node_end(TSNode n);
inline std::string_view node_text(TSNode n, std::string_view src) {
  return src.substr(ts_node_start_byte(n), ts_node_end_byte(n) - ts_node_start_byte(n));
}
// (a null node, such as a missing optional field, has the empty type)
inline std::string_view node_type(TSNode n) { return ts_node_is_null(n) ? std::string_view() : ts_node_type(n); }
TSNode child_by_field(TSNode n, std::string_view field);
// Whether `method` is a `constructor() {}` of a class with an `extends` clause.
bool is_derived_constructor(TSNode method, std::string_view src);
// The first anonymous child token with this type (e.g. "async", "=>", "await"), or a null node.
TSNode find_token(TSNode n, std::string_view type);

// A depth-first walk of `root` with a cursor (no recursion, so deep nesting cannot overflow the
// C++ stack): enter(node, depth) before a node's children, leave(node) after them.
template <class Enter, class Leave>
void walk_tree(TSNode root, Enter&& enter, Leave&& leave) {
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  int32_t depth = 0;
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    enter(n, depth);
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      ++depth;
      continue;
    }
    leave(n);
    for (;;) {
      if (ts_tree_cursor_goto_next_sibling(&cursor)) break;
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return;
      }
      --depth;
      leave(ts_tree_cursor_current_node(&cursor));
    }
  }
}

}  // namespace a2g
