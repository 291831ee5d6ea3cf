// Whether the generator of a lowered function can be made once per file and shared by every
// function object made from the same code (`__async_g1 || (__async_g1 = function* ...)`): true
// when nothing in the function names a binding that a scope around it (other than the program)
// declares, so every copy of the function would see the same bindings anyway.
//
// Linear in the file: one walk (at construction) gathers what each region declares (a region: a
// function or class without the functions and classes nested in it, or an outermost scope of the
// program's own code: the names a scope there declares are those of its region); then the
// analysis walk hands each node to enter() and leave(), which keep, for each name, the regions
// around that declare it, so each use of a name finds the outermost one at once. Names are
// numbered once per file (NameTable), so the state kept by name is a vector; node types are read
// from a table by grammar symbol (NodeKind), and most nodes need nothing more.
#pragma once
#include <tree_sitter/api.h>

#include <cstdint>
#include <deque>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/parse.hpp"
#include "core/source.hpp"

namespace a2g {

// Names (decoded: see identifier_name) numbered in the order they are added; a flat open-addressing
// table over views of the source (a decoded name, one with `\u` escapes, is kept here).
class NameTable {
 public:
  static constexpr int32_t absent = -1;
  NameTable();
  // The number of a decoded name, added if new.
  int32_t add(std::string_view name);
  // The number of a decoded name, or `absent`.
  int32_t find(std::string_view name) const;
  // The number of the name an identifier's text spells (its escapes decoded): added, or only found.
  int32_t add_spelled(std::string_view text);
  int32_t find_spelled(std::string_view text) const;
  size_t size() const { return count_; }

 private:
  struct Slot {
    const char* data = nullptr;
    uint32_t size = 0;
    int32_t id = absent;
  };
  size_t slot_of(std::string_view name, uint64_t hash) const;  // where it is, or the empty slot where it would go
  int32_t add(std::string_view name, uint64_t hash);
  std::vector<Slot> slots_;  // a power of two, at most half full
  size_t count_ = 0;
  std::deque<std::string> decoded_;  // the names written with escapes (stable addresses)
};

// What the analysis of shareable generators asks of a node's type, as bits (shared_generators.cpp).
using NodeKind = uint32_t;

class SharedGenerators {
 public:
  SharedGenerators(std::string_view src, TSNode root, Words& words);
  // Whether the node about to be entered runs at most once per run of the file: no function (of
  // any kind), loop, class field initializer or static block around it.
  bool created_once() const { return repeating_ == 0; }
  // (`path`: the walk's, whose last node is `n`)
  void enter(TSNode n, const NodePath& path) {
    NodeKind kind = kind_of(n);
    if (kind & entered_kinds_) enter_kind(n, kind, path);
  }
  // For a function: whether its generator can be shared. Conservative: any name that a
  // surrounding scope declares anywhere (outside functions nested in it) and that the function
  // mentions anywhere, and any direct `eval`, say no.
  std::optional<bool> leave(TSNode n) {
    // (the nodes that enter() keeps are on the walk's path: the one left is the last kept, or none)
    if (kept_.empty() || kept_.back() != n.id) return std::nullopt;
    kept_.pop_back();
    return leave_kept(n);
  }

 private:
  static constexpr int32_t none = std::numeric_limits<int32_t>::max();
  struct Region {
    TSNode node{};
    bool function = false;
    bool once = false;       // (functions) created once: a private name (`#x`) does not matter
    bool generator = false;
    bool unshareable = false;  // for itself only: a `with`, or a region around that may declare anything
    bool bad = false;          // it or a function in it uses eval, arguments, new.target or super
    int32_t low = none;        // the outermost region around a use in it that declares the name used
    int32_t low_private = none;  // the same for private names
    uint32_t declared = 0;     // its entry in declared_ (regions are numbered in the order entered)
  };
  // What a region declares: names_[begin, end) (a name may stand twice).
  struct Declared {
    TSNode node{};
    uint32_t begin = 0;
    uint32_t end = 0;
  };
  NodeKind kind_of(TSNode n) const {
    TSSymbol s = ts_node_symbol(n);
    return s < kinds_.size() ? kinds_[s] : classify_node(n);
  }
  static NodeKind classify_node(TSNode n);
  void enter_kind(TSNode n, NodeKind kind, const NodePath& path);
  std::optional<bool> leave_kept(TSNode n);
  void use(int32_t name);
  int32_t used_name(TSNode n, NodeKind kind, bool add);

  const std::vector<NodeKind>& kinds_;  // by grammar symbol
  NodeKind entered_kinds_;              // the kinds enter_kind looks at
  std::string_view src_;
  Words& words_;
  NameTable names_table_;
  std::vector<int32_t> names_;          // the names each region declares, region after region
  std::vector<Declared> declared_;      // by region, in the order the walks enter them
  uint32_t entered_ = 0;                // the regions enter() has seen
  std::vector<Region> regions_;
  // By name: the outermost region around that declares it (none if none), and how many declare it.
  std::vector<int32_t> outermost_;
  std::vector<int32_t> declaring_;
  std::vector<int32_t> anything_;  // regions around that may declare any name (a direct eval)
  std::vector<int32_t> derived_constructors_;
  std::vector<const void*> kept_;  // (ids) the nodes open in regions_, repeating_nodes_ or withs_
  std::vector<TSNode> repeating_nodes_;
  int32_t repeating_ = 0;
  std::vector<TSNode> withs_;
};

}  // namespace a2g
