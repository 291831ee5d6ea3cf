// `await using` declarations (UsingScope): the scope gets a disposal stack, each declaration adds
// its resource to it, and leaving the scope runs the runtime's DisposeResources (dispose.js).
#include "core/directives.hpp"
#include "core/lower.hpp"
#include "core/parse.hpp"
#include "core/source.hpp"

namespace a2g {
namespace {

// await using x = a, y = b;   =>  const x = __async_use(S, a, 1), y = __async_use(S, b, 1);
// using z = c;                =>  const z = __async_use(S, c, 0);
// for (await using x of xs)   =>  for (const x of xs)  (the body adds x, see lower_using_scope)
void lower_declaration(const UsingDeclaration& d, const std::string& stack, bool head, bool for_await,
                       LowerContext& cx) {
  uint32_t kind_end = d.kind_begin + 5;
  // (a for await's head is rewritten by lower_for_await, which reads it as `const`)
  if (!for_await) cx.edits.replace(d.await_begin.value_or(d.kind_begin), kind_end, "const");
  if (head) return;
  std::string hint = ", " + js::flag(d.await_begin.has_value()) + ")";
  for_each_child(d.declaration, [&](TSNode declarator) {
    if (node_type(declarator) != "variable_declarator") return;
    TSNode value = child_by_field(declarator, "value");
    cx.edits.insert(node_begin(value), cx.js.open_call(Helper::use) + stack + ", ", Order::opening(d.depth));
    cx.edits.insert(node_end(value), hint, Order::closing(d.depth));
  });
}

}  // namespace

// { A; await using x = v; B }
//   => { var __async_d1 = __async_using_stack(); try { A; const x = __async_use(__async_d1, v, 1); B }
//      catch (__async_x1) { throw __async_using_threw(__async_d1, __async_x1); }
//      finally { while (__async_dispose(__async_d1)) try { __async_disposed(__async_d1, (yield __async_d1.value)); }
//      catch (__async_x1) { __async_disposed(__async_d1, __async_x1, 1); } } }
// (in an async generator `__async_using_stack(__async_await)`: the awaits are await markers). A function body
// keeps its directives in front; a `for (await using x = v; ...)` loop is wrapped whole, and the
// body of `for (await using x of xs)` each turn: `{ var S = ...; try { __async_use(S, x, 1); BODY } ... }`.
// The catch clause notes the throw completion (SuppressedError chains it); the finally clause
// awaits each resource's disposal with a plain yield (no yield*, which Rhino mishandles), and
// __async_dispose throws what DisposeResources completes with.
void lower_using_scope(const UsingScope& s, int id, LowerContext& cx) {
  std::string stack = cx.names.using_stack(id);
  std::string error = cx.names.using_error(id);
  std::string_view type = node_type(s.scope);
  bool head = type == "for_in_statement";
  bool for_await = head && !ts_node_is_null(find_token(s.scope, "await"));
  for (const UsingDeclaration& d : s.declarations) lower_declaration(d, stack, head, for_await, cx);
  // (a `var`, as the record of lower_for_await: Rhino's `const` and `let` fail there)
  std::string open = "var " + stack + " = " + (s.in_generator ? cx.js.call(Helper::using_stack, {cx.js.helper(Helper::await)}) : cx.js.call(Helper::using_stack, {})) +
                     "; try { ";
  std::string close = " } catch (" + error + ") { throw " + cx.js.call(Helper::using_threw, {stack, error}) +
                      "; } finally { " + await_in_finally("while", Helper::dispose, Helper::disposed, stack, error, cx) + " }";
  if (type == "statement_block") {
    DirectivePrologue directives = directive_prologue(s.scope, cx.src);
    uint32_t at = ts_node_is_null(directives.last) ? node_begin(s.scope) + 1 : node_end(directives.last);
    std::string semicolon = directives.last_has_semicolon ? "" : ";";
    // (no blank added next to one: `{ ... try { const x = ...; } catch ...`)
    bool blank_after = at < cx.src.size() && std::string_view(" \t\r\n").find(cx.src[at]) != std::string_view::npos;
    cx.edits.insert(at, semicolon + " " + (blank_after ? open.substr(0, open.size() - 1) : open), Order::scope_guard());
    uint32_t end = node_end(s.scope) - 1;
    bool blank_before = std::string_view(" \t\r\n").find(cx.src[end - 1]) != std::string_view::npos;
    cx.edits.insert(end, (blank_before ? close.substr(1) : close) + " ", Order::closing(s.depth));
  } else if (type == "program") {
    // (--top-level-await: the program runs as the body of an async function, lower_file; the
    // block goes inside it, its end on the line that ends that function)
    cx.file_prologue += " " + open.substr(0, open.size() - 1);
    cx.program_epilogue = close.substr(1) + " ";
  } else if (type == "for_statement") {
    // (labels stay on the loop, inside the block: `{ ... try { L: for (...) ... } ... }`)
    guard_statement_start(s.let_guard, cx);
    cx.edits.insert(s.wrap_begin, "{ " + open, Order::opening(s.wrap_depth));
    cx.edits.insert(node_end(s.scope), close + " }", Order::closing(s.wrap_depth));
  } else {
    TSNode body = child_by_field(s.scope, "body");
    std::string name(node_text(child_by_field(s.scope, "left"), cx.src));
    cx.edits.insert(node_begin(body), "{ " + open + cx.js.call(Helper::use, {stack, name, js::flag(true)}) + "; ",
                    Order::opening(s.depth + 1));
    cx.edits.insert(node_end(body), close + " }", Order::closing(s.depth + 1));
  }
}

}  // namespace a2g
