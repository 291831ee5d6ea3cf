// The lowering stage: each kind of fact through its lowering, in any order (the edit list sorts
// them, and moves for-await targets with their rewrites when it is finished).
#include "core/lower_file.hpp"

#include "core/lower.hpp"

namespace a2g {

LoweredFile lower_file(std::string_view source, const Names& names, const Facts& facts, bool module,
                       bool trace_awaits, bool plain_functions) {
  LoweredFile out(names.prefix);
  LowerContext cx(source, names, out.edits, out.js, module);
  cx.trace_awaits = trace_awaits;
  cx.plain_functions = plain_functions;
  cx.statement_ends = &facts.statement_ends;
  for (const AsyncFunction& f : facts.functions) lower_function(f, cx);
  for (const Await& a : facts.awaits) lower_await(a, cx);
  for (const SuperAccess& s : facts.supers) lower_super_access(s, cx);
  for (const CaptureUse& c : facts.captures) lower_capture(c, cx);
  for (const YieldDelegate& d : facts.delegates) lower_yield_delegate(d, cx);
  for (const GeneratorReturn& r : facts.generator_returns) lower_generator_return(r, cx);
  for (const MethodHolder& h : facts.method_holders) lower_method_holder(h, cx);
  for (const SuperHome& h : facts.super_homes) lower_super_home(h, cx);
  for (size_t i = 0; i < facts.for_awaits.size(); ++i) lower_for_await(facts.for_awaits[i], static_cast<int>(i + 1), cx);
  for (size_t i = 0; i < facts.using_scopes.size(); ++i) lower_using_scope(facts.using_scopes[i], static_cast<int>(i + 1), cx);
  out.prologue = std::move(cx.file_prologue);
  // --async-stack-traces: the runtime keeps its records from the start of the file on.
  if (trace_awaits && !out.js.used().empty()) out.prologue = " " + out.js.call(Helper::traces, {}) + ";" + out.prologue;
  if (cx.cached_generators > 0) {
    std::string vars = " var ";
    for (int i = 1; i <= cx.cached_generators; ++i) vars += (i > 1 ? ", " : "") + cached_generator_name(cx, i);
    out.prologue = vars + ";" + out.prologue;
  }
  // With --top-level-await, a program that uses it runs as the body of an async function:
  //   __async(this, typeof arguments === "undefined" ? [] : arguments, function* () { PROGRAM
  //   });
  if (facts.async_program) {
    out.prologue = " " + out.js.open_call(Helper::async) + "this, typeof arguments === " + js::string("undefined") +
                   " ? [] : arguments, function* () {" + out.prologue;
    out.epilogue = cx.program_epilogue + "});";
  }
  return out;
}

}  // namespace a2g
