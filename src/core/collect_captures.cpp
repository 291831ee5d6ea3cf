// `this`, `arguments`, `new.target` and direct eval inside async arrows: an arrow's generator
// cannot see the enclosing function's, so the outermost async arrow captures them in its outer
// body (OuterCaptures), or each arrow hands them to its generator (ArrowHandover).
#include "core/analysis.hpp"
#include "core/parse.hpp"

#include <algorithm>

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

namespace {

// The scope whose own binding `n` (an identifier named `arguments`) declares, or a null node when
// `n` is no binding (a use, or an assignment target). Sloppy code only: strict code refuses these.
TSNode arguments_binding_scope(TSNode n, Analysis& a) {
  TSNode child = n;
  TSNode parent = a.parent(n);
  auto is_field = [&](TSNode p, const char* field) { return ts_node_eq(child_by_field(p, field), child); };
  // (up through a destructuring pattern to what it belongs to)
  for (;;) {
    std::string_view pt = node_type(parent);
    if (pt == "array_pattern" || pt == "object_pattern" || pt == "rest_pattern" ||
        (pt == "pair_pattern" && is_field(parent, "value")) ||
        ((pt == "assignment_pattern" || pt == "object_assignment_pattern") && is_field(parent, "left"))) {
      child = parent;
      parent = a.parent(parent);
      continue;
    }
    break;
  }
  std::string_view pt = node_type(parent);
  // (only arrows lie between `n` and the owner arrow: the var scope is the nearest one)
  auto function_scope = [&](TSNode from) {
    for (TSNode s = a.parent(from); !ts_node_is_null(s); s = a.parent(s)) {
      if (node_type(s) == "arrow_function") return s;
    }
    return TSNode{};
  };
  auto is_var = [&](TSNode kind) { return !ts_node_is_null(kind) && node_text(kind, a.src) == "var"; };
  if (pt == "variable_declarator" && is_field(parent, "name")) {
    TSNode declaration = a.parent(parent);
    if (node_type(declaration) == "variable_declaration") return function_scope(declaration);
    return a.parent(declaration);  // the block, or the `for` whose head declares it
  }
  if (pt == "for_in_statement" && is_field(parent, "left")) {
    TSNode kind = child_by_field(parent, "kind");
    if (ts_node_is_null(kind)) return TSNode{};  // an assignment target
    return is_var(kind) ? function_scope(parent) : parent;
  }
  if (pt == "formal_parameters") return a.parent(parent);
  if (pt == "arrow_function" && is_field(parent, "parameter")) return parent;
  if (pt == "catch_clause" && is_field(parent, "parameter")) return parent;
  if ((pt == "function_declaration" || pt == "generator_function_declaration") && is_field(parent, "name")) {
    return a.parent(parent);
  }
  return TSNode{};
}

}  // namespace

// `arguments` / `new.target` inside an async arrow name the enclosing function's: the outermost
// async arrow up to that function captures them in its outer body, and every use is renamed.
// A use of `arguments` waits in that arrow's scope, which settles when it closes: a use inside
// a scope that declares its own `arguments` names that one; if one of the others assigns it,
// all of them read it live (through a getter and a setter arrow).
void collect_capture(TSNode n, Capture what, bool shorthand, Analysis& a) {
  Scope* owner = a.scopes.outermost_async_arrow(node_begin(n));
  if (!owner) return;
  OuterCaptures& captures = owner->function->captures;
  if (what == Capture::new_target) {
    captures.new_target = true;
    a.facts.captures.push_back({what, n, shorthand});
    return;
  }
  if (TSNode scope = arguments_binding_scope(n, a); !ts_node_is_null(scope)) {
    owner->arguments_bindings.push_back(scope);
    if (node_type(scope) == "arrow_function" && node_begin(n) >= node_begin(child_by_field(scope, "body"))) {
      a.scopes.for_each(node_begin(n), [&](Scope& s) {
        if (s.function && s.kind == ScopeKind::arrow) s.function->handover.clears_arguments = true;
        return false;  // (the innermost scope: that arrow)
      });
    }
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
  owner->arguments_uses.push_back({what, n, shorthand, target, target});
}

// The uses of `arguments` that name the enclosing function's, once the owner arrow has closed.
void settle_arguments_uses(Scope& closed) {
  OuterCaptures& captures = closed.function->captures;
  std::erase_if(closed.arguments_uses, [&](const CaptureUse& use) {
    return std::any_of(closed.arguments_bindings.begin(), closed.arguments_bindings.end(), [&](TSNode scope) {
      return node_begin(scope) <= node_begin(use.node) && node_end(use.node) <= node_end(scope);
    });
  });
  for (const CaptureUse& use : closed.arguments_uses) {
    captures.arguments = true;
    captures.assigns_arguments |= use.target;
  }
}

}  // namespace a2g
