// Lowering of `await X` into a parenthesised `(yield X)`.
#include "core/lower.hpp"
#include "core/parse.hpp"

namespace a2g {

// await x        => (yield x)
// 2 ** await x   => 2 ** (yield x)
// await\n  x     => (yield (\n  x))   (a line break after `yield` would end it)
// The parentheses keep `await`'s unary precedence: `yield` binds looser than any operator.
// With --async-stack-traces: await x  =>  (yield __async_at(x, "HASH:N")), N numbering the file's awaits
void lower_await(const Await& a, LowerContext& cx) {
  // --async-stack-traces: the operand goes through __async_at, which notes where the function waits.
  std::string traced = cx.trace_awaits ? cx.js.open_call(Helper::at) : "";
  std::string untraced = cx.trace_awaits ? ", " + trace_site(cx) + ")" : "";
  if (a.in_generator || cx.trace_awaits) {
    // Inside an async generator a plain yield is a yield: awaits go through a marker.
    // await x  =>  (yield __async_await(x))
    uint32_t end = node_end(a.keyword);
    while (end < node_begin(a.operand) && (cx.src[end] == ' ' || cx.src[end] == '\t')) ++end;
    std::string open = a.in_generator ? cx.js.open_call(Helper::await) + traced : traced;
    cx.edits.replace(node_begin(a.keyword), end, "(yield " + open);
    cx.edits.insert(node_end(a.operand), untraced + (a.in_generator ? "))" : ")"), Order::closing(a.depth));
    guard_statement_start(a.asi_guard, cx);
    return;
  }
  std::string_view gap = cx.src.substr(node_end(a.keyword), node_begin(a.operand) - node_end(a.keyword));
  bool line_break = gap.find_first_of("\r\n") != std::string_view::npos ||
                    gap.find("\xE2\x80\xA8") != std::string_view::npos ||
                    gap.find("\xE2\x80\xA9") != std::string_view::npos;
  cx.edits.replace(node_begin(a.keyword), node_end(a.keyword), line_break ? "(yield (" : "(yield");
  guard_statement_start(a.asi_guard, cx);
  cx.edits.insert(node_end(a.operand), line_break ? "))" : ")", Order::closing(a.depth));
}

}  // namespace a2g
