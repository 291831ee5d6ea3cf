// `for await` loops (ForAwait): only inside async functions and async generators (or a program
// run as an async body); the lowering moves the loop target into the body.
#include "core/analysis.hpp"
#include "core/parse.hpp"
#include "core/source.hpp"

namespace a2g {
namespace {

// The names a binding pattern declares (not those in its default values or computed keys), in
// order. (An explicit stack: patterns nest as deep as the input likes.)
std::vector<std::string> bound_names(TSNode pattern, std::string_view src) {
  std::vector<std::string> out;
  std::vector<TSNode> work{pattern};
  while (!work.empty()) {
    TSNode at = work.back();
    work.pop_back();
    std::string_view type = node_type(at);
    if (type == "identifier" || type == "shorthand_property_identifier_pattern" ||
        type == "shorthand_property_identifier") {
      out.push_back(identifier_name(node_text(at, src)));
      continue;
    }
    std::vector<TSNode> children = named_children(at);
    TSNode right = child_by_field(at, "right");
    TSNode key = child_by_field(at, "key");
    for (size_t i = children.size(); i-- > 0;) {
      TSNode c = children[i];
      if (ts_node_eq(c, right) || ts_node_eq(c, key) || node_type(c) == "computed_property_name") continue;
      work.push_back(c);
    }
  }
  return out;
}

}  // namespace

void collect_for_await(TSNode n, TSNode await_token, Analysis& a) {
  const Scope& scope = a.scopes.innermost(node_begin(n));
  if (scope.kind == ScopeKind::program && !a.top_level_await) {
    a.error(await_token, top_level_error("'for await'"));
    return;
  }
  if (scope.kind != ScopeKind::program && !scope.function) {
    a.error(await_token, "'for await' is only valid in async functions");
    return;
  }
  if (scope.kind == ScopeKind::program) a.facts.async_program = true;
  if (scope.function) scope.function->yields = true;
  ForAwait loop;
  loop.depth = a.depth;
  loop.in_generator = scope.kind != ScopeKind::program && scope.generator;
  loop.loop = n;
  loop.kind = child_by_field(n, "kind");
  loop.left = child_by_field(n, "left");
  loop.right = child_by_field(n, "right");
  loop.body = child_by_field(n, "body");
  for (TSNode p = a.parent(n); !ts_node_is_null(p) && node_type(p) == "labeled_statement"; p = a.parent(p)) {
    loop.labels_start = p;
    TSNode label = child_by_field(p, "label");
    loop.labels.insert(loop.labels.begin(), node_text(label, a.src));
    // (the labels move with the loop's new head, which renames a `yield` there: not in place too)
    std::erase_if(a.yield_names, [&](const CaptureUse& c) { return ts_node_eq(c.node, label); });
  }
  std::string_view kind = ts_node_is_null(loop.kind) ? "" : node_text(loop.kind, a.src);
  TSNode bound = loop.left;
  // (the grammar reads `for await (let [a, b] of ...)` as an assignment to `let[a, b]`)
  if (node_type(bound) == "subscript_expression" && node_text(child_by_field(bound, "object"), a.src) == "let") {
    kind = "let";
    bound = child_by_field(bound, "index");
  }
  if (kind == "let" || kind == "const") {
    std::string_view iterable = node_text(loop.right, a.src);
    for (std::string& name : bound_names(bound, a.src)) {
      if (mentions(iterable, name)) loop.dead_zone_names.push_back(std::move(name));
    }
  }
  loop.let_guard = block_start_guard(ts_node_is_null(loop.labels_start) ? n : loop.labels_start, a);
  a.facts.for_awaits.push_back(std::move(loop));
}

}  // namespace a2g
