// Whether the generator of a lowered function can be made once per file and shared by every
// function object made from the same code (`__async_g1 || (__async_g1 = function* ...)`): true
// when nothing in the function names a binding that a scope around it (other than the program)
// declares, so every copy of the function would see the same bindings anyway.
//
// Linear in the file: one walk (at construction) gathers what each region declares (a region: a
// function or class without the functions and classes nested in it, or an outermost scope of the
// program's own code: the names a scope there declares are those of its region); then the
// analysis walk hands each node to enter() and leave(), which keep, for each name, the regions
// around that declare it, so each use of a name finds the outermost one at once.
#pragma once
#include <tree_sitter/api.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/parse.hpp"
#include "core/source.hpp"

namespace a2g {

class SharedGenerators {
 public:
  SharedGenerators(std::string_view src, TSNode root, Words& words);
  // Whether the node about to be entered runs at most once per run of the file: no function (of
  // any kind), loop, class field initializer or static block around it.
  bool created_once() const { return repeating_ == 0; }
  // (`path`: the walk's, whose last node is `n`)
  void enter(TSNode n, const NodePath& path);
  // For a function: whether its generator can be shared. Conservative: any name that a
  // surrounding scope declares anywhere (outside functions nested in it) and that the function
  // mentions anywhere, and any direct `eval`, say no.
  std::optional<bool> leave(TSNode n);

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
  };
  bool is_region(TSNode n, std::string_view type) const;
  void use(const std::string& name);
  const std::vector<std::string>* declared(TSNode region) const;

  std::string_view src_;
  Words& words_;
  std::unordered_map<const void*, std::vector<std::string>> declared_;  // by region node id
  std::vector<Region> regions_;
  std::unordered_map<std::string, std::vector<int32_t>> declaring_;  // name -> regions (positions) around
  std::vector<int32_t> anything_;  // regions around that may declare any name (a direct eval)
  std::vector<int32_t> derived_constructors_;
  std::vector<TSNode> repeating_nodes_;
  int32_t repeating_ = 0;
  std::vector<TSNode> withs_;
};

}  // namespace a2g
