// The scope stack of the analysis walk (scope_tracker.hpp).
#include "core/scope_tracker.hpp"

#include "core/parse.hpp"

namespace a2g {

void ScopeTracker::enter_program(TSNode root, bool strict) {
  Scope program{ScopeKind::program, root};
  program.strict = strict;
  scopes_.push_back(std::move(program));
}

std::optional<Scope> ScopeTracker::leave(TSNode n) {
  if (!class_bodies_.empty() && ts_node_eq(class_bodies_.back(), n)) class_bodies_.pop_back();
  if (scopes_.size() <= 1 || !ts_node_eq(scopes_.back().node, n)) return std::nullopt;
  Scope closed = std::move(scopes_.back());
  scopes_.pop_back();
  return closed;
}

Scope& ScopeTracker::innermost(uint32_t at) {
  Scope* found = &scopes_.front();
  for_each(at, [&](Scope& s) {
    found = &s;
    return false;
  });
  return *found;
}

Scope* ScopeTracker::outermost_async_arrow(uint32_t at) {
  Scope* outermost = nullptr;
  for_each(at, [&](Scope& s) {
    if (s.kind != ScopeKind::arrow) return false;
    if (s.function) outermost = &s;
    return true;
  });
  return outermost;
}

Scope* ScopeTracker::async_arrow_in_derived_constructor(uint32_t at, std::string_view src) {
  Scope* outermost = nullptr;
  bool derived = false;
  for_each(at, [&](Scope& s) {
    if (s.kind == ScopeKind::arrow) {
      if (s.function) outermost = &s;
      return true;
    }
    derived = s.kind == ScopeKind::function && is_derived_constructor(s.node, src);
    return false;
  });
  return derived ? outermost : nullptr;
}

}  // namespace a2g
