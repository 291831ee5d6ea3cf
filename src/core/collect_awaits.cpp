// `await`, `yield` and `return` where lowering changes their meaning: awaits (Await), `await` as a
// name, `yield` as a name in sloppy code, yield* and return inside async generators.
#include "core/analysis.hpp"
#include "core/parse.hpp"

namespace a2g {

void collect_await(TSNode n, Analysis& a) {
  const Scope& scope = a.scopes.innermost(node_begin(n));
  if (scope.kind == ScopeKind::program) {
    if (!a.top_level_await) {
      a.stray_awaits.push_back({Severity::error, node_begin(n), node_end(n), top_level_error("await")});
      return;
    }
    a.facts.async_program = true;
    TSNode keyword = find_token(n, "await");
    a.facts.awaits.push_back({a.depth, false, keyword, first_named_child(n), statement_start_guard(n, node_begin(keyword), a)});
    return;
  }
  if (!scope.function) return;  // `await (x)`: a call of a function named `await` (early_errors.cpp refuses the rest)
  if (node_begin(n) < scope.params_end) {
    a.error(n, "'await' is not allowed in the parameters of an async function");
    return;
  }
  TSNode parent = a.parent(n);
  if (node_type(parent) == "binary_expression" && ts_node_eq(child_by_field(parent, "left"), n) &&
      !ts_node_is_null(find_token(parent, "**"))) {
    a.error(n, "syntax error: 'await x ** y' needs parentheses: '(await x) ** y' or 'await (x ** y)'");
    return;
  }
  scope.function->yields = true;
  TSNode keyword = find_token(n, "await");
  a.facts.awaits.push_back(
      {a.depth, scope.generator, keyword, first_named_child(n), statement_start_guard(n, node_begin(keyword), a)});
}

// `await` as a name: fine in scripts (where it is not, early_errors.cpp has refused the file).
void collect_await_name(TSNode, Analysis& a) { a.has_await_identifier = true; }

// `yield` is an ordinary name in sloppy code, but a keyword in the generator an async body
// becomes: such names are renamed throughout the file (declarations and uses alike) when one of
// them is inside a lowered function. A `yield` with an operand outside a generator is an error.
// yield* inside an async generator delegates through the runtime.
void collect_yield(TSNode n, bool shorthand, Analysis& a) {
  if (node_type(n) == "yield_expression") {
    const Scope& innermost = a.scopes.innermost(node_begin(n));
    if (innermost.generator) {  // a real yield
      if (innermost.function) innermost.function->yields = true;
      TSNode star = find_token(n, "*");
      if (innermost.function && !ts_node_is_null(star)) {
        a.facts.delegates.push_back({a.depth, star, first_named_child(n)});
      }
      return;
    }
  }
  bool inside_lowered = false;
  a.scopes.for_each(node_begin(n), [&](Scope& s) {
    if (s.function || (s.kind == ScopeKind::program && a.top_level_await)) inside_lowered = true;
    return s.kind == ScopeKind::arrow && !inside_lowered;
  });
  if (node_type(n) == "yield_expression" && ts_node_named_child_count(n) > 0) {
    a.facts.misparsed_yields.push_back(node_begin(n));
    return;
  }
  a.yield_name_in_lowered |= inside_lowered;
  a.yield_names.push_back({Capture::yield_name, n, shorthand});
}

// `return v` inside an async generator awaits v.
void collect_return(TSNode n, Analysis& a) {
  const Scope& scope = a.scopes.innermost(node_begin(n));
  if (!scope.function || !scope.generator) return;
  TSNode argument = first_named_child(n);
  if (ts_node_is_null(argument)) return;
  scope.function->yields = true;
  a.facts.generator_returns.push_back({a.depth, n, argument, block_start_guard(n, a)});
}

}  // namespace a2g
