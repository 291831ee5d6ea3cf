// `super` inside lowered functions: a generator cannot contain `super`, so the outermost lowered
// function up to the method declares arrows that do the access (OuterCaptures), and the uses
// (SuperAccess) call them.
#include "core/analysis.hpp"
#include "core/parse.hpp"

namespace a2g {
namespace {

// How `super.x` / `super[k]` (with the parentheses around it: `target`) is used by `parent`.
SuperUse classify(TSNode access, TSNode target, TSNode parent, std::string_view src) {
  std::string_view access_type = node_type(access);
  std::string_view parent_type = node_type(parent);
  auto is_field = [&](const char* field) { return ts_node_eq(child_by_field(parent, field), target); };
  if (parent_type == "call_expression" && is_field("function")) return SuperUse::call;
  if (parent_type == "assignment_expression" && is_field("left")) return SuperUse::set;
  if (parent_type == "augmented_assignment_expression" && access_type == "member_expression" && is_field("left")) {
    return SuperUse::compound;
  }
  if ((parent_type.ends_with("assignment_pattern") || parent_type == "augmented_assignment_expression") &&
      is_field("right")) {
    return SuperUse::get;  // a default value `{ b = super.x }`, the right side of `a += super.x`
  }
  if (parent_type == "update_expression" ||
      (parent_type == "unary_expression" && node_text(child_by_field(parent, "operator"), src) == "delete")) {
    return SuperUse::update;
  }
  if (parent_type == "augmented_assignment_expression" || parent_type.find("pattern") != std::string_view::npos ||
      parent_type == "for_in_statement") {
    return SuperUse::reference;
  }
  return SuperUse::get;
}

}  // namespace

void collect_super(TSNode n, Analysis& a) {
  taint_object(n, a);  // (an object literal around it at the same level cannot be wrapped)
  AsyncFunction* owner = nullptr;
  std::vector<AsyncFunction*> arrows;
  Scope* method = nullptr;
  a.scopes.for_each(node_begin(n), [&](Scope& s) {
    if (s.function) owner = s.function.get();
    method = &s;
    if (s.kind != ScopeKind::arrow) return false;
    if (s.function) arrows.push_back(s.function.get());
    return true;
  });
  if (!owner) return;
  Scope* lazy_owner = a.scopes.async_arrow_in_derived_constructor(node_begin(n));
  bool lazy_this = lazy_owner != nullptr;
  TSNode access = a.parent(n);
  std::string_view access_type = node_type(access);
  if (lazy_this && access_type != "call_expression") {
    lazy_owner->function->captures.this_value = true;
  } else if (!lazy_this) {
    for (AsyncFunction* arrow : arrows) arrow->handover.this_value = true;
  }
  if (access_type == "call_expression" && lazy_this) {
    // super(...) in an async arrow of a derived constructor: through `(...a) => super(...a)`,
    // declared in the outermost arrow's outer body, where a super call is allowed.
    lazy_owner->function->captures.super_call = true;
    a.facts.supers.push_back({SuperUse::construct, a.depth, n, access, access, lazy_this, access, std::nullopt, false});
    return;
  }
  if (access_type != "member_expression" && access_type != "subscript_expression") {
    a.error(n, "super() inside an async arrow function is not supported yet");
    return;
  }
  // With the parentheses around it: `(super.x) = v` assigns to it, `(super.m)()` calls it.
  TSNode target = with_parentheses(access, a);
  TSNode parent = a.parent(target);
  SuperUse use = classify(access, target, parent, a.src);
  bool reads = use != SuperUse::set && use != SuperUse::update;
  bool writes = use == SuperUse::set || use == SuperUse::compound || use == SuperUse::reference;
  if (method && !ts_node_is_null(method->home)) {  // an object literal's method: through its home
    owner->captures.super_home = method->home;
    owner->captures.super_home_depth = method->home_depth;
    if (!method->function) owner->captures.super_home_taker = method->node;  // (a method that is not async)
  }
  owner->captures.super_update |= use == SuperUse::update;
  owner->captures.super_get |= reads;
  owner->captures.super_set |= writes;
  TSNode used_by = use == SuperUse::get ? TSNode{} : parent;
  std::optional<uint32_t> guard = ts_node_is_null(used_by) ? std::nullopt : statement_start_guard(used_by, node_begin(used_by), a);
  bool constructed = node_type(parent) == "new_expression" && ts_node_eq(child_by_field(parent, "constructor"), target);
  a.facts.supers.push_back({use, a.depth, n, access, used_by, lazy_this, target, guard, constructed});
}

}  // namespace a2g
