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

size_t ScopeTracker::innermost_index(uint32_t at) const {
  for (size_t i = scopes_.size(); i-- > 1;) {
    if (at >= scopes_[i].inner_begin) return i;
  }
  return 0;
}

void ScopeTracker::enter(Scope scope) {
  size_t self = scopes_.size();
  const Scope& around = scopes_[innermost_index(node_begin(scope.node))];
  bool chained = scope.kind == ScopeKind::arrow && around.kind == ScopeKind::arrow;
  scope.chain_end = scope.kind != ScopeKind::arrow ? self : chained ? around.chain_end : innermost_index(node_begin(scope.node));
  scope.outermost_async_arrow = chained ? around.outermost_async_arrow : -1;
  if (scope.kind == ScopeKind::arrow && scope.function && scope.outermost_async_arrow < 0) {
    scope.outermost_async_arrow = static_cast<ptrdiff_t>(self);
  }
  scopes_.push_back(std::move(scope));
}

Scope* ScopeTracker::outermost_async_arrow(uint32_t at) {
  const Scope& s = scopes_[innermost_index(at)];
  return s.kind == ScopeKind::arrow && s.outermost_async_arrow >= 0 ? &scopes_[s.outermost_async_arrow] : nullptr;
}

Scope* ScopeTracker::async_arrow_in_derived_constructor(uint32_t at) {
  const Scope& s = scopes_[innermost_index(at)];
  if (s.kind != ScopeKind::arrow) return nullptr;
  const Scope& end = scopes_[s.chain_end];
  bool derived = end.kind == ScopeKind::function && end.derived_constructor;
  return derived && s.outermost_async_arrow >= 0 ? &scopes_[s.outermost_async_arrow] : nullptr;
}

}  // namespace a2g
