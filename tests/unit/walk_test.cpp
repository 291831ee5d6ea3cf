// The tree walks (core/parse.hpp): the patched visit of tree-sitter's nodes gives the nodes, order,
// positions and depths a tree cursor gives, over every fixture input, whole and in parts; the walk
// of named nodes is that visit without tokens.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/parse.hpp"

using namespace a2g;

namespace {

struct Seen {
  TSNode node;
  uint32_t depth;
};

bool same(const Seen& a, const Seen& b) {
  return ts_node_eq(a.node, b.node) && a.depth == b.depth && ts_node_start_byte(a.node) == ts_node_start_byte(b.node) &&
         ts_node_end_byte(a.node) == ts_node_end_byte(b.node) && ts_node_start_point(a.node).row == ts_node_start_point(b.node).row &&
         ts_node_start_point(a.node).column == ts_node_start_point(b.node).column &&
         ts_node_symbol(a.node) == ts_node_symbol(b.node) && ts_node_is_named(a.node) == ts_node_is_named(b.node);
}

std::vector<Seen> by_cursor(TSNode root) {
  std::vector<Seen> out;
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  uint32_t depth = 0;
  for (;;) {
    out.push_back({ts_tree_cursor_current_node(&cursor), depth});
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      ++depth;
      continue;
    }
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return out;
      }
      --depth;
    }
  }
}

std::vector<Seen> by_visit(TSNode root, bool named_only, uint32_t max_depth = any_depth) {
  std::vector<Seen> out;
  visit_nodes(root, named_only, max_depth, [&](TSNode n, uint32_t depth) {
    out.push_back({n, depth});
    return true;
  });
  return out;
}

// The cursor's nodes down to a depth.
std::vector<Seen> down_to(const std::vector<Seen>& all, uint32_t max_depth) {
  std::vector<Seen> out;
  for (const Seen& s : all) {
    if (s.depth <= max_depth) out.push_back(s);
  }
  return out;
}

// The cursor's nodes without the tokens (which have no children: the depths stay).
std::vector<Seen> named(const std::vector<Seen>& all) {
  std::vector<Seen> out;
  for (const Seen& s : all) {
    REQUIRE((ts_node_is_named(s.node) || ts_node_child_count(s.node) == 0));
    if (ts_node_is_named(s.node)) out.push_back(s);
  }
  return out;
}

void check_same(const std::vector<Seen>& want, const std::vector<Seen>& got) {
  REQUIRE(want.size() == got.size());
  for (size_t i = 0; i < want.size(); ++i) REQUIRE(same(want[i], got[i]));
}

}  // namespace

TEST_CASE("the visit of a tree's nodes is the cursor's walk, over every fixture input") {
  Parser parser;
  size_t files = 0, nodes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(A2G_FIXTURES_DIR)) {
    if (entry.path().filename() != "input.js") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string src = text.str();
    Tree tree = parser.parse(src);
    REQUIRE(tree);
    CAPTURE(entry.path().string());
    std::vector<Seen> all = by_cursor(tree.root());
    check_same(all, by_visit(tree.root(), false));
    check_same(named(all), by_visit(tree.root(), true));
    check_same(down_to(all, 1), by_visit(tree.root(), false, 1));
    check_same(down_to(all, 2), by_visit(tree.root(), false, 2));
    check_same(down_to(named(all), 3), by_visit(tree.root(), true, 3));
    // and from a node inside (depths from it), such as each child of the program
    for (uint32_t i = 0; i < ts_node_child_count(tree.root()) && i < 4; ++i) {
      TSNode child = ts_node_child(tree.root(), i);
      std::vector<Seen> in_child = by_cursor(child);
      check_same(in_child, by_visit(child, false));
      // for_each_child: the nodes at depth 1
      std::vector<Seen> children;
      for_each_child(child, [&](TSNode c) { children.push_back({c, 1}); });
      check_same(down_to(in_child, 1), [&] {
        std::vector<Seen> with_root{{child, 0}};
        with_root.insert(with_root.end(), children.begin(), children.end());
        return with_root;
      }());
    }
    // a visit that stops: the first nodes, as many as asked
    std::vector<Seen> first;
    visit_nodes(tree.root(), false, any_depth, [&](TSNode n, uint32_t depth) {
      first.push_back({n, depth});
      return first.size() < 7;
    });
    check_same(std::vector<Seen>(all.begin(), all.begin() + std::min<size_t>(7, all.size())), first);
    // walk_tree (the kept steps of the whole tree): the named nodes, and each left after its children
    std::vector<Seen> entered;
    std::vector<TSNode> open;
    walk_tree(
        tree.root(),
        [&](TSNode n, int32_t depth) {
          REQUIRE(static_cast<size_t>(depth) == open.size());
          entered.push_back({n, static_cast<uint32_t>(depth)});
          open.push_back(n);
        },
        [&](TSNode n) {
          REQUIRE(!open.empty());
          REQUIRE(ts_node_eq(open.back(), n));
          open.pop_back();
        });
    REQUIRE(open.empty());
    check_same(named(all), entered);
    ++files;
    nodes += all.size();
  }
  CHECK(files > 100);
  CHECK(nodes > files * 10);
}

TEST_CASE("a walk of a tree over the kept-steps limit visits it the same way") {
  Parser parser;
  std::string src;
  while (src.size() <= kept_steps_limit) src += "async function f(a, [b, {c}]) { return await a ? b : c; } // x\n";
  Tree tree = parser.parse(src);
  std::vector<Seen> entered;
  size_t left = 0;
  walk_tree(
      tree.root(), [&](TSNode n, int32_t depth) { entered.push_back({n, static_cast<uint32_t>(depth)}); },
      [&](TSNode) { ++left; });
  CHECK(left == entered.size());
  check_same(named(by_cursor(tree.root())), entered);
}
