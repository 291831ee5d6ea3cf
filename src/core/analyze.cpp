// The analysis walk: a tree cursor (no recursion, so deeply nested bundles cannot overflow the
// C++ stack) that keeps the scope stack and hands each node to the collector for its construct
// (analysis.hpp); then the facts in source order.
#include "core/analyze.hpp"

#include <algorithm>

#include "core/analysis.hpp"
#include "core/directives.hpp"
#include "core/module_kind.hpp"
#include "core/parse.hpp"
#include "core/source.hpp"
#include "core/using_declarations.hpp"

namespace a2g {
namespace {

bool is_function(std::string_view type) {
  return type == "function_declaration" || type == "function_expression" || type == "generator_function" ||
         type == "generator_function_declaration" || type == "method_definition";
}

// `{ yield: 1 }` (also `{ a: { yield: 1 } }`) as a statement is a block with labels, which the
// grammar reads as an object: whether the key `n` is such a label.
bool is_label_read_as_key(TSNode n, const Analysis& a) {
  for (TSNode key = n;;) {
    TSNode pair = a.parent(key);
    if (node_type(pair) != "pair" || !ts_node_eq(child_by_field(pair, "key"), key)) return false;
    TSNode object = a.parent(pair);
    if (node_type(object) != "object") return false;
    TSNode outer = a.parent(object);
    if (node_type(outer) == "expression_statement") return true;
    if (node_type(outer) != "pair" || !ts_node_eq(child_by_field(outer, "value"), object)) return false;
    key = child_by_field(outer, "key");
  }
}

// A function declaration directly in a statement list (or a switch's clauses, which share one
// scope): the last one of each name is the one the name holds.
void note_function_declaration(TSNode n, Analysis& a) {
  TSNode list = a.parent(n);
  std::string_view type = node_type(list);
  if (type == "switch_case" || type == "switch_default") {
    list = a.parent(list);
    type = node_type(list);
    if (type != "switch_body") return;
  }
  if (type != "program" && type != "statement_block" && type != "switch_body") return;
  std::string key = declaration_key(list, node_text(child_by_field(n, "name"), a.src));
  uint32_t& last = a.last_declaration[key];
  last = std::max(last, node_begin(n));
}

void enter(TSNode n, Analysis& a) {
  // The types this dispatch and enter_block compare with: any other node passes at once.
  static const TypeSet collected = {
      "function_declaration", "function_expression", "generator_function", "generator_function_declaration",
      "method_definition", "arrow_function", "class_static_block", "field_definition", "this", "super", "class_body",
      "statement_identifier", "property_identifier", "identifier", "shorthand_property_identifier",
      "shorthand_property_identifier_pattern", "meta_property", "object", "await_expression", "yield_expression",
      "for_in_statement", "lexical_declaration", "return_statement", "call_expression",
      // enter_block
      "statement_block", "for_statement", "while_statement", "do_statement"};
  TSSymbol symbol = ts_node_symbol(n);
  if (!collected.contains(symbol)) return;
  // (names, the most frequent nodes collected, first: only `arguments`, `await` and `yield` matter)
  static const TypeSet names = {"identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern"};
  static const TypeSet plain_names = {"identifier"};
  if (names.contains(symbol)) {
    std::string_view text = node_text(n, a.src);
    bool shorthand = !plain_names.contains(symbol);
    if (identifier_is(text, "arguments")) collect_capture(n, Capture::arguments, shorthand, a);
    if (identifier_is(text, "await")) collect_await_name(n, a);
    if (identifier_is(text, "yield")) collect_yield(n, shorthand, a);
    return;
  }
  // (property names and calls, the next most frequent: only `yield` and `eval` matter)
  static const TypeSet property_names = {"property_identifier"};
  if (property_names.contains(symbol)) {
    if (identifier_is(node_text(n, a.src), "yield") && is_label_read_as_key(n, a)) collect_yield(n, false, a);
    return;
  }
  static const TypeSet calls = {"call_expression"};
  if (calls.contains(symbol)) {
    // (a callee `eval` starts the call)
    if (a.src.substr(node_begin(n), 4) != "eval") return;
    TSNode callee = child_by_field(n, "function");
    if (node_type(callee) == "identifier" && node_text(callee, a.src) == "eval") {
      taint_object(n, a);
      collect_direct_eval(n, a);
    }
    return;
  }
  std::string_view type = node_type(n);
  enter_block(n, a);
  if (type == "function_declaration" || type == "generator_function_declaration") note_function_declaration(n, a);
  if (is_function(type)) {
    enter_function(n, ScopeKind::function, a);
  } else if (type == "arrow_function") {
    enter_function(n, ScopeKind::arrow, a);
  } else if (type == "class_static_block") {
    a.scopes.enter({ScopeKind::boundary, n, node_begin(child_by_field(n, "body"))});
  } else if (type == "field_definition") {
    TSNode value = child_by_field(n, "value");
    if (!ts_node_is_null(value)) a.scopes.enter({ScopeKind::boundary, n, node_begin(value)});
  } else if (type == "this") {
    collect_this(n, a);
  } else if (type == "super") {
    collect_super(n, a);
  } else if (type == "class_body") {
    a.scopes.enter_class_body(n);
  } else if (type == "statement_identifier") {
    if (identifier_is(node_text(n, a.src), "yield")) collect_yield(n, false, a);  // a label
  } else if (type == "meta_property") {
    if (node_text(n, a.src).starts_with("new")) collect_capture(n, Capture::new_target, false, a);
  } else if (type == "object") {
    enter_object(n, a);
  } else if (type == "await_expression") {
    taint_object(n, a);
    collect_await(n, a);
  } else if (type == "yield_expression") {
    taint_object(n, a);
    collect_yield(n, false, a);
  } else if (type == "for_in_statement") {
    TSNode await_token = find_token(n, "await");
    if (!ts_node_is_null(await_token)) collect_for_await(n, await_token, a);
    TSNode kind = child_by_field(n, "kind");
    if (!ts_node_is_null(kind) && is_using_kind(a.src, node_begin(kind))) collect_using(n, kind, a);
  } else if (type == "lexical_declaration") {
    TSNode kind = child_by_field(n, "kind");
    if (is_using_kind(a.src, node_begin(kind))) collect_using(n, kind, a);
  } else if (type == "return_statement") {
    collect_return(n, a);
  }
}

void leave(TSNode n, Analysis& a) {
  static const TypeSet objects = {"object"};
  if (objects.contains(n)) leave_object(n, a);
  leave_block(n, a);
  std::optional<bool> shareable = a.shared.leave(n);
  std::optional<Scope> closed = a.scopes.leave(n);
  if (closed && closed->function) {
    closed->function->sharing.shareable = shareable.value_or(false);
    leave_function(*closed, a);
  }
}

void walk(TSNode root, Analysis& a) {
  walk_tree(
      root,
      [&](TSNode n, int32_t depth) {
        a.depth = depth;
        a.path.push(n);
        enter(n, a);
        a.shared.enter(n, a.path);
      },
      [&](TSNode n) {
        leave(n, a);
        a.path.pop();
      });
}

// Whether a later function declaration of the same name in the same scope replaces each declaration.
void note_declared_again(Analysis& a) {
  for (AsyncFunction& f : a.facts.functions) {
    if (f.kind != FunctionKind::declaration || ts_node_is_null(f.declaration_scope) || f.naming.own.empty()) continue;
    auto last = a.last_declaration.find(declaration_key(f.declaration_scope, f.naming.own));
    f.declared_again = last != a.last_declaration.end() && last->second > node_begin(f.node);
  }
}

// Functions go into the facts as their scopes close (inner ones first), holders as their first
// method is seen: both are put back in source order, the order of the walk.
template <class T>
void sort_by_start(std::vector<T>& items) {
  std::stable_sort(items.begin(), items.end(),
                   [](const T& x, const T& y) { return node_begin(x.node) < node_begin(y.node); });
}

}  // namespace

void Analysis::error(TSNode n, std::string message) {
  facts.errors.push_back({Severity::error, node_begin(n), node_end(n), std::move(message)});
}

TSNode with_parentheses(TSNode n, const Analysis& a) {
  for (TSNode p = a.parent(n); !ts_node_is_null(p) && node_type(p) == "parenthesized_expression"; p = a.parent(p)) {
    n = p;
  }
  return n;
}

std::string declaration_key(TSNode list, std::string_view name) {
  std::string key(reinterpret_cast<const char*>(&list.id), sizeof list.id);
  key += name;
  return key;
}

std::string top_level_error(std::string_view what) {
  return "top-level " + std::string(what) +
         " is not supported: in an ES module it cannot be lowered without changing how modules load; wrap the "
         "code in an async function (CommonJS and scripts: see --top-level-await)";
}

Facts analyze(TSNode root, std::string_view source, bool top_level_await, bool plain_functions) {
  Analysis a(source, root, top_level_await, plain_functions);
  a.scopes.enter_program(root, is_module(root, source) || directive_prologue(root, source).use_strict);
  walk(root, a);
  note_declared_again(a);
  finish_super_homes(a);
  finish_using_scopes(a);
  sort_by_start(a.facts.functions);
  sort_by_start(a.facts.method_holders);
  sort_by_start(a.facts.super_homes);
  if (!a.has_await_identifier) a.facts.errors.insert(a.facts.errors.end(), a.stray_awaits.begin(), a.stray_awaits.end());
  if (a.yield_name_in_lowered) {
    a.facts.captures.insert(a.facts.captures.end(), a.yield_names.begin(), a.yield_names.end());
  }
  return std::move(a.facts);
}

}  // namespace a2g
