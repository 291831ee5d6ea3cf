// The function scopes around the node the analysis walk is at: which function (or arrow, or class
// field / static block) holds an offset, how strict its code is, and the async function being
// collected in each, until its scope closes.
#pragma once
#include <tree_sitter/api.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/analyze.hpp"

namespace a2g {

enum class ScopeKind { program, function, arrow, boundary };  // boundary: class field or static block

struct Scope {
  ScopeKind kind = ScopeKind::program;
  TSNode node{};
  uint32_t inner_begin = 0;  // nodes before this offset (a method's computed key) lie outside
  uint32_t params_end = 0;
  bool async = false;
  bool generator = false;
  bool strict = false;
  bool derived_constructor = false;  // a constructor of a class with an `extends` clause
  // A method of an object literal: the literal (its HomeObject), at this tree depth.
  TSNode home{};
  int32_t home_depth = 0;
  // Set on entering (enter()): the index of the first scope around that is no arrow (this one if
  // it is none), and of the outermost async arrow from this one up to there (or -1). So the
  // questions below are O(1) however deep arrows nest.
  size_t chain_end = 0;
  ptrdiff_t outermost_async_arrow = -1;
  bool passes_this = false;  // (collect_this: it and the arrows around it up to chain_end pass `this` on)
  // The async function being collected while its scope is open; into the facts when it closes.
  std::unique_ptr<AsyncFunction> function{};
  // Uses of the enclosing function's `arguments` captured by this (outermost) async arrow: they
  // read it live once the arrow is known to assign it (see collect_captures.cpp).
  std::vector<CaptureUse> arguments_uses{};
};

class ScopeTracker {
 public:
  void enter_program(TSNode root, bool strict);
  void enter(Scope scope);
  // The scope that `n` opened, closed; nullopt if `n` opened none.
  std::optional<Scope> leave(TSNode n);
  // Everything in a class body is strict code.
  void enter_class_body(TSNode body) { class_bodies_.push_back(body); }
  bool in_class_body() const { return !class_bodies_.empty(); }
  bool strict() const { return scopes_.back().strict; }

  // Calls f(Scope&) on the scopes that hold offset `at`, innermost first, while it returns true.
  template <class F>
  void for_each(uint32_t at, F&& f) {
    for (size_t i = scopes_.size(); i-- > 0;) {
      if (scopes_[i].kind != ScopeKind::program && at < scopes_[i].inner_begin) continue;
      if (!f(scopes_[i])) return;
    }
  }
  // The innermost scope that holds `at`; the program if no other does.
  Scope& innermost(uint32_t at) { return scopes_[innermost_index(at)]; }
  size_t innermost_index(uint32_t at) const;
  Scope& at(size_t index) { return scopes_[index]; }
  // The outermost async arrow of the arrows around `at` (up to the nearest other scope), or null.
  Scope* outermost_async_arrow(uint32_t at);
  // The outermost async arrow around `at` when those arrows are inside a constructor of a class
  // with an `extends` clause, with only arrows in between; null otherwise.
  Scope* async_arrow_in_derived_constructor(uint32_t at);

 private:
  std::vector<Scope> scopes_;
  std::vector<TSNode> class_bodies_;
};

}  // namespace a2g
