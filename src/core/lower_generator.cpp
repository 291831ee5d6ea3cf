// Lowering of what is special inside async generators: `yield*` delegation, `return v`, and
// `for await` loops (in async functions too). The runtime side is src/runtime/async_generator.js.
#include <string>

#include "core/lower.hpp"
#include "core/parse.hpp"
#include "core/source.hpp"
#include "core/using_declarations.hpp"

namespace a2g {

// An async (generator) method of a holder with a computed key notes it as the holder is evaluated:
//   async [k]() {}  =>  [__async_method_key(k)]() {}      async *[k]() {}  =>  [__async_method_key(k, 2)]() {}
// (flags: 1 static, 2 generator). The key is converted once (ToPropertyKey), as natively.
void mark_method(const AsyncFunction& f, LowerContext& cx) {
  TSNode name = f.method.noted_key;
  int flags = method_flags(f.method.is_static, f.generator) | (f.captures.super_home_handed ? method_home : method_plain);
  cx.edits.insert(node_begin(name) + 1, cx.js.open_call(Helper::method_key), Order::opening(f.depth));
  cx.edits.insert(node_end(name) - 1, flags != method_plain ? ", " + js::number(flags) + ")" : ")", Order::closing(f.depth));
}

// Once the object or class exists, its async methods become instances of %AsyncFunction%, and its
// async generator methods async generator functions with a `prototype` of their own:
//   {...}  =>  __async_methods({...}, N, 0, "m", 0, "g", 2)     (N noted keys, then the listed ones)
// a class declaration is followed by `__async_methods(C, N, 1, ...);`, a named class expression wrapped;
// a class with static initializers gets the call as its first one.
void lower_method_holder(const MethodHolder& h, LowerContext& cx) {
  // What follows the holder in the call: N, isClass, then the listed methods' keys and flags.
  std::vector<std::string> methods{js::number(h.count)};
  if (h.is_class || !h.listed.empty()) methods.push_back(js::flag(h.is_class));
  for (const ListedMethod& m : h.listed) {
    methods.push_back((m.flags & method_private) != 0 ? "this." + m.key : js::key(m.key));
    methods.push_back(js::number(m.flags));
  }
  if (!h.class_name_key.empty()) {  // the class's name
    methods.push_back(name_literal(h.class_name_key));
    methods.push_back(js::number(method_class_name));
  }
  std::string listed = js::list(methods);
  if (!ts_node_is_null(h.static_init_body)) {
    // class C { static #__async_fix = __async_methods(this, N, 1, ...); #__async_fixi =
    //   __async_methods(this, 0, 0, this.#m, 8); static x = ...; ... }
    std::string fields;
    if (h.count > 0 || !h.listed.empty()) {
      fields += " static #" + cx.names.fix_field + " = " + cx.js.call(Helper::methods, {"this", listed}) + ";";
    }
    if (!h.private_instance.empty()) {
      std::vector<std::string> own{"this", js::number(0), js::flag(false)};
      for (const std::string& name : h.private_instance) {
        own.push_back("this." + name);
        own.push_back(js::number(method_private));
      }
      fields += " #" + cx.names.fix_instance_field + " = " + cx.js.call(Helper::methods, own) + ";";
    }
    cx.edits.insert(node_begin(h.static_init_body) + 1, fields, Order::opening(h.depth));
    return;
  }
  if (h.is_declaration) {
    cx.edits.insert(node_end(h.node), " " + cx.js.call(Helper::methods, {h.class_name, listed}) + ";", Order::closing(h.depth));
    return;
  }
  // (an object literal that is a SuperHome too: bound inside the call, see lower_super_home)
  std::string open = h.super_home ? open_super_home(h.super_home_binding, cx) : "";
  std::string close = h.super_home ? close_super_home(h.super_home_binding) : "";
  cx.edits.insert(node_begin(h.node), cx.js.open_call(Helper::methods) + open, Order::opening(h.depth));
  cx.edits.insert(node_end(h.node), close + ", " + listed + ")", Order::closing(h.depth));
  // (wrapped, `export default class {}` is an expression: its statement needs the `;`)
  if (h.default_export) cx.edits.insert(node_end(h.node), ";", Order::statement_end());
}

// yield* inner  =>  yield __async_delegate(inner)
// A plain yield: the driver delegates (the `*` becomes the call, so the operand may start on the
// next line without an automatic semicolon after `yield`).
void lower_yield_delegate(const YieldDelegate& d, LowerContext& cx) {
  uint32_t begin = node_begin(d.star), end = node_end(d.star);
  std::string_view after = cx.src.substr(end, node_begin(d.operand) - end);
  if (after.find_first_not_of(" \t") == std::string_view::npos) end = node_begin(d.operand);  // `yield* x`: one space
  bool spaced = begin > 0 && (cx.src[begin - 1] == ' ' || cx.src[begin - 1] == '\t');
  cx.edits.replace(begin, end, (spaced ? "" : " ") + cx.js.open_call(Helper::delegate));
  cx.edits.insert(node_end(d.operand), ")", Order::closing(d.depth));
}

// return v;     =>  { var __async_v = (yield __async_await(v)); return __async_v; }
// return a, b   =>  { var __async_v = (yield __async_await((a, b))); return __async_v; }
// The value is awaited where the return statement is, before any `finally`, as natively. (Not
// `return (yield ...)`: Rhino 1.7.14 runs the `finally` blocks around such a return before the
// yield, and its compiler fails on some; with `let`, the binding is lost across the yield.)
void lower_generator_return(const GeneratorReturn& r, LowerContext& cx) {
  bool sequence = node_type(r.argument) == "sequence_expression";
  std::string value = cx.names.returned();
  uint32_t begin = node_begin(r.statement), end = node_end(r.statement);
  guard_statement_start(r.let_guard, cx);
  cx.edits.replace(begin, begin + 6, "{ var " + value + " =");  // `return`
  cx.edits.insert(node_begin(r.argument), "(yield " + cx.js.open_call(Helper::await) + (sequence ? "(" : ""), Order::opening(r.depth));
  cx.edits.insert(node_end(r.argument), sequence ? ")))" : "))", Order::closing(r.depth));
  std::string tail = "; return " + value + "; }";
  if (end > node_end(r.argument) && cx.src[end - 1] == ';') cx.edits.replace(end - 1, end, tail);
  else cx.edits.insert(node_end(r.argument), tail, Order::statement_end());
}

std::string await_in_finally(std::string_view keyword, Helper pending, Helper settled, const std::string& record,
                             const std::string& error, LowerContext& cx) {
  return std::string(keyword) + " (" + cx.js.call(pending, {record}) + ") try { " +
         cx.js.call(settled, {record, "(yield " + record + ".value)"}) + "; } catch (" + error + ") { " +
         cx.js.call(settled, {record, error, js::flag(true)}) + "; }";
}

// label: for await (const x of xs) BODY
//   => { var __async_r1 = __async_iterator(xs); try { label: for (; __async_step(__async_r1,
//      (yield __async_next(__async_r1))); ) { const x = __async_r1.value; BODY } } catch (__async_e1) {
//      throw __async_threw(__async_r1, __async_e1); } finally { if (__async_close(__async_r1)) try {
//      __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e1) { __async_closed(__async_r1,
//      __async_e1, 1); } } }
// The iterable expression stays where it is; the loop target moves into the body (folded onto
// one line, with its own rewrites: an await in a default value, an async arrow, ...), and labels
// move onto the inner loop so `continue label` still names a loop. The record is a `var` (no
// closure sees it; each start of the loop assigns it afresh): Rhino 1.7.14 initialises a `const`
// once per function, so a for await in a loop would keep its first iterator
// (tests/engines/quirks.json, rhino-const-function-scoped), and its compiled generators lose a
// block's `let` bindings when resumed at a yield in a try of that block (rhino-let-block-try-catch-yield).
void lower_for_await(const ForAwait& loop, int id, LowerContext& cx) {
  const Names& names = cx.names;
  std::string r = names.loop_record(id);
  std::string e = names.loop_error(id);
  uint32_t begin = ts_node_is_null(loop.labels_start) ? node_begin(loop.loop) : node_begin(loop.labels_start);
  // `for await (const x of x)`: the iterable's x is in the temporal dead zone of a `let x` that
  // the block never reaches (it is left by `break` first), as natively, also for closures.
  std::string dead_zone, block = names.loop_block(id);
  for (const std::string& name : loop.dead_zone_names) dead_zone += (dead_zone.empty() ? "let " : ", ") + name;
  std::string label = dead_zone.empty() ? "" : block + ": ";
  std::string unreached = dead_zone.empty() ? "" : " break " + block + "; " + dead_zone + ";";
  guard_statement_start(loop.let_guard, cx);
  cx.edits.replace(begin, node_begin(loop.left),
                   label + "{ var " + r + " = " + cx.js.open_call(Helper::iterator) +
                       line_breaks(cx.src, begin, node_begin(loop.left)));
  cx.edits.replace(node_end(loop.left), node_begin(loop.right),
                   line_breaks(cx.src, node_end(loop.left), node_begin(loop.right)));

  // The target goes onto one line: `//` comments in it become block comments.
  TSTreeCursor cursor = ts_tree_cursor_new(loop.left);
  for (bool more = true; more;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    std::string_view text = node_text(n, cx.src);
    if (node_type(n) == "comment" && text.starts_with("//")) {
      bool closes = text.find("*/") != std::string_view::npos;
      cx.edits.replace(node_begin(n), node_end(n), closes ? "" : "/*" + std::string(text.substr(2)) + " */");
    }
    if (ts_tree_cursor_goto_first_child(&cursor)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        more = false;
        break;
      }
    }
  }
  ts_tree_cursor_delete(&cursor);
  bool pattern_assignment = ts_node_is_null(loop.kind) && node_type(loop.left) == "object_pattern";
  std::string binding = ts_node_is_null(loop.kind) ? "" : std::string(node_text(loop.kind, cx.src)) + " ";
  // `await using x`: a `const` whose resource the body adds (lower_using.cpp); `using x` stays.
  if (!ts_node_is_null(loop.kind) && is_using_kind(cx.src, node_begin(loop.kind)) &&
      await_before_using(cx.src, node_begin(loop.kind)) != std::string_view::npos) {
    binding = "const ";
  }
  std::string in_generator = loop.in_generator ? ", " + js::flag(true) : "";
  std::string next = cx.js.call(Helper::next, {r});
  std::string labels;
  for (std::string_view name : loop.labels) labels += std::string(identifier_is(name, "yield") ? cx.names.yield_name : name) + ": ";
  std::string head = in_generator + "); try { " + labels + "for (; ";
  if (!cx.trace_awaits) {
    cx.edits.replace(node_end(loop.right), node_begin(loop.body),
                     head + cx.js.call(Helper::step, {r, "(yield " + next + ")"}) + "; ) { ");
  } else {
    // --async-stack-traces: `__async_at(__async_next(r), "HASH:N", r)` (the loop's iterator is awaited),
    // mapped to the loop's target, where V8 places the await of a for await.
    uint32_t at = node_end(loop.right);
    cx.edits.insert(at, head + cx.js.open_call(Helper::step) + r + ", (yield ", Order::statement_end());
    cx.edits.insert(at, cx.js.call(Helper::at, {next, trace_site(cx), r}), Order::statement_end(), node_begin(loop.left));
    cx.edits.replace(at, node_begin(loop.body), ")); ) { ");
  }
  // const x = __async_r1.value;   ({ a } = __async_r1.value);
  cx.edits.move(node_begin(loop.left), node_end(loop.left), node_begin(loop.body), pattern_assignment ? "(" : binding,
                " = " + r + ".value" + (pattern_assignment ? "); " : "; ") +
                    line_breaks(cx.src, node_end(loop.right), node_begin(loop.body)));
  cx.edits.insert(node_end(loop.body),
                  " } } catch (" + e + ") { throw " + cx.js.call(Helper::threw, {r, e}) + "; } finally { " +
                      await_in_finally("if", Helper::close, Helper::closed, r, e, cx) + " }" + unreached + " }",
                  Order::closing(loop.depth));
}

}  // namespace a2g
