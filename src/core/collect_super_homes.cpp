// Super homes (SuperHome): object literals whose methods' lowered functions reach `super` through
// the literal itself, bound as it is made; the arrows of the outer body then say no `super`
// (Rhino has none in arrows, Hermes 0.12 none at all). Two bindings:
// - `((__async_home) => __async_home = { ... })()`: a fresh binding each time the literal is made.
//   It moves the literal into an arrow, which is only right if nothing at its own function level
//   needs the function around it: no `yield`, `await`, direct `eval` or `super` (Rhino again)
//   outside its methods and functions ("tainted").
// - For a tainted literal: `(__async_homeN = { ... })`, with `var __async_homeN;` at the start of
//   the innermost block around it, entered once each time the function runs, unless the literal is
//   in a loop of that function: a `let` in a loop's block is made anew each iteration, but not on
//   Hermes 0.12, whose `let` is function-wide (tests/engines/quirks.json). A `var`, not a `let`:
//   Rhino 1.7.14's compiled generators lose a block's `let` when resumed in a try of that block
//   (rhino-let-block-try-catch-yield); a `let` only at the top level, where a `var` would be a
//   property of the global object.
// - For a tainted literal in a loop: no binding; its async methods become wrappers (the runtime's
//   __async_methods) that hand it to them at each call, taken as the method starts. Where an async
//   arrow in another of its methods reaches `super`, that cannot be: its methods say `super` in
//   arrows, as in classes.
// The walk keeps the literals, blocks and loops on its path, in O(1) per node.
#include <algorithm>
#include <unordered_set>

#include "core/analysis.hpp"
#include "core/parse.hpp"

namespace a2g {

void enter_block(TSNode n, Analysis& a) {
  static const TypeSet blocks = {"statement_block", "for_statement", "for_in_statement", "while_statement", "do_statement"};
  if (!blocks.contains(n)) return;
  std::string_view type = node_type(n);
  bool loop = type == "for_statement" || type == "for_in_statement" || type == "while_statement" ||
              type == "do_statement";
  if (type != "statement_block" && !loop) return;
  size_t scope = a.scopes.innermost_index(node_begin(n));
  bool around_loop = !a.open_blocks.empty() && a.open_blocks.back().scope == scope && a.open_blocks.back().in_loop;
  a.open_blocks.push_back({n, scope, loop || around_loop});
}

void leave_block(TSNode n, Analysis& a) {
  if (!a.open_blocks.empty() && ts_node_eq(a.open_blocks.back().node, n)) a.open_blocks.pop_back();
}

void enter_object(TSNode n, Analysis& a) {
  size_t scope = a.scopes.innermost_index(node_begin(n));
  TSNode block{};  // (where a tainted literal's binding can be declared)
  if (!a.open_blocks.empty()) {
    const OpenBlock& around = a.open_blocks.back();
    if (around.scope == scope && !around.in_loop) block = around.node;
  }
  a.open_objects.push_back({n, scope, false, block, a.scopes.at(scope).kind != ScopeKind::program});
}

void leave_object(TSNode n, Analysis& a) {
  if (a.open_objects.empty() || !ts_node_eq(a.open_objects.back().node, n)) return;
  OpenObject closed = a.open_objects.back();
  a.open_objects.pop_back();
  if (!closed.tainted) return;
  a.tainted_objects.emplace(closed.node.id, closed);
  if (!a.open_objects.empty() && a.open_objects.back().scope == closed.scope) a.open_objects.back().tainted = true;
}

void taint_object(TSNode n, Analysis& a) {
  if (a.open_objects.empty()) return;
  OpenObject& top = a.open_objects.back();
  if (top.scope == a.scopes.innermost_index(node_begin(n))) top.tainted = true;
}

namespace {

// Whether f is an async method of the object literal `home` that its holder lists or notes (the
// runtime can replace it by a wrapper that hands it the home).
bool own_method_of(const AsyncFunction& f, TSNode home, Analysis& a) {
  return !ts_node_is_null(f.method.object_method) && ts_node_eq(a.parent(f.method.object_method), home) &&
         (f.method.listed >= 0 || !ts_node_is_null(f.method.noted_key));
}

// Whether `method`, a method of `home` that is not async, can take the home as its body starts:
// no generator (whose body starts at the first next(), after the call), and a key written out
// (listed by the holder).
bool can_take(TSNode method, TSNode home, Analysis& a) {
  if (!ts_node_eq(a.parent(method), home) || !ts_node_is_null(find_token(method, "*"))) return false;
  std::string_view key = node_type(child_by_field(method, "name"));
  return key == "property_identifier" || key == "string" || key == "number";
}

// METHOD_HOME with what kind of method `method` is (a taker, not async). (`get`/`set` as keywords
// are unnamed tokens; a method named `get` has a named key.)
int taker_flags(TSNode method) {
  if (!ts_node_is_null(find_token(method, "get"))) return method_home | method_sync | method_getter;
  if (!ts_node_is_null(find_token(method, "set"))) return method_home | method_sync | method_setter;
  return method_home | method_sync;
}

// The tainted literals made in a loop, each with whether it is handed to its methods at each call
// (SuperHome::handed): if every function that reaches super through it is one of its own async
// methods, or an async arrow in one of its other methods that can take it as it starts.
std::unordered_map<const void*, bool> handed_homes(Analysis& a) {
  std::unordered_map<const void*, bool> handable;
  for (AsyncFunction& f : a.facts.functions) {
    TSNode home = f.captures.super_home;
    if (ts_node_is_null(home)) continue;
    auto tainted = a.tainted_objects.find(home.id);
    if (tainted == a.tainted_objects.end() || !ts_node_is_null(tainted->second.block)) continue;
    TSNode taker = f.captures.super_home_taker;
    bool ok = ts_node_is_null(taker) ? own_method_of(f, home, a) && a.holder_index.contains(home.id)
                                     : can_take(taker, home, a);
    auto [at, added] = handable.try_emplace(home.id, ok);
    if (!added) at->second = at->second && ok;
  }
  return handable;
}

// A method around an async arrow of a handed home takes the home as it starts, listed once by the
// literal's holder (made for it if the literal has no async method).
void add_taker(SuperHome& h, TSNode taker, Analysis& a) {
  if (std::any_of(h.takers.begin(), h.takers.end(), [&](TSNode t) { return ts_node_eq(t, taker); })) return;
  h.takers.push_back(taker);
  MethodHolder made;
  made.depth = h.depth;
  made.node = h.node;
  MethodHolder& held = known_holder(std::move(made), a);
  held.listed.push_back({std::string(node_text(child_by_field(taker, "name"), a.src)), taker_flags(taker)});
  h.is_holder = true;
}

}  // namespace

void finish_super_homes(Analysis& a) {
  std::unordered_map<const void*, bool> handable = handed_homes(a);
  std::unordered_map<const void*, size_t> known;  // home -> its index in super_homes
  int declared = 0;
  for (AsyncFunction& f : a.facts.functions) {
    TSNode home = f.captures.super_home;
    if (ts_node_is_null(home)) continue;
    auto handed = handable.find(home.id);
    if (handed != handable.end() && !handed->second) {  // (its methods say `super` in arrows)
      f.captures.super_home = TSNode{};
      continue;
    }
    auto seen = known.find(home.id);
    if (seen == known.end()) {
      SuperHome h;
      h.depth = f.captures.super_home_depth;
      h.node = home;
      auto tainted = a.tainted_objects.find(home.id);
      if (handed != handable.end()) {
        h.handed = true;
      } else if (tainted != a.tainted_objects.end()) {
        h.binding = ++declared;
        h.block = tainted->second.block;
        h.var_binding = tainted->second.in_function;
      }
      auto holder = a.holder_index.find(home.id);
      if (holder != a.holder_index.end()) {
        MethodHolder& held = a.facts.method_holders[holder->second];
        held.super_home = !h.handed;
        held.super_home_binding = h.binding;
        h.is_holder = true;
      }
      seen = known.emplace(home.id, a.facts.super_homes.size()).first;
      a.facts.super_homes.push_back(h);
    }
    SuperHome& h = a.facts.super_homes[seen->second];
    f.captures.super_home_binding = h.binding;
    if (!h.handed) continue;
    if (!ts_node_is_null(f.captures.super_home_taker)) {
      add_taker(h, f.captures.super_home_taker, a);
      continue;
    }
    f.captures.super_home_handed = true;
    if (f.method.listed >= 0) {
      MethodHolder& held = a.facts.method_holders[a.holder_index.at(home.id)];
      held.listed[f.method.listed].flags |= method_home;
    }
  }
}

}  // namespace a2g
