// `using` and `await using` declarations (UsingScope): grouped by the scope they declare in; a
// scope with an `await using` is lowered, and its sync `using` declarations with it.
#include "core/analysis.hpp"
#include "core/parse.hpp"
#include "core/source.hpp"
#include "core/using_declarations.hpp"

namespace a2g {

void collect_using(TSNode declaration, TSNode kind, Analysis& a) {
  bool head = node_type(declaration) == "for_in_statement";
  TSNode scope_node = head ? declaration : a.parent(declaration);
  std::string_view type = node_type(scope_node);
  // (a switch case: an early error; elsewhere the early errors refuse the program already)
  if (type != "statement_block" && type != "program" && type != "for_statement" && type != "for_in_statement") return;
  UsingDeclaration d;
  d.depth = a.depth;
  d.declaration = declaration;
  d.kind_begin = node_begin(kind);
  size_t await = await_before_using(a.src, d.kind_begin);
  if (await != std::string_view::npos) d.await_begin = static_cast<uint32_t>(await);
  auto [at, added] = a.using_scope_index.try_emplace(scope_node.id, a.facts.using_scopes.size());
  if (added) {
    UsingScope s;
    s.depth = head ? a.depth : a.depth - 1;
    s.scope = scope_node;
    if (type == "for_statement") {
      TSNode outer = scope_node;
      s.wrap_depth = s.depth;
      for (TSNode p = a.parent(scope_node); !ts_node_is_null(p) && node_type(p) == "labeled_statement"; p = a.parent(p)) {
        outer = p;
        --s.wrap_depth;
      }
      s.wrap_begin = node_begin(outer);
      s.let_guard = block_start_guard(outer, a);
    }
    a.facts.using_scopes.push_back(std::move(s));
  }
  UsingScope& s = a.facts.using_scopes[at->second];
  if (d.await_begin) {
    Scope& fn = a.scopes.innermost(d.kind_begin);
    if (fn.kind == ScopeKind::program) {
      // (an ES module: its importers would have to wait; CommonJS and scripts: --top-level-await)
      if (!a.top_level_await) a.error(kind, top_level_error("'await using'"));
      a.facts.async_program = true;
    } else if (fn.function) {
      fn.function->yields = true;
      s.in_generator = fn.generator;
    }
    s.awaits = true;
  }
  s.declarations.push_back(d);
}

void finish_using_scopes(Analysis& a) {
  std::erase_if(a.facts.using_scopes, [](const UsingScope& s) { return !s.awaits; });
}

}  // namespace a2g
