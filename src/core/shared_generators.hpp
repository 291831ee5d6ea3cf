// Whether the generator of a lowered function can be made once per file and shared by every
// function object made from the same code (`__async_g1 || (__async_g1 = function* ...)`): true
// when nothing in the function names a binding that a scope around it (other than the program)
// declares, so every copy of the function would see the same bindings anyway.
#pragma once
#include <tree_sitter/api.h>

#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

namespace a2g {

class SharedGenerators {
 public:
  explicit SharedGenerators(std::string_view src) : src_(src) {}
  // Conservative: any name that a surrounding scope declares anywhere (outside functions nested
  // in it) and that the function mentions anywhere, and any direct `eval`, say no.
  // `once`: the function is made once per run of the file (no function or loop around it).
  bool shareable(TSNode fn, bool once);

 private:
  const std::set<std::string>& declared_in(TSNode scope);
  std::string_view src_;
  std::unordered_map<const void*, std::set<std::string>> declared_;  // by scope node id
};

}  // namespace a2g
