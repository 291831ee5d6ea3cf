// RAII owners of tree-sitter's parser and tree; the only place that knows the grammar object.
#pragma once
#include <tree_sitter/api.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <utility>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/parse_arena.hpp"

// (cmake/patches/tree-sitter-visit-nodes.patch)
extern "C" void a2g_ts_visit_nodes(TSNode root, bool named_only, uint32_t max_depth,
                                   bool (*visit)(void* payload, TSNode node, uint32_t depth), void* payload);

namespace a2g {

// Calls f(node, depth) on the nodes of the subtree `root` in depth-first order, down to `max_depth`
// (the root's depth is 0): named ones only, or tokens too. Stops when f returns false. No cursor: a
// tree-sitter function of our patch, one pass over the subtrees, where a cursor's step to a sibling
// rebuilds its iterator over the parent's children (about 500 instructions a node).
constexpr uint32_t any_depth = UINT32_MAX;
template <class F>
void visit_nodes(TSNode root, bool named_only, uint32_t max_depth, F&& f) {
  a2g_ts_visit_nodes(
      root, named_only, max_depth,
      [](void* payload, TSNode n, uint32_t depth) -> bool { return (*static_cast<std::remove_reference_t<F>*>(payload))(n, depth); },
      &f);
}

// Forgets what node_end and walk_steps remember about the nodes of `tree` (when it is deleted).
void forget_node_ends(const TSTree* tree);

class Tree {
 public:
  explicit Tree(TSTree* tree) : tree_(tree), arena_lifetime_(arena_lifetime()) {}
  Tree(Tree&& other) noexcept : tree_(other.tree_), arena_lifetime_(other.arena_lifetime_) { other.tree_ = nullptr; }
  Tree& operator=(Tree&& other) noexcept {
    if (this != &other) {
      if (tree_) delete_tree();
      tree_ = other.tree_;
      arena_lifetime_ = other.arena_lifetime_;
      other.tree_ = nullptr;
    }
    return *this;
  }
  Tree(const Tree&) = delete;
  ~Tree() { if (tree_) delete_tree(); }
  TSNode root() const { return ts_tree_root_node(tree_); }
  explicit operator bool() const { return tree_ != nullptr; }

 private:
  // (a tree all in the parse arena goes with it: its blocks need not be freed one by one)
  void delete_tree() {
    forget_node_ends(tree_);
    if (!arena_reclaims(arena_lifetime_)) ts_tree_delete(tree_);
  }
  TSTree* tree_;
  uint64_t arena_lifetime_;
};

// A JavaScript parser; reuse one per thread across files.
class Parser {
 public:
  Parser();
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
  ~Parser();
  Tree parse(std::string_view text);
  // A parse of the byte ranges [begin, end) of `text` only (sorted, not overlapping): the lexer
  // jumps over the rest, and offsets stay those of `text`.
  Tree parse_ranges(std::string_view text, const std::vector<std::pair<uint32_t, uint32_t>>& ranges);

 private:
  TSParser* parser_;
};

// Tree-sitter's lookups that walk the tree: ts_node_parent and the sibling lookups go down from
// the root (O(depth), plus the siblings passed on the way), ts_node_descendant_for_byte_range down
// from the node given. The code calls them only through these, which count the calls (per
// thread): the walks keep what they need instead (NodePath), and tests/unit/scaling_test.cpp
// checks that the count does not grow with the input (tests/lint_tree_access.cmake, that nothing
// calls them directly).
TSNode slow_parent(TSNode n);
TSNode slow_next_named_sibling(TSNode n);
TSNode slow_prev_sibling(TSNode n);
TSNode slow_descendant_for_byte_range(TSNode n, uint32_t begin, uint32_t end);
uint64_t slow_lookups();

// Small helpers over TSNode used by every pass.
inline uint32_t node_begin(TSNode n) { return ts_node_start_byte(n); }
// Where a node's code ends. The grammar puts a `// comment` that follows a statement ending by
// ASI inside the statement's node (its last child, or its last child's), so text inserted at the
// raw end would be commented out: this end is before such trailing comments. Every node of the
// chain of last children it goes down shares its answer, which is remembered (per thread, until the
// tree is deleted): so asking it of every node of a deeply nested file stays linear.
uint32_t node_end(TSNode n);
inline std::string_view node_text(TSNode n, std::string_view src) {
  return src.substr(ts_node_start_byte(n), ts_node_end_byte(n) - ts_node_start_byte(n));
}
// The grammar's symbol names by symbol, their lengths known (made before main runs; parse.cpp).
extern const std::vector<std::string_view> symbol_names;
// (a null node, such as a missing optional field, has the empty type; ts_node_type's name without
// its strlen)
inline std::string_view node_type(TSNode n) {
  if (ts_node_is_null(n)) return {};
  TSSymbol s = ts_node_symbol(n);
  return s < symbol_names.size() ? symbol_names[s] : std::string_view(ts_node_type(n));
}
// A set of node types, as a table by grammar symbol: whether a node's type is in it costs one
// lookup, where a chain of string comparisons costs one per type (a pass that reacts to a few
// dozen types passes over every other node at once). The same as comparing node_type's names:
// every symbol of such a name is in it.
class TypeSet {
 public:
  TypeSet(std::initializer_list<std::string_view> types);
  // The union of sets.
  TypeSet(std::initializer_list<std::reference_wrapper<const TypeSet>> sets);
  bool contains(TSNode n) const { return !ts_node_is_null(n) && contains(ts_node_symbol(n)); }
  // (a node's symbol, ts_node_symbol, asked once for several sets)
  bool contains(TSSymbol s) const { return s < in_.size() && in_[s]; }

 private:
  std::vector<bool> in_;
};
TSNode child_by_field(TSNode n, std::string_view field);
// Whether `method` is a `constructor() {}` of a class with an `extends` clause. `klass`: the
// class around it (the parent of its class body), if known, else found with ts_node_parent.
bool is_derived_constructor(TSNode method, std::string_view src, TSNode klass = TSNode{});
// The first anonymous child token with this type (e.g. "async", "=>", "await"), or a null node.
TSNode find_token(TSNode n, std::string_view type);

// Calls f on each child (named or not), in order.
template <class F>
void for_each_child(TSNode n, F&& f) {
  if (ts_node_is_null(n)) return;
  visit_nodes(n, false, 1, [&](TSNode c, uint32_t depth) {
    if (depth == 1) f(c);
    return true;
  });
}

// The same over the named children only.
template <class F>
void for_each_named_child(TSNode n, F&& f) {
  for_each_child(n, [&](TSNode c) {
    if (ts_node_is_named(c)) f(c);
  });
}

// The named children as a vector (for the loops that go backwards or stop early).
std::vector<TSNode> named_children(TSNode n);
// The first named child that is no comment, or a null node.
TSNode first_named_child(TSNode n);
// All children as a vector.
std::vector<TSNode> all_children(TSNode n);

// Whether a line terminator (also one inside a comment) stands between `token` and the next
// token that is no comment. (Only blanks and comments stand between two tokens: it reads the
// text, not the tree, whose ts_node_next_sibling walks down from the root.)
bool line_break_after(TSNode token, std::string_view src);

// The ancestors of the node a walk is at (root first), each with its previous named sibling that
// is no comment: the parent of that node or of one of its ancestors in O(distance), where
// ts_node_parent walks down from the root and ts_node_prev_named_sibling from the parent's first
// child (so each is O(depth) or O(siblings)).
class NodePath {
 public:
  void push(TSNode n) {
    size_t depth = nodes_.size();
    if (last_.size() <= depth + 1) last_.resize(depth + 2);
    nodes_.push_back({n, last_[depth]});
    last_[depth + 1] = TSNode{};  // (its children start afresh)
  }
  void pop() {
    TSNode n = nodes_.back().node;
    nodes_.pop_back();
    if (ts_node_is_named(n) && node_type(n) != "comment") last_[nodes_.size()] = n;
  }
  // The index of `n` on the path (searched from its end), or -1.
  ptrdiff_t find(TSNode n) const {
    for (size_t i = nodes_.size(); i-- > 0;) {
      if (ts_node_eq(nodes_[i].node, n)) return static_cast<ptrdiff_t>(i);
    }
    return -1;
  }
  // The parent of `n`: found on the path, else asked of tree-sitter.
  TSNode parent(TSNode n) const {
    ptrdiff_t i = find(n);
    if (i > 0) return nodes_[i - 1].node;
    return i == 0 ? TSNode{} : slow_parent(n);
  }
  size_t size() const { return nodes_.size(); }
  TSNode at(size_t i) const { return nodes_[i].node; }
  // The previous named sibling (no comment) of the node at index i, or a null node.
  TSNode previous_at(size_t i) const { return nodes_[i].previous; }

 private:
  struct Entry {
    TSNode node;
    TSNode previous;
  };
  std::vector<Entry> nodes_;
  std::vector<TSNode> last_;  // by depth: the last named child (no comment) left there
};

// A subtree's named nodes in depth-first order (tree-sitter's tokens, such as `(` or `function`,
// are left out: they have no children), each with its depth (the root's is 0).
struct WalkStep {
  TSNode node;
  int32_t depth;
};
// The steps of the tree whose root is `root`, made by the first walk of that root and kept (per
// thread, for the last tree walked whole, until it is deleted): the analysis and the early errors
// walk the same tree several times. Only for trees of texts up to `kept_steps_limit` bytes (40 bytes
// a node): a larger one is visited again by each walk.
constexpr uint32_t kept_steps_limit = uint32_t{1} << 20;
std::shared_ptr<const std::vector<WalkStep>> walk_steps(TSNode root);

// A depth-first walk of the named nodes of `root` (no recursion, so deep nesting cannot overflow
// the C++ stack): enter(node, depth) before a node's children, leave(node) after them.
template <class Enter, class Leave>
void walk_tree(TSNode root, Enter&& enter, Leave&& leave) {
  if (ts_node_is_null(root)) return;
  std::vector<TSNode> open;  // the nodes entered and not left, root first
  auto step = [&](TSNode n, int32_t depth) {
    for (; static_cast<int32_t>(open.size()) > depth; open.pop_back()) leave(open.back());
    enter(n, depth);
    open.push_back(n);
  };
  if (ts_node_end_byte(root) <= kept_steps_limit && ts_node_eq(root, ts_tree_root_node(root.tree))) {
    std::shared_ptr<const std::vector<WalkStep>> steps = walk_steps(root);
    for (const WalkStep& s : *steps) step(s.node, s.depth);
  } else {
    visit_nodes(root, true, any_depth, [&](TSNode n, uint32_t depth) {
      step(n, static_cast<int32_t>(depth));
      return true;
    });
  }
  for (; !open.empty(); open.pop_back()) leave(open.back());
}

}  // namespace a2g
