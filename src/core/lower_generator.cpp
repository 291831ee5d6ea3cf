// Lowering of what is special inside async generators: `yield*` delegation, `return v`, and
// `for await` loops (in async functions too). The runtime side is src/runtime/async_generator.js.
#include <string>

#include "core/lower.hpp"
#include "core/parse.hpp"

namespace a2g {

// An async (generator) method of a holder with a computed key notes it as the holder is evaluated:
//   async [k]() {}  =>  [__async_method_key(k)]() {}      async *[k]() {}  =>  [__async_method_key(k, 2)]() {}
// (flags: 1 static, 2 generator). The key is converted once (ToPropertyKey), as natively.
void mark_method(const AsyncFunction& f, LowerContext& cx) {
  TSNode name = f.method_name;
  int flags = (f.is_static ? 1 : 0) + (f.generator ? 2 : 0);
  cx.edits.insert(node_begin(name) + 1, cx.names.runtime("method_key") + "(", f.depth);
  cx.edits.insert(node_end(name) - 1, flags != 0 ? ", " + std::to_string(flags) + ")" : ")", -f.depth);
}

// Once the object or class exists, its async methods become instances of %AsyncFunction%, and its
// async generator methods async generator functions with a `prototype` of their own:
//   {...}  =>  __async_methods({...}, N, 0, "m", 0, "g", 2)     (N noted keys, then the listed ones)
// a class declaration is followed by `__async_methods(C, N, 1, ...);`, a named class expression wrapped;
// a class with static initializers gets the call as its first one.
void lower_method_holder(const MethodHolder& h, LowerContext& cx) {
  std::string fix = cx.names.runtime("methods");
  std::string count = std::to_string(h.count);
  if (h.is_class || !h.listed.empty()) count += h.is_class ? ", 1" : ", 0";
  for (const auto& [key, flags] : h.listed) count += ", " + key + ", " + std::to_string(flags);
  if (!h.class_name_key.empty()) count += ", " + name_literal(h.class_name_key) + ", 4";  // the class's name
  if (!ts_node_is_null(h.static_init_body)) {
    // class C { static #__async_fix = __async_methods(this, N, 1, ...); #__async_fixi =
    //   __async_methods(this, 0, 0, this.#m, 8); static x = ...; ... }
    std::string fields;
    if (h.count > 0 || !h.listed.empty()) fields += " static #" + cx.names.runtime("fix") + " = " + fix + "(this, " + count + ");";
    if (!h.private_instance.empty()) {
      fields += " #" + cx.names.runtime("fixi") + " = " + fix + "(this, 0, 0";
      for (const std::string& own : h.private_instance) fields += ", this." + own + ", 8";
      fields += ");";
    }
    cx.edits.insert(node_begin(h.static_init_body) + 1, fields, h.depth);
    return;
  }
  if (h.is_declaration) {
    cx.edits.insert(node_end(h.node), " " + fix + "(" + std::string(h.class_name) + ", " + count + ");", -h.depth);
    return;
  }
  cx.edits.insert(node_begin(h.node), fix + "(", h.depth);
  cx.edits.insert(node_end(h.node), ", " + count + ")", -h.depth);
}

// yield* inner  =>  yield* __async_delegate(inner)
void lower_yield_delegate(const YieldDelegate& d, LowerContext& cx) {
  cx.edits.insert(node_begin(d.operand), cx.names.runtime("delegate") + "(", d.depth);
  cx.edits.insert(node_end(d.operand), ")", -d.depth);
}

// return v     =>  return (yield __async_await(v))
// return a, b  =>  return (yield __async_await((a, b)))
// The value is awaited where the return statement is, before any `finally`, as natively.
void lower_generator_return(const GeneratorReturn& r, LowerContext& cx) {
  bool sequence = node_type(r.argument) == "sequence_expression";
  cx.edits.insert(node_begin(r.argument), "(yield " + cx.names.runtime("await") + (sequence ? "((" : "("), r.depth);
  cx.edits.insert(node_end(r.argument), sequence ? ")))" : "))", -r.depth);
}

// label: for await (const x of xs) BODY
//   => { const __async_r1 = __async_iterator(xs); try { label: for (; __async_step(__async_r1,
//      (yield __async_next(__async_r1))); ) { const x = __async_r1.value; BODY } } catch (__async_e1) {
//      throw __async_threw(__async_r1, __async_e1); } finally { yield* __async_close(__async_r1); } }
// The iterable expression stays where it is; the loop target moves into the body (folded onto
// one line), and labels move onto the inner loop so `continue label` still names a loop.
namespace {

// The line breaks in [begin, end), to be written again so that no later line moves.
std::string line_breaks(std::string_view src, uint32_t begin, uint32_t end) {
  std::string out;
  for (uint32_t i = begin; i < end; ++i) {
    if (src[i] == '\n') out += (i > begin && src[i - 1] == '\r') ? "\r\n" : "\n";
  }
  return out;
}

}  // namespace

void lower_for_await(const ForAwait& loop, int id, LowerContext& cx) {
  const Names& names = cx.names;
  std::string r = names.runtime("r" + std::to_string(id));
  std::string e = names.runtime("e" + std::to_string(id));
  uint32_t begin = ts_node_is_null(loop.labels_start) ? node_begin(loop.loop) : node_begin(loop.labels_start);
  // `for await (const x of x)`: the iterable's x is in the temporal dead zone of a `let x` that
  // the block never reaches (it is left by `break` first), as natively, also for closures.
  std::string dead_zone, block = names.runtime("b" + std::to_string(id));
  for (const std::string& name : loop.dead_zone_names) dead_zone += (dead_zone.empty() ? "let " : ", ") + name;
  std::string label = dead_zone.empty() ? "" : block + ": ";
  std::string unreached = dead_zone.empty() ? "" : " break " + block + "; " + dead_zone + ";";
  guard_block_start(ts_node_is_null(loop.labels_start) ? loop.loop : loop.labels_start, cx);
  cx.edits.replace(begin, node_begin(loop.right),
                   label + "{ const " + r + " = " + names.runtime("iterator") + "(" +
                       line_breaks(cx.src, begin, node_begin(loop.right)),
                   loop.depth);

  // The target moves into the loop body, folded onto one line, with its own rewrites (an await
  // in a default value, an async arrow, ...): `//` comments in it become block comments first.
  TSTreeCursor cursor = ts_tree_cursor_new(loop.left);
  for (bool more = true; more;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    std::string_view text = node_text(n, cx.src);
    if (node_type(n) == "comment" && text.starts_with("//")) {
      bool closes = text.find("*/") != std::string_view::npos;
      cx.edits.replace(node_begin(n), node_end(n), closes ? "" : "/*" + std::string(text.substr(2)) + " */", 0);
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
  std::string target;
  for (char c : cx.edits.take_range(node_begin(loop.left), node_end(loop.left), cx.src)) {
    target += (c == '\n' || c == '\r') ? ' ' : c;
  }
  bool pattern_assignment = ts_node_is_null(loop.kind) && node_type(loop.left) == "object_pattern";
  std::string binding = ts_node_is_null(loop.kind) ? "" : std::string(node_text(loop.kind, cx.src)) + " ";
  std::string assign = pattern_assignment ? "(" + target + " = " + r + ".value); " : binding + target + " = " + r + ".value; ";
  cx.edits.replace(node_end(loop.right), node_begin(loop.body),
                   std::string(loop.in_generator ? ", 1" : "") + "); try { " + loop.labels + "for (; " + names.runtime("step") +
                       "(" + r + ", (yield " + names.runtime("next") + "(" + r + "))); ) { " + assign +
                       line_breaks(cx.src, node_end(loop.right), node_begin(loop.body)),
                   loop.depth);
  cx.edits.insert(node_end(loop.body),
                  " } } catch (" + e + ") { throw " + names.runtime("threw") + "(" + r + ", " + e + "); } finally { yield* " +
                      names.runtime("close") + "(" + r + "); }" + unreached + " }",
                  -loop.depth);
}

}  // namespace a2g
