// Super homes (SuperHome): object literals whose methods' lowered functions reach `super` through
// the literal itself, bound as it is made: `((__async_home) => __async_home = { ... })()`. The
// arrows of the outer body then say no `super` (Rhino has none in arrows, Hermes 0.12 none at all).
// Wrapping moves the literal into an arrow, which is only right if nothing at its own function
// level needs the function around it: no `yield`, `await`, direct `eval` or `super` (Rhino again)
// outside its methods and functions. The walk keeps the literals on its path and marks one that
// holds such a node ("tainted"), in O(1) per node; its methods then say `super` in arrows, as in
// classes.
#include "core/analysis.hpp"
#include "core/parse.hpp"

namespace a2g {

void enter_object(TSNode n, Analysis& a) {
  a.open_objects.push_back({n, a.scopes.innermost_index(node_begin(n)), false});
}

void leave_object(TSNode n, Analysis& a) {
  if (a.open_objects.empty() || !ts_node_eq(a.open_objects.back().node, n)) return;
  OpenObject closed = a.open_objects.back();
  a.open_objects.pop_back();
  if (!closed.tainted) return;
  a.tainted_objects.insert(closed.node.id);
  if (!a.open_objects.empty() && a.open_objects.back().scope == closed.scope) a.open_objects.back().tainted = true;
}

void taint_object(TSNode n, Analysis& a) {
  if (a.open_objects.empty()) return;
  OpenObject& top = a.open_objects.back();
  if (top.scope == a.scopes.innermost_index(node_begin(n))) top.tainted = true;
}

void finish_super_homes(Analysis& a) {
  std::unordered_set<const void*> seen;
  for (AsyncFunction& f : a.facts.functions) {
    TSNode home = f.captures.super_home;
    if (ts_node_is_null(home)) continue;
    if (a.tainted_objects.contains(home.id)) {
      f.captures.super_home = TSNode{};
      continue;
    }
    if (!seen.insert(home.id).second) continue;
    auto holder = a.holder_index.find(home.id);
    if (holder != a.holder_index.end()) {
      a.facts.method_holders[holder->second].super_home = true;
    } else {
      a.facts.super_homes.push_back({f.captures.super_home_depth, home});
    }
  }
}

}  // namespace a2g
