// `this`, `arguments`, `new.target` and direct eval inside async arrows: an arrow's generator
// cannot see the enclosing function's, so the outermost async arrow captures them in its outer
// body (OuterCaptures), or each arrow hands them to its generator (ArrowHandover).
#include "core/analysis.hpp"
#include "core/parse.hpp"

namespace a2g {

// `this` inside async arrows: each of them up to the enclosing non-arrow function must pass it on.
// In a derived constructor `this` may not exist yet when an arrow is called (before super()),
// and reading it must then reject the arrow's promise where the body reads it: there the
// outermost async arrow declares `__async_this = () => this` and every such `this` calls it.
void collect_this(TSNode n, Analysis& a) {
  if (Scope* outermost = a.scopes.async_arrow_in_derived_constructor(node_begin(n))) {
    outermost->function->captures.this_value = true;
    a.facts.captures.push_back({Capture::this_value, n, false});
    return;
  }
  // (an arrow that passes `this` on already marked the arrows around it: stop there)
  a.scopes.for_each(node_begin(n), [&](Scope& s) {
    if (s.kind != ScopeKind::arrow || s.passes_this) return false;
    s.passes_this = true;
    if (s.function) s.function->handover.this_value = true;
    return true;
  });
}

// A direct eval inside async arrows can read `this` and `arguments`: each arrow up to the
// enclosing function passes `this` on, and in sloppy code rebinds its generator's `arguments`
// to the captured one (strict code cannot assign `arguments`: a gap there).
void collect_direct_eval(TSNode n, Analysis& a) {
  // (arrows outside any function have no `arguments` to hand over: reading it would throw)
  bool in_function = false;
  a.scopes.for_each(node_begin(n), [&](Scope& s) {
    if (s.kind == ScopeKind::arrow) return true;
    in_function = s.kind == ScopeKind::function;
    return false;
  });
  a.scopes.for_each(node_begin(n), [&](Scope& s) {
    if (s.kind != ScopeKind::arrow) return false;
    if (s.function) {
      s.function->handover.this_value = true;
      s.function->handover.rebind_arguments = in_function && !s.function->strict;
    }
    return true;
  });
  Scope* outermost = a.scopes.outermost_async_arrow(node_begin(n));
  if (in_function && outermost && !outermost->function->strict) outermost->function->captures.arguments = true;
}

// `arguments` / `new.target` inside an async arrow name the enclosing function's: the outermost
// async arrow up to that function captures them in its outer body, and every use is renamed.
// A use of `arguments` waits in that arrow's scope: if one of the uses assigns it, all of them
// read it live (through a getter and a setter arrow).
void collect_capture(TSNode n, Capture what, bool shorthand, Analysis& a) {
  Scope* owner = a.scopes.outermost_async_arrow(node_begin(n));
  if (!owner) return;
  OuterCaptures& captures = owner->function->captures;
  if (what == Capture::new_target) {
    captures.new_target = true;
    a.facts.captures.push_back({what, n, shorthand});
    return;
  }
  TSNode parent = a.parent(n);
  std::string_view pt = node_type(parent);
  auto is_field = [&](const char* field) { return ts_node_eq(child_by_field(parent, field), n); };
  bool target = node_type(n) == "shorthand_property_identifier_pattern" || pt == "update_expression" ||
                pt == "array_pattern" || pt == "rest_pattern" || (pt == "pair_pattern" && is_field("value")) ||
                ((pt == "assignment_expression" || pt == "augmented_assignment_expression" ||
                  pt == "assignment_pattern" || pt == "object_assignment_pattern") &&
                 is_field("left"));
  captures.arguments = true;
  captures.assigns_arguments |= target;
  owner->arguments_uses.push_back({what, n, shorthand, target, target});
}

}  // namespace a2g
