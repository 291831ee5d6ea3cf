// Lowering of `super` property accesses inside lowered functions: a generator cannot contain
// `super`, so the outer method (or outermost async arrow) declares arrows that do the access.
#include <string>

#include "core/lower.hpp"
#include "core/parse.hpp"

namespace a2g {
namespace {

// Replaces [begin, end), which holds the super access, by `call KEY rest`: KEY is the quoted
// property name, or the index expression, which stays in place with its own rewrites.
void replace_access(const SuperAccess& s, uint32_t begin, uint32_t end, const std::string& call,
                    const std::string& rest, LowerContext& cx) {
  if (node_type(s.access) == "member_expression") {
    std::string key = js::quoted_name(node_text(child_by_field(s.access, "property"), cx.src));
    cx.edits.replace(begin, end, call + key + rest);
    return;
  }
  // (what is between the brackets stays, comments too)
  bool sequence = node_type(child_by_field(s.access, "index")) == "sequence_expression";
  cx.edits.replace(begin, node_end(find_token(s.access, "[")), call + (sequence ? "(" : ""));
  cx.edits.replace(node_begin(find_token(s.access, "]")), end, (sequence ? ")" : "") + rest);
}

// The updates of super[k] the arrow `__async_super_update` does, by their code (SuperUpdate).
struct SuperUpdateForm {
  SuperUpdate op;
  std::string_view expression;
};
constexpr SuperUpdateForm super_update_forms[] = {
    {SuperUpdate::post_increment, "super[k]++"}, {SuperUpdate::post_decrement, "super[k]--"},
    {SuperUpdate::pre_increment, "++super[k]"},  {SuperUpdate::pre_decrement, "--super[k]"},
    {SuperUpdate::remove, "delete super[k]"},
};

// super.x++        => __async_super_update("x", 0)    (--: 1, ++x: 2, --x: 3)
// delete super[k]  => __async_super_update(k, 4)
// The arrow does the update itself, so the key is converted and the value read once, as natively.
void lower_super_update(const SuperAccess& s, LowerContext& cx) {
  std::string_view op_text = node_text(child_by_field(s.parent, "operator"), cx.src);
  bool prefix = node_begin(child_by_field(s.parent, "operator")) < node_begin(s.access);
  bool decrement = op_text == "--";
  SuperUpdate op = op_text == "delete" ? SuperUpdate::remove
                   : prefix            ? (decrement ? SuperUpdate::pre_decrement : SuperUpdate::pre_increment)
                                       : (decrement ? SuperUpdate::post_decrement : SuperUpdate::post_increment);
  replace_access(s, node_begin(s.parent), node_end(s.parent), cx.names.super_update + "(",
                 ", " + js::number(static_cast<int>(op)) + ")", cx);
}

// super[k] += v           => __async_super_ref(__async_super_get, __async_super_set, k).value += v
// [super.x, super[k]] = a  => [__async_super_ref(..., "x", 1).value, __async_super_ref(..., k, 1).value] = a
// The reference's `value` accessor reads and writes through the method's arrows. A target
// converts its key as it is evaluated (1), a compound assignment at the read and the write, as V8.
void lower_super_reference(const SuperAccess& s, LowerContext& cx) {
  const Names& n = cx.names;
  bool target = node_type(s.parent) != "augmented_assignment_expression";
  replace_access(s, node_begin(s.target), node_end(s.target),
                 cx.js.open_call(Helper::super_ref) + js::list({n.super_get, n.super_set}) + ", ",
                 (target ? ", " + js::flag(true) : "") + ").value", cx);
}

// super.m(a, ...b)  => __async_super_call(__async_super_get("m"), this, [a, ...b], ".m")
// super[k](a)       => __async_super_call(__async_super_get(k), this, [a], "[k]")
// The runtime calls the method without looking `call` up on it (a method may have its own), and
// words the TypeError for what is no function as V8 does (the last argument). As a template tag,
// or in an optional call, the method is bound to `this` by the runtime (__async_super_bind).
void lower_super_call(const SuperAccess& s, LowerContext& cx) {
  const Names& n = cx.names;
  std::string where;
  if (node_type(s.access) == "member_expression") {
    where = "." + std::string(node_text(child_by_field(s.access, "property"), cx.src));
  } else {
    TSNode index = child_by_field(s.access, "index");
    std::string_view text = node_text(index, cx.src);
    bool plain_string = (node_type(index) == "string" || node_type(index) == "template_string") &&
                        text.find_first_of("\\$") == std::string_view::npos;
    where = plain_string ? "." + std::string(text.substr(1, text.size() - 2)) : "[" + std::string(text) + "]";
  }
  TSNode args = child_by_field(s.parent, "arguments");
  std::string self = s.lazy_this ? n.this_value + "()" : "this";
  if (!ts_node_is_null(child_by_field(s.parent, "optional_chain"))) {
    // super.m?.(a)  =>  __async_super_bind(__async_super_get("m"), this, ".m", 1)?.(a)
    replace_access(s, node_begin(s.target), node_end(s.target), cx.js.open_call(Helper::super_bind) + n.super_get + "(",
                   "), " + js::list({self, js::string(where), js::flag(true)}) + ")", cx);
    return;
  }
  if (node_type(args) == "template_string") {
    // super.tag`a${b}`  =>  __async_super_bind(__async_super_get("tag"), this, ".tag")`a${b}`
    replace_access(s, node_begin(s.target), node_end(s.target), cx.js.open_call(Helper::super_bind) + n.super_get + "(",
                   "), " + js::list({self, js::string(where)}) + ")", cx);
    return;
  }
  replace_access(s, node_begin(s.target), node_end(s.target), cx.js.open_call(Helper::super_call) + n.super_get + "(", ")",
                 cx);
  cx.edits.replace(node_begin(args), node_begin(args) + 1, ", " + self + ", [");
  cx.edits.replace(node_end(args) - 1, node_end(args), "], " + js::string(where) + ")");
}

}  // namespace

// (k, op) => op === 0 ? super[k]++ : op === 1 ? super[k]-- : ... : delete super[k]
std::string super_update_arrow() {
  std::string out = "(k, op) => ";
  for (size_t i = 0; i + 1 < std::size(super_update_forms); ++i) {
    const SuperUpdateForm& form = super_update_forms[i];
    out += "op === " + js::number(static_cast<int>(form.op)) + " ? " + std::string(form.expression) + " : ";
  }
  return out + std::string(std::rbegin(super_update_forms)->expression);
}

// super.x          => __async_super_get("x")
// super[k]         => __async_super_get(k)
// super.x = v      => __async_super_set("x", v)
// super[k] = v     => __async_super_set(k, v)
// super.x += v     => __async_super_set("x", __async_super_get("x") + (v))
// super.x ||= v    => (__async_super_get("x") || __async_super_set("x", (v)))
void lower_super_access(const SuperAccess& s, LowerContext& cx) {
  const Names& n = cx.names;
  if (s.use == SuperUse::compound) {
    std::string key = js::quoted_name(node_text(child_by_field(s.access, "property"), cx.src));
    std::string op(node_text(child_by_field(s.parent, "operator"), cx.src));
    op.pop_back();  // `+=` -> `+`
    TSNode value = child_by_field(s.parent, "right");
    std::string get = n.super_get + "(" + key + ")";
    bool logical = op == "&&" || op == "||" || op == "??";
    if (logical) guard_statement_start(s.asi_guard, cx);
    cx.edits.replace(node_begin(s.target), node_begin(value),
                     logical ? "(" + get + " " + op + " " + n.super_set + "(" + key + ", ("
                             : n.super_set + "(" + key + ", " + get + " " + op + " (");
    // (closing the assignment, two levels above `super`: after what closes inside its value)
    cx.edits.insert(node_end(value), logical ? ")))" : "))", Order::closing(s.depth - 2));
    return;
  }
  if (s.use == SuperUse::update) {
    lower_super_update(s, cx);
    return;
  }
  if (s.use == SuperUse::construct) {  // super(a)  =>  __async_super_ctor(a)
    cx.edits.replace(node_begin(s.super_token), node_end(s.super_token), n.super_call);
    return;
  }
  if (s.use == SuperUse::reference) {
    lower_super_reference(s, cx);
    return;
  }
  if (s.use == SuperUse::call) {
    lower_super_call(s, cx);
    return;
  }
  // An assignment replaces the parentheses around its target too; a read keeps them.
  if (s.use == SuperUse::set) {
    TSNode right = child_by_field(s.parent, "right");
    replace_access(s, node_begin(s.target), node_begin(right), n.super_set + "(", ", ", cx);
    cx.edits.insert(node_end(right), ")", Order::closing(s.depth - 2));  // (as for compound)
    return;
  }
  // new super.K(a) => new (__async_super_get("K"))(a): the read, not the arrow, is constructed.
  bool constructed = s.constructed;
  replace_access(s, node_begin(s.super_token), node_end(s.access), (constructed ? "(" : "") + n.super_get + "(",
                 constructed ? "))" : ")", cx);
}

// {...}  =>  ((__async_home) => __async_home = {...})()
// {...}  =>  (__async_home1 = {...}), with `var __async_home1;` first in the block around it (`let` at the top level)
// A binding of the literal's own, made each time the literal is: its methods' arrows reach `super`
// through it (lower_function.cpp), as natively through their [[HomeObject]].
std::string open_super_home(int binding, LowerContext& cx) {
  std::string name = cx.names.home_binding(binding);
  return binding ? "(" + name + " = " : "((" + name + ") => " + name + " = ";
}
std::string close_super_home(int binding) { return binding ? ")" : ")()"; }

// `__async_home = __async_home_taken()`: a handed home, taken as a method starts.
std::string take_home(const Names& names, Emitter& js) {
  return names.home_binding(0) + " = " + js.call(Helper::home_taken, {});
}

void lower_super_home(const SuperHome& h, LowerContext& cx) {
  if (h.handed) {  // its async methods take it at each call (lower_function.cpp), and so do its takers:
    // get m() { const __async_home = __async_home_taken(); ... async () => super.x ... }
    for (TSNode taker : h.takers) {
      run_at_block_start(child_by_field(taker, "body"), "const " + take_home(cx.names, cx.js), cx);
    }
    return;
  }
  if (h.binding) run_at_block_start(h.block, (h.var_binding ? "var " : "let ") + cx.names.home_binding(h.binding), cx);
  if (h.is_holder) return;  // (its holder's wrapping binds it)
  cx.edits.insert(node_begin(h.node), open_super_home(h.binding, cx), Order::opening(h.depth));
  cx.edits.insert(node_end(h.node), close_super_home(h.binding), Order::closing(h.depth));
}

}  // namespace a2g
