// Async functions, arrows and methods: the record of each, opened with its scope and put into
// the facts when the scope closes (other collectors fill in what its body needs meanwhile).
#include <algorithm>
#include <regex>

#include "core/analysis.hpp"
#include "core/directives.hpp"
#include "core/parse.hpp"
#include "core/source.hpp"

namespace a2g {
namespace {

// Whether `word` may be assigned to in `text` (`word =`, `word +=`, `word++`, `--word`, ...);
// conservative: any doubt says yes.
// What the whole-word occurrence of `word` at `at` in `text` says: 1 it may be assigned there,
// -1 nothing follows it (no assignment at all), 0 go on to the next one.
int assignment_at(std::string_view text, size_t at, std::string_view word) {
  size_t end = at + word.size();
  size_t before = at;
  while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
  if (before >= 2 && (text.substr(before - 2, 2) == "++" || text.substr(before - 2, 2) == "--")) return 1;
  size_t after = text.find_first_not_of(" \t\r\n", end);
  if (after == std::string_view::npos) return -1;
  std::string_view rest = text.substr(after, 4);
  if (rest.starts_with("++") || rest.starts_with("--")) return 1;
  size_t eq = rest.find('=');
  if (eq == std::string_view::npos || eq > 3) return 0;
  std::string_view op = rest.substr(0, eq);
  bool compound = op.find_first_not_of("+-*/%&|^<>?") == std::string_view::npos;
  bool comparison = (eq + 1 < rest.size() && (rest[eq + 1] == '=' || rest[eq + 1] == '>')) || op == "!" ||
                    op == "<" || op == ">";
  return compound && !comparison ? 1 : 0;
}

// (node `n`: its occurrences come from the file's word index, so that nested functions do not
// read each other's text again)
bool may_assign(TSNode n, std::string_view word, Analysis& a) {
  std::string_view text = node_text(n, a.src);
  bool plain_word = !word.empty() && std::all_of(word.begin(), word.end(), is_identifier_char);
  if (!plain_word) {
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      size_t end = at + word.size();
      if ((at > 0 && is_identifier_char(text[at - 1])) || (end < text.size() && is_identifier_char(text[end]))) continue;
      if (int r = assignment_at(text, at, word)) return r > 0;
    }
    return false;
  }
  uint32_t begin = node_begin(n);
  const std::vector<uint32_t>& at = a.words.occurrences(word);
  for (auto i = std::lower_bound(at.begin(), at.end(), begin); i != at.end() && *i + word.size() <= begin + text.size(); ++i) {
    if (int r = assignment_at(text, *i - begin, word)) return r > 0;
  }
  return false;
}

// Whether a body declares its own `arguments` (`let arguments`, `function arguments() {}`, ...):
// then `arguments` there is not the arguments object.
bool declares_arguments(std::string_view body) {
  static const std::regex declaration(R"((^|[^\w$])(let|const|var|function|class)\s+arguments([^\w$]|$))");
  return std::regex_search(body.begin(), body.end(), declaration);
}

// `{ [k]: async function () {} }`: the computed key the function is named by, else a null node.
// (Class fields are left out: their initializer runs long after the key.)
TSNode computed_pair_key(TSNode fn, const Analysis& a) {
  TSNode child = with_parentheses(fn, a);
  TSNode parent = a.parent(child);
  if (ts_node_is_null(parent) || node_type(parent) != "pair" || !ts_node_eq(child_by_field(parent, "value"), child)) {
    return TSNode{};
  }
  TSNode key = child_by_field(parent, "key");
  return node_type(key) == "computed_property_name" ? key : TSNode{};
}

bool has_use_strict_directive(TSNode block, std::string_view src) { return directive_prologue(block, src).use_strict; }

FunctionKind kind_of(std::string_view type) {
  return type == "function_declaration" || type == "generator_function_declaration" ? FunctionKind::declaration
         : type == "function_expression" || type == "generator_function"         ? FunctionKind::expression
         : type == "arrow_function"                                              ? FunctionKind::arrow
                                                                                 : FunctionKind::method;
}

// The name under which an async generator function passes itself to the runtime, and where its
// prototype is fixed up: a declaration at the start of its scope, an expression where it stands.
void name_async_generator(TSNode n, AsyncFunction& f, Analysis& a) {
  if (!f.naming.own.empty()) {
    f.naming.generator_name = std::string(f.naming.own);
  } else if (auto key = inferred_name_key(n, a)) {
    // `const x = async function* () {}` becomes a named expression `function x()`, unless the
    // name would shadow something the function itself uses.
    bool identifier = !key->empty() && is_identifier_char((*key)[0]) && ((*key)[0] < '0' || (*key)[0] > '9') &&
                      *key != "arguments" && *key != "eval";
    if (identifier && !a.words.mentions(node_begin(n), ts_node_end_byte(n), *key)) {
      f.naming.generator_name = *key;
      f.naming.add_generator_name = true;
    }
  }
}

// A declaration (`export default async function () {}` too, hoisted without a name): the scope
// at whose start its name is bound.
void note_declaration(TSNode n, AsyncFunction& f, const Analysis& a) {
  bool default_export = node_type(a.parent(n)) == "export_statement" && f.naming.own.empty() &&
                        f.kind != FunctionKind::arrow && f.kind != FunctionKind::method;
  if ((f.kind != FunctionKind::declaration || f.naming.own.empty()) && !default_export) return;
  f.kind = FunctionKind::declaration;
  f.function_token = find_token(n, "function");
  TSNode parent = a.parent(n);
  std::string_view parent_type = node_type(parent);
  if (parent_type == "export_statement") parent = a.parent(parent);
  if (parent_type == "switch_case" || parent_type == "switch_default") parent = a.parent(parent);
  parent_type = node_type(parent);
  if (parent_type == "program" || parent_type == "statement_block" || parent_type == "switch_body") {
    f.declaration_scope = parent;
    std::string_view owner = parent_type == "statement_block" ? node_type(a.parent(parent)) : "";
    f.function_level_scope = parent_type == "program" || owner == "function_declaration" ||
                             owner == "function_expression" || owner == "generator_function" ||
                             owner == "generator_function_declaration" || owner == "method_definition" ||
                             owner == "arrow_function" || owner == "class_static_block";
  }
}

// The key an expression or arrow is named by, where the runtime can make its function object.
void name_by_key(TSNode n, AsyncFunction& f, Analysis& a) {
  std::string_view src = a.src;
  TSNode child = with_parentheses(n, a);
  TSNode parent = a.parent(child);
  if (node_type(parent) == "assignment_expression" && ts_node_eq(child_by_field(parent, "right"), child)) {
    f.naming.assignment = parent;
  }
  if (f.kind == FunctionKind::expression) {
    TSNode name = child_by_field(n, "name");
    if (ts_node_is_null(name)) {
      f.naming.key = inferred_name_key(n, a);
      if (!f.naming.key) f.naming.computed_key = computed_pair_key(n, a);
      return;
    }
    std::string_view own = node_text(name, src);
    // Assigning to its own name throws in strict code and is ignored in sloppy code: only
    // the function form itself does both, so such an expression stays a function.
    if (!may_assign(f.body, own, a) && !may_assign(f.params, own, a)) {
      f.naming.key = std::string(own);
      // (conservative with escapes: `\u0067` may spell the name)
      f.naming.self_binding = a.words.mentions(node_begin(f.body), ts_node_end_byte(f.body), own) ||
                              a.words.mentions(node_begin(f.params), ts_node_end_byte(f.params), own) ||
                              a.words.has_unicode_escape(node_begin(n), ts_node_end_byte(n));
    }
  }
  if (f.kind == FunctionKind::arrow) {
    bool exported = node_type(a.parent(n)) == "export_statement";  // export default async () => {}
    f.naming.key = exported ? std::optional<std::string>("default") : inferred_name_key(n, a);
    if (!f.naming.key) f.naming.computed_key = computed_pair_key(n, a);
  }
}

// The record of an async function, from its own syntax and where it stands.
AsyncFunction async_function(TSNode n, TSNode async_token, const Scope& scope, Analysis& a) {
  AsyncFunction f;
  f.node = n;
  f.kind = kind_of(node_type(n));
  f.generator = scope.generator;
  f.depth = a.depth;
  f.async_token = async_token;
  f.asi_guard = statement_start_guard(n, node_begin(async_token), a);
  f.star = find_token(n, "*");
  f.params = child_by_field(n, "parameters");
  if (ts_node_is_null(f.params)) f.params = child_by_field(n, "parameter");
  f.body = child_by_field(n, "body");
  if (f.kind == FunctionKind::arrow) f.arrow = find_token(n, "=>");
  f.strict = scope.strict;
  f.strict_body = node_type(f.body) == "statement_block" && has_use_strict_directive(f.body, a.src);
  if (f.kind == FunctionKind::declaration || f.kind == FunctionKind::expression) {
    TSNode name = child_by_field(n, "name");
    if (!ts_node_is_null(name)) f.naming.own = node_text(name, a.src);
    if (identifier_name(f.naming.own) == "yield") a.error(name, "an async function named 'yield' is not supported yet");
  }
  if (f.generator && f.kind != FunctionKind::method) name_async_generator(n, f, a);
  if (f.kind == FunctionKind::method) note_method(n, f, a);
  note_declaration(n, f, a);
  name_by_key(n, f, a);
  f.sharing.created_once = a.shared.created_once();
  // (f.sharing.shareable: when its scope closes, see analyze.cpp)
  f.captures.callee = !f.strict && f.kind != FunctionKind::arrow &&
                      a.words.mentions(node_begin(n), ts_node_end_byte(n), "callee") &&
                      !a.words.mentions(node_begin(f.params), ts_node_end_byte(f.params), "arguments") &&
                      !declares_arguments(node_text(f.body, a.src));
  return f;
}

}  // namespace

// (SetFunctionName through NamedEvaluation)
std::optional<std::string> inferred_name_key(TSNode fn, const Analysis& a) {
  std::string_view src = a.src;
  TSNode child = with_parentheses(fn, a);
  TSNode parent = a.parent(child);
  if (ts_node_is_null(parent)) return "\"\"";
  std::string_view type = node_type(parent);
  auto field_is = [&](const char* field) { return ts_node_eq(child_by_field(parent, field), child); };
  auto identifier_in = [&](const char* field) -> std::optional<std::string> {
    TSNode target = child_by_field(parent, field);
    std::string_view t = node_type(target);
    if (t == "identifier" || t == "shorthand_property_identifier_pattern") return std::string(node_text(target, src));
    return std::nullopt;
  };
  if (type == "variable_declarator" && field_is("value")) return identifier_in("name").value_or("\"\"");
  if (type == "for_in_statement" && field_is("value")) return identifier_in("left").value_or("\"\"");  // (Annex B)
  // Only a plain identifier on the left names the function: `o.f = ...`, `(a) = ...` do not.
  if ((type == "assignment_expression" || type == "assignment_pattern" || type == "object_assignment_pattern") &&
      field_is("right")) {
    return identifier_in("left").value_or("\"\"");
  }
  if (type == "augmented_assignment_expression" && field_is("right")) {
    std::string_view op = node_text(child_by_field(parent, "operator"), src);
    if (op == "&&=" || op == "||=" || op == "?\?=") return identifier_in("left").value_or("\"\"");
    return "\"\"";
  }
  if ((type == "pair" && field_is("value")) || (type == "field_definition" && field_is("value"))) {
    TSNode key = child_by_field(parent, type == "pair" ? "key" : "property");
    std::string_view kt = node_type(key);
    std::string_view kv = node_text(key, src);
    // `__proto__: v` sets the prototype: no property, so no name.
    if (type == "pair" && (kv == "__proto__" || kv == "\"__proto__\"" || kv == "'__proto__'")) return "\"\"";
    if (kt == "property_identifier" || kt == "string" || kt == "number" || kt == "private_property_identifier") {
      return std::string(node_text(key, src));
    }
    return std::nullopt;  // computed key
  }
  if (type == "export_statement") return std::nullopt;  // `export default async function` is hoisted
  if (type == "assignment_expression" || type == "variable_declarator" || type == "pair" ||
      type == "field_definition") {
    return std::nullopt;  // the function is not the named part: stay on the safe side
  }
  return "\"\"";
}

void enter_function(TSNode n, ScopeKind kind, Analysis& a) {
  TSNode params = child_by_field(n, "parameters");
  if (ts_node_is_null(params)) params = child_by_field(n, "parameter");
  TSNode async_token = find_token(n, "async");
  if (!ts_node_is_null(async_token) && line_break_after(async_token, a.src)) {
    // `async /* \n */ function f() {}` is the name `async`, then a plain function (ASI): not
    // async, and left as it is, which keeps that meaning.
    async_token = TSNode{};
  }
  Scope scope{kind, n, node_begin(params), node_end(params)};
  TSNode body = child_by_field(n, "body");
  scope.strict = a.scopes.strict() || a.scopes.in_class_body() ||
                 (node_type(body) == "statement_block" && has_use_strict_directive(body, a.src));
  scope.async = !ts_node_is_null(async_token);
  scope.derived_constructor = kind == ScopeKind::function && is_derived_constructor(n, a.src, a.parent(a.parent(n)));
  scope.generator = !ts_node_is_null(find_token(n, "*")) || node_type(n).starts_with("generator");
  if (node_type(n) == "method_definition" && node_type(a.parent(n)) == "object") {
    scope.home = a.parent(n);
    scope.home_depth = a.depth - 1;
  }
  if (scope.async) {
    scope.function = std::make_unique<AsyncFunction>(async_function(n, async_token, scope, a));
  }
  a.scopes.enter(std::move(scope));
}

void leave_function(Scope& closed, Analysis& a) {
  AsyncFunction& f = *closed.function;
  if (!ts_node_is_null(f.method.object_method)) settle_object_method(f, a);
  settle_arguments_uses(closed);
  for (CaptureUse& use : closed.arguments_uses) {
    use.live |= f.captures.assigns_arguments;
    a.facts.captures.push_back(use);
  }
  a.facts.functions.push_back(std::move(f));
}

}  // namespace a2g
