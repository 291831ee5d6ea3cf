// The analysis walk: an explicit stack of function scopes over a tree cursor (no recursion,
// so deeply nested bundles cannot overflow the C++ stack).
#include "core/analyze.hpp"
#include "core/shared_generators.hpp"

#include "core/directives.hpp"

#include "core/parse.hpp"
#include "core/source.hpp"

#include <regex>

namespace a2g {
namespace {

enum class ScopeKind { program, function, arrow, boundary };  // boundary: class field or static block

struct Scope {
  ScopeKind kind = ScopeKind::program;
  TSNode node{};
  uint32_t inner_begin = 0;  // nodes before this offset (a method's computed key) lie outside
  uint32_t params_end = 0;
  bool async = false;
  bool generator = false;
  int fact = -1;  // index into Facts::functions when this function is lowered
  bool strict = false;
};

bool same_node(TSNode a, TSNode b) { return ts_node_eq(a, b); }

// The names a binding pattern declares (not those in its default values or computed keys).
std::vector<std::string> bound_names(TSNode pattern, std::string_view src) {
  std::vector<std::string> out;
  std::string_view type = node_type(pattern);
  if (type == "identifier" || type == "shorthand_property_identifier_pattern" ||
      type == "shorthand_property_identifier") {
    out.push_back(identifier_name(node_text(pattern, src)));
    return out;
  }
  for (uint32_t i = 0; i < ts_node_named_child_count(pattern); ++i) {
    TSNode c = ts_node_named_child(pattern, i);
    if (same_node(c, child_by_field(pattern, "right")) || same_node(c, child_by_field(pattern, "key")) ||
        node_type(c) == "computed_property_name") {
      continue;
    }
    for (std::string& name : bound_names(c, src)) out.push_back(std::move(name));
  }
  return out;
}

TSNode first_named_child(TSNode n) {
  uint32_t count = ts_node_named_child_count(n);
  for (uint32_t i = 0; i < count; ++i) {
    TSNode c = ts_node_named_child(n, i);
    if (node_type(c) != "comment") return c;
  }
  return TSNode{};
}

// An object literal method can be `KEY: __async_function(function* ...)`: no super, no
// arguments.callee, and not the key `__proto__` (as a property it would set the prototype).
bool can_be_property(const AsyncFunction& f, std::string_view src) {
  std::string_view key = node_text(child_by_field(f.object_method, "name"), src);
  return !f.captures_super_get && !f.captures_super_set && !f.captures_super_update && !f.fix_callee &&
         key != "__proto__" && key != "\"__proto__\"" && key != "'__proto__'";
}

// Whether a class body has a static member (method, accessor or field) with this name.
bool has_static_member_named(TSNode body, std::string_view name, std::string_view src) {
  for (uint32_t i = 0; i < ts_node_named_child_count(body); ++i) {
    TSNode member = ts_node_named_child(body, i);
    std::string_view type = node_type(member);
    if (type != "method_definition" && type != "field_definition") continue;
    if (ts_node_is_null(find_token(member, "static"))) continue;
    TSNode key = child_by_field(member, type == "method_definition" ? "name" : "property");
    if (node_type(key) == "computed_property_name") key = first_named_child(key);  // static ["name"]()
    std::string text = identifier_name(node_text(key, src));
    bool quoted = text.size() >= 2 && (text[0] == '"' || text[0] == '\'' || text[0] == '`');
    if (quoted) text = text.substr(1, text.size() - 2);
    if (text == name) return true;
  }
  return false;
}

// Whether a class body uses ES2022 class elements (fields, static blocks, private names): then
// fix-ups can be class fields too, and must come first where static initializers can look.
bool uses_class_fields(TSNode body) {
  for (uint32_t i = 0; i < ts_node_named_child_count(body); ++i) {
    TSNode member = ts_node_named_child(body, i);
    std::string_view type = node_type(member);
    if (type == "class_static_block" || type == "field_definition") return true;
    TSNode name = child_by_field(member, "name");
    if (type == "method_definition" && node_type(name) == "private_property_identifier") return true;
  }
  return false;
}

// Whether `word` may be assigned to in `text` (`word =`, `word +=`, `word++`, `--word`, ...);
// conservative: any doubt says yes.
bool may_assign(std::string_view text, std::string_view word) {
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    size_t end = at + word.size();
    if ((at > 0 && is_identifier_char(text[at - 1])) || (end < text.size() && is_identifier_char(text[end]))) continue;
    size_t before = at;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
    if (before >= 2 && (text.substr(before - 2, 2) == "++" || text.substr(before - 2, 2) == "--")) return true;
    size_t after = text.find_first_not_of(" \t\r\n", end);
    if (after == std::string_view::npos) return false;
    std::string_view rest = text.substr(after, 4);
    if (rest.starts_with("++") || rest.starts_with("--")) return true;
    size_t eq = rest.find('=');
    if (eq == std::string_view::npos || eq > 3) continue;
    std::string_view op = rest.substr(0, eq);
    bool compound = op.find_first_not_of("+-*/%&|^<>?") == std::string_view::npos;
    bool comparison = (eq + 1 < rest.size() && (rest[eq + 1] == '=' || rest[eq + 1] == '>')) || op == "!" ||
                      op == "<" || op == ">";
    if (compound && !comparison) return true;
  }
  return false;
}

// Whether a body declares its own `arguments` (`let arguments`, `function arguments() {}`, ...):
// then `arguments` there is not the arguments object.
bool declares_arguments(std::string_view body) {
  static const std::regex declaration(R"((^|[^\w$])(let|const|var|function|class)\s+arguments([^\w$]|$))");
  return std::regex_search(body.begin(), body.end(), declaration);
}

// The name an anonymous function expression gets from where it stands (SetFunctionName through
// NamedEvaluation), as a property key; nullopt when it is computed at run time.
std::optional<std::string> inferred_name_key(TSNode fn, std::string_view src) {
  TSNode child = fn;
  TSNode parent = ts_node_parent(fn);
  while (!ts_node_is_null(parent) && node_type(parent) == "parenthesized_expression") {
    child = parent;
    parent = ts_node_parent(parent);
  }
  if (ts_node_is_null(parent)) return "\"\"";
  std::string_view type = node_type(parent);
  auto field_is = [&](const char* field) { return same_node(child_by_field(parent, field), child); };
  auto identifier_in = [&](const char* field) -> std::optional<std::string> {
    TSNode target = child_by_field(parent, field);
    std::string_view t = node_type(target);
    if (t == "identifier" || t == "shorthand_property_identifier_pattern") return std::string(node_text(target, src));
    return std::nullopt;
  };
  if (type == "variable_declarator" && field_is("value")) return identifier_in("name").value_or("\"\"");
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
    if (kt == "property_identifier" || kt == "string" || kt == "number") return std::string(node_text(key, src));
    if (kt == "private_property_identifier") return "\"" + std::string(node_text(key, src)) + "\"";
    return std::nullopt;  // computed key
  }
  if (type == "export_statement") return std::nullopt;  // `export default async function` is hoisted
  if (type == "assignment_expression" || type == "variable_declarator" || type == "pair" ||
      type == "field_definition") {
    return std::nullopt;  // the function is not the named part: stay on the safe side
  }
  return "\"\"";
}

bool has_use_strict_directive(TSNode block, std::string_view src) { return directive_prologue(block, src).use_strict; }

// `{ [k]: async function () {} }`: the computed key the function is named by, else a null node.
// (Class fields are left out: their initializer runs long after the key.)
TSNode computed_pair_key(TSNode fn) {
  TSNode child = fn;
  TSNode parent = ts_node_parent(fn);
  while (!ts_node_is_null(parent) && node_type(parent) == "parenthesized_expression") {
    child = parent;
    parent = ts_node_parent(parent);
  }
  if (ts_node_is_null(parent) || node_type(parent) != "pair" || !same_node(child_by_field(parent, "value"), child)) {
    return TSNode{};
  }
  TSNode key = child_by_field(parent, "key");
  return node_type(key) == "computed_property_name" ? key : TSNode{};
}


// Whether the code at `n` runs at most once per run of the file: no function (of any kind), loop,
// class field initializer or static block contains it.
bool created_once(TSNode n) {
  for (TSNode p = ts_node_parent(n); !ts_node_is_null(p); p = ts_node_parent(p)) {
    std::string_view type = node_type(p);
    if (type == "function_declaration" || type == "function_expression" || type == "generator_function" ||
        type == "generator_function_declaration" || type == "arrow_function" || type == "method_definition" ||
        type == "field_definition" || type == "class_static_block" || type == "for_statement" ||
        type == "for_in_statement" || type == "while_statement" || type == "do_statement") {
      return false;
    }
  }
  return true;
}

class Analyzer {
 public:
  Analyzer(std::string_view src, bool top_level_await) : src_(src), top_level_await_(top_level_await) {}
  Facts run(TSNode root);

 private:
  void enter(TSNode n, int32_t depth);
  void leave(TSNode n);
  void enter_function(TSNode n, ScopeKind kind, int32_t depth);
  void on_this(TSNode n);
  void on_direct_eval(TSNode n);
  void name_async_generator(TSNode n, AsyncFunction& f);
  void note_method(TSNode n, AsyncFunction& f);
  // Whether a line terminator (also one inside a comment) follows `token` before the next token.
  bool line_break_after(TSNode token) {
    TSNode next = ts_node_next_sibling(token);
    while (!ts_node_is_null(next) && node_type(next) == "comment") next = ts_node_next_sibling(next);
    uint32_t end = ts_node_is_null(next) ? node_end(token) : node_begin(next);
    std::string_view gap = src_.substr(node_end(token), end - node_end(token));
    return gap.find_first_of("\r\n") != std::string_view::npos || gap.find("\xE2\x80\xA8") != std::string_view::npos ||
           gap.find("\xE2\x80\xA9") != std::string_view::npos;
  }
  void on_capture(TSNode n, Capture what, bool shorthand);
  void on_super(TSNode n, int32_t depth);
  void on_await(TSNode n, int32_t depth);
  void on_yield(TSNode n, bool shorthand);
  void on_for_await(TSNode n, TSNode await_token, int32_t depth);
  void on_return(TSNode n, int32_t depth);
  // The innermost function (or arrow) scope containing `at`; the program scope if none.
  Scope& innermost(uint32_t at) {
    Scope* found = &scopes_.front();
    for_each_scope(at, [&](Scope& s) {
      found = &s;
      return false;
    });
    return *found;
  }
  void on_await_name(TSNode n);
  void register_method(TSNode n, AsyncFunction& f);
  bool in_derived_constructor(uint32_t at, int& outermost);
  void error(TSNode n, std::string message) {
    facts_.errors.push_back({Severity::error, node_begin(n), node_end(n), std::move(message)});
  }
  // The scopes that contain offset `at`, innermost first, as indexes into scopes_.
  template <class F>
  void for_each_scope(uint32_t at, F&& f) {
    for (size_t i = scopes_.size(); i-- > 0;) {
      if (scopes_[i].kind != ScopeKind::program && at < scopes_[i].inner_begin) continue;
      if (!f(scopes_[i])) return;
    }
  }

  std::string_view src_;
  SharedGenerators shared_{src_};
  bool top_level_await_ = false;  // allowed, when the file is no module
  Facts facts_;
  std::vector<Scope> scopes_;
  // `await` outside async functions: an error unless the file uses `await` as a name.
  std::vector<Diagnostic> stray_awaits_;
  bool has_await_identifier_ = false;
  // `yield` used as a name: renamed everywhere if any use is inside a lowered function.
  std::vector<CaptureUse> yield_names_;
  bool yield_name_in_lowered_ = false;
  std::vector<TSNode> class_bodies_;  // everything in a class body is strict code
  int32_t depth_ = 0;                 // of the node being entered
};

bool is_module_or_strict(TSNode root, std::string_view src) {
  uint32_t count = ts_node_named_child_count(root);
  for (uint32_t i = 0; i < count; ++i) {
    std::string_view type = node_type(ts_node_named_child(root, i));
    if (type == "import_statement" || type == "export_statement") return true;
  }
  return directive_prologue(root, src).use_strict;
}

Facts Analyzer::run(TSNode root) {
  Scope program{ScopeKind::program, root};
  program.strict = is_module_or_strict(root, src_);
  scopes_.push_back(program);
  walk_tree(root, [&](TSNode n, int32_t depth) { enter(n, depth); }, [&](TSNode n) { leave(n); });
  for (CaptureUse& c : facts_.captures) {
    if (c.owner >= 0 && facts_.functions[c.owner].assigns_arguments && c.what == Capture::arguments) c.live = true;
  }
  for (AsyncFunction& f : facts_.functions) {
    if (ts_node_is_null(f.object_method)) continue;
    if (can_be_property(f, src_)) {
      f.as_property = true;
    } else {
      register_method(f.object_method, f);
    }
  }
  if (!has_await_identifier_) {
    facts_.errors.insert(facts_.errors.end(), stray_awaits_.begin(), stray_awaits_.end());
  }
  if (yield_name_in_lowered_) facts_.captures.insert(facts_.captures.end(), yield_names_.begin(), yield_names_.end());
  return std::move(facts_);
}

void Analyzer::enter(TSNode n, int32_t depth) {
  std::string_view type = node_type(n);
  depth_ = depth;
  if (type == "function_declaration" || type == "function_expression" || type == "generator_function" ||
      type == "generator_function_declaration" || type == "method_definition") {
    enter_function(n, ScopeKind::function, depth);
  } else if (type == "arrow_function") {
    enter_function(n, ScopeKind::arrow, depth);
  } else if (type == "class_static_block") {
    TSNode body = child_by_field(n, "body");
    scopes_.push_back({ScopeKind::boundary, n, node_begin(body)});
  } else if (type == "field_definition") {
    TSNode value = child_by_field(n, "value");
    if (!ts_node_is_null(value)) scopes_.push_back({ScopeKind::boundary, n, node_begin(value)});
  } else if (type == "this") {
    on_this(n);
  } else if (type == "super") {
    on_super(n, depth);
  } else if (type == "class_body") {
    class_bodies_.push_back(n);
  } else if (type == "statement_identifier") {
    if (identifier_name(node_text(n, src_)) == "yield") on_yield(n, false);  // a label
  } else if (type == "property_identifier") {
    // `{ yield: 1 }` (also `{ a: { yield: 1 } }`) as a statement is a block with labels, which the
    // grammar reads as an object: its keys are labels.
    if (identifier_name(node_text(n, src_)) == "yield") {
      TSNode key = n;
      for (;;) {
        TSNode pair = ts_node_parent(key);
        TSNode object = ts_node_parent(pair);
        if (node_type(pair) != "pair" || !ts_node_eq(child_by_field(pair, "key"), key) || node_type(object) != "object") break;
        TSNode outer = ts_node_parent(object);
        if (node_type(outer) == "expression_statement") {
          on_yield(n, false);
          break;
        }
        if (node_type(outer) != "pair" || !ts_node_eq(child_by_field(outer, "value"), object)) break;
        key = child_by_field(outer, "key");
      }
    }
  } else if (type == "identifier" || type == "shorthand_property_identifier" ||
             type == "shorthand_property_identifier_pattern") {
    std::string text = identifier_name(node_text(n, src_));
    bool shorthand = type != "identifier";
    if (text == "arguments") on_capture(n, Capture::arguments, shorthand);
    if (text == "await") on_await_name(n);
    if (text == "yield") on_yield(n, shorthand);
  } else if (type == "meta_property") {
    if (node_text(n, src_).starts_with("new")) on_capture(n, Capture::new_target, false);
  } else if (type == "await_expression") {
    on_await(n, depth);
  } else if (type == "yield_expression") {
    on_yield(n, false);
  } else if (type == "for_in_statement") {
    TSNode await_token = find_token(n, "await");
    if (!ts_node_is_null(await_token)) on_for_await(n, await_token, depth);
  } else if (type == "return_statement") {
    on_return(n, depth);
  } else if (type == "call_expression") {
    TSNode callee = child_by_field(n, "function");
    if (node_type(callee) == "identifier" && node_text(callee, src_) == "eval") on_direct_eval(n);
  }
}

void Analyzer::leave(TSNode n) {
  if (scopes_.size() > 1 && same_node(scopes_.back().node, n)) scopes_.pop_back();
  if (!class_bodies_.empty() && same_node(class_bodies_.back(), n)) class_bodies_.pop_back();
}

void Analyzer::enter_function(TSNode n, ScopeKind kind, int32_t depth) {
  TSNode params = child_by_field(n, "parameters");
  if (ts_node_is_null(params)) params = child_by_field(n, "parameter");
  TSNode async_token = find_token(n, "async");
  if (!ts_node_is_null(async_token) && line_break_after(async_token)) {
    // `async /* \n */ function f() {}` is the name `async`, then a plain function (ASI): not
    // async, and left as it is, which keeps that meaning.
    async_token = TSNode{};
  }
  Scope scope{kind, n, node_begin(params), node_end(params)};
  TSNode body = child_by_field(n, "body");
  scope.strict = scopes_.back().strict || !class_bodies_.empty() ||
                 (node_type(body) == "statement_block" && has_use_strict_directive(body, src_));
  scope.async = !ts_node_is_null(async_token);
  scope.generator = !ts_node_is_null(find_token(n, "*")) || node_type(n).starts_with("generator");
  if (scope.async) {
    AsyncFunction f;
    f.generator = scope.generator;
    f.star = find_token(n, "*");
    if (f.generator) facts_.uses_async_generators = true;
    std::string_view type = node_type(n);
    f.kind = type == "function_declaration" || type == "generator_function_declaration" ? FunctionKind::declaration
             : type == "function_expression" || type == "generator_function"         ? FunctionKind::expression
             : type == "arrow_function"                                              ? FunctionKind::arrow
                                                                                     : FunctionKind::method;
    if (f.kind == FunctionKind::declaration || f.kind == FunctionKind::expression) {
      TSNode name = child_by_field(n, "name");
      if (!ts_node_is_null(name)) f.name = node_text(name, src_);
      if (identifier_name(f.name) == "yield") error(name, "an async function named 'yield' is not supported yet");
    }
    f.depth = depth;
    f.async_token = async_token;
    f.params = params;
    f.body = child_by_field(n, "body");
    if (f.kind == FunctionKind::arrow) f.arrow = find_token(n, "=>");
    f.strict_body = node_type(f.body) == "statement_block" && has_use_strict_directive(f.body, src_);
    if (f.generator && f.kind != FunctionKind::method) name_async_generator(n, f);
    if (f.kind == FunctionKind::method) note_method(n, f);
    // `export default async function () {}` is a declaration too (hoisted), without a name.
    bool default_export = node_type(ts_node_parent(n)) == "export_statement" && f.name.empty() &&
                          f.kind != FunctionKind::arrow && f.kind != FunctionKind::method;
    if ((f.kind == FunctionKind::declaration && !f.name.empty()) || default_export) {
      f.kind = FunctionKind::declaration;
      f.function_token = find_token(n, "function");
      TSNode parent = ts_node_parent(n);
      std::string_view parent_type = node_type(parent);
      if (parent_type == "export_statement") parent = ts_node_parent(parent);
      if (parent_type == "switch_case" || parent_type == "switch_default") parent = ts_node_parent(parent);
      parent_type = node_type(parent);
      if (parent_type == "program" || parent_type == "statement_block" || parent_type == "switch_body") {
        f.declaration_scope = parent;
      }
    }
    if (f.kind == FunctionKind::expression) {
      TSNode name = child_by_field(n, "name");
      if (ts_node_is_null(name)) {
        f.method_key = inferred_name_key(n, src_);
        if (!f.method_key) f.computed_name_key = computed_pair_key(n);
      } else {
        std::string_view own = node_text(name, src_);
        // Assigning to its own name throws in strict code and is ignored in sloppy code: only
        // the function form itself does both, so such an expression stays a function.
        if (!may_assign(node_text(f.body, src_), own) && !may_assign(node_text(f.params, src_), own)) {
          f.method_key = std::string(own);
          // (conservative with escapes: `\u0067` may spell the name)
          f.self_binding = mentions(node_text(f.body, src_), own) || mentions(node_text(f.params, src_), own) ||
                           node_text(n, src_).find("\\u") != std::string_view::npos;
        }
      }
    }
    if (f.kind == FunctionKind::arrow) {
      bool exported = node_type(ts_node_parent(n)) == "export_statement";  // export default async () => {}
      f.method_key = exported ? std::optional<std::string>("default") : inferred_name_key(n, src_);
      if (!f.method_key) f.computed_name_key = computed_pair_key(n);
    }
    f.created_once = created_once(n);
    f.share_generator = shared_.shareable(n, f.created_once);
    f.strict = scope.strict;
    f.fix_callee = !f.strict && f.kind != FunctionKind::arrow && mentions(node_text(n, src_), "callee") &&
                   !mentions(node_text(params, src_), "arguments") && !declares_arguments(node_text(f.body, src_));
    scope.fact = static_cast<int>(facts_.functions.size());
    facts_.functions.push_back(f);
  }
  scopes_.push_back(scope);
}

// The name under which an async generator function passes itself to the runtime, and where its
// prototype is fixed up: a declaration at the start of its scope, an expression where it stands.
void Analyzer::name_async_generator(TSNode n, AsyncFunction& f) {
  if (!f.name.empty()) {
    f.generator_name = std::string(f.name);
  } else if (auto key = inferred_name_key(n, src_)) {
    // `const x = async function* () {}` becomes a named expression `function x()`, unless the
    // name would shadow something the function itself uses.
    bool identifier = !key->empty() && is_identifier_char((*key)[0]) && ((*key)[0] < '0' || (*key)[0] > '9') &&
                      *key != "arguments" && *key != "eval";
    if (identifier && !mentions(node_text(n, src_), *key)) {
      f.generator_name = *key;
      f.add_generator_name = true;
    }
  }
}

// An async method becomes an instance of %AsyncFunction%, an async generator method gets its own
// `prototype`, through its holder: an object literal, a class declaration or a named class
// expression. Private methods, and methods of anonymous class expressions (wrapping those would
// lose their inferred name), are left as they are (async generator ones share one prototype).
void Analyzer::note_method(TSNode n, AsyncFunction& f) {
  // An object literal's method becomes a property whose value the runtime makes, unless it uses
  // super (it needs its home object) or sloppy arguments.callee: decided after the walk.
  if (node_type(ts_node_parent(n)) == "object") {
    f.object_method = n;
    return;
  }
  register_method(n, f);
}

void Analyzer::register_method(TSNode n, AsyncFunction& f) {
  TSNode name = child_by_field(n, "name");
  bool is_private = !ts_node_is_null(name) && node_type(name) == "private_property_identifier";
  // (a private method cannot be replaced by a wrapper: private async generator methods keep the
  // file's shared prototype)
  if (ts_node_is_null(name) || (is_private && f.generator)) return;
  TSNode holder = ts_node_parent(n);
  MethodHolder h;
  h.depth = f.depth - 1;
  if (node_type(holder) == "class_body") {
    TSNode body = holder;
    holder = ts_node_parent(holder);
    TSNode class_name = child_by_field(holder, "name");
    if (uses_class_fields(body)) h.static_init_body = body;
    if (ts_node_is_null(class_name) && ts_node_is_null(h.static_init_body)) {
      // An anonymous class expression is wrapped: it is given back the name it gets where it
      // stands (unless a static member `name` makes that moot), or stays as it is.
      bool exported = node_type(ts_node_parent(holder)) == "export_statement";  // export default class {}
      auto key = exported ? std::optional<std::string>("default") : inferred_name_key(holder, src_);
      if (!key) return;
      if (!has_static_member_named(body, "name", src_) && *key != "\"\"") h.class_name_key = *key;
    }
    h.depth = f.depth - 2;
    h.is_class = true;
    h.is_declaration = node_type(holder) == "class_declaration";
    if (!ts_node_is_null(class_name)) h.class_name = node_text(class_name, src_);
  } else if (node_type(holder) != "object") {
    return;
  }
  f.is_static = !ts_node_is_null(find_token(n, "static"));
  MethodHolder* known = nullptr;
  for (MethodHolder& k : facts_.method_holders) {
    if (same_node(k.node, holder)) known = &k;
  }
  if (known == nullptr) {
    h.node = holder;
    facts_.method_holders.push_back(h);
    known = &facts_.method_holders.back();
  }
  // A private method is reached through `this` in the class's own fix-ups.
  if (is_private) {
    std::string_view own = node_text(name, src_);
    if (f.is_static) {
      known->listed.push_back({"this." + std::string(own), 8});
    } else {
      known->private_instance.emplace_back(own);
    }
    return;
  }
  // A computed key is noted as it is evaluated; a key written out is listed by the holder.
  if (node_type(name) == "computed_property_name") {
    f.method_name = name;
    ++known->count;
    return;
  }
  std::string key(node_text(name, src_));
  if (node_type(name) == "property_identifier") key = "\"" + key + "\"";
  known->listed.push_back({std::move(key), (f.is_static ? 1 : 0) + (f.generator ? 2 : 0)});
}

// `this` inside async arrows: each of them up to the enclosing non-arrow function must pass it on.
// In a derived constructor `this` may not exist yet when an arrow is called (before super()),
// and reading it must then reject the arrow's promise where the body reads it: there the
// outermost async arrow declares `__async_this = () => this` and every such `this` calls it.
void Analyzer::on_this(TSNode n) {
  int outermost = -1;
  if (in_derived_constructor(node_begin(n), outermost)) {
    facts_.functions[outermost].captures_this = true;
    facts_.captures.push_back({Capture::this_value, n, false});
    return;
  }
  for_each_scope(node_begin(n), [&](Scope& s) {
    if (s.kind != ScopeKind::arrow) return false;
    if (s.fact >= 0) facts_.functions[s.fact].passes_this = true;
    return true;
  });
}

// Whether `at` lies in async arrows (outermost: the outermost of them) inside a constructor of a
// class with an `extends` clause, with only arrows in between.
bool Analyzer::in_derived_constructor(uint32_t at, int& outermost) {
  bool derived = false;
  for_each_scope(at, [&](Scope& s) {
    if (s.kind == ScopeKind::arrow) {
      if (s.fact >= 0) outermost = s.fact;
      return true;
    }
    derived = s.kind == ScopeKind::function && is_derived_constructor(s.node, src_);
    return false;
  });
  return derived && outermost >= 0;
}

// A direct eval inside async arrows can read `this` and `arguments`: each arrow up to the
// enclosing function passes `this` on, and in sloppy code rebinds its generator's `arguments`
// to the captured one (strict code cannot assign `arguments`: a gap there).
void Analyzer::on_direct_eval(TSNode n) {
  int outermost = -1;
  for_each_scope(node_begin(n), [&](Scope& s) {
    if (s.kind != ScopeKind::arrow) return false;
    if (s.fact >= 0) {
      AsyncFunction& f = facts_.functions[s.fact];
      f.passes_this = true;
      f.rebind_arguments = !f.strict;
      outermost = s.fact;
    }
    return true;
  });
  if (outermost >= 0 && !facts_.functions[outermost].strict) facts_.functions[outermost].captures_arguments = true;
}

// `arguments` / `new.target` inside an async arrow name the enclosing function's: the outermost
// async arrow up to that function captures them in its outer body, and every use is renamed.
void Analyzer::on_capture(TSNode n, Capture what, bool shorthand) {
  int outermost = -1;
  for_each_scope(node_begin(n), [&](Scope& s) {
    if (s.kind != ScopeKind::arrow) return false;
    if (s.fact >= 0) outermost = s.fact;
    return true;
  });
  if (outermost < 0) return;
  if (what == Capture::arguments) {
    TSNode parent = ts_node_parent(n);
    std::string_view pt = node_type(parent);
    auto is_field = [&](const char* field) { return same_node(child_by_field(parent, field), n); };
    bool target = node_type(n) == "shorthand_property_identifier_pattern" || pt == "update_expression" ||
                  pt == "array_pattern" || pt == "rest_pattern" || (pt == "pair_pattern" && is_field("value")) ||
                  ((pt == "assignment_expression" || pt == "augmented_assignment_expression" ||
                    pt == "assignment_pattern" || pt == "object_assignment_pattern") &&
                   is_field("left"));
    if (target) {
      facts_.functions[outermost].assigns_arguments = true;
      facts_.functions[outermost].captures_arguments = true;
      facts_.captures.push_back({what, n, shorthand, outermost, true, true});
      return;
    }
  }
  AsyncFunction& f = facts_.functions[outermost];
  (what == Capture::arguments ? f.captures_arguments : f.captures_new_target) = true;
  facts_.captures.push_back({what, n, shorthand, outermost, false, false});
}

// `super.x` in a lowered function: a generator cannot contain `super`, so the outermost lowered
// function up to the method declares arrows that do the access, and the uses call them.
void Analyzer::on_super(TSNode n, int32_t depth) {
  int owner = -1;
  std::vector<int> arrows;
  for_each_scope(node_begin(n), [&](Scope& s) {
    if (s.fact >= 0) owner = s.fact;
    if (s.kind != ScopeKind::arrow) return false;
    if (s.fact >= 0) arrows.push_back(s.fact);
    return true;
  });
  if (owner < 0) return;
  int lazy_owner = -1;
  bool lazy_this = in_derived_constructor(node_begin(n), lazy_owner);
  TSNode access = ts_node_parent(n);
  std::string_view access_type = node_type(access);
  if (lazy_this && access_type != "call_expression") {
    facts_.functions[lazy_owner].captures_this = true;
  } else if (!lazy_this) {
    for (int a : arrows) facts_.functions[a].passes_this = true;
  }
  if (access_type == "call_expression" && lazy_this) {
    // super(...) in an async arrow of a derived constructor: through `(...a) => super(...a)`,
    // declared in the outermost arrow's outer body, where a super call is allowed.
    facts_.functions[lazy_owner].captures_super_call = true;
    facts_.supers.push_back({SuperUse::construct, depth, n, access, access, lazy_this, access});
    return;
  }
  if (access_type != "member_expression" && access_type != "subscript_expression") {
    error(n, "super() inside an async arrow function is not supported yet");
    return;
  }
  // With the parentheses around it: `(super.x) = v` assigns to it, `(super.m)()` calls it.
  TSNode target = access;
  while (node_type(ts_node_parent(target)) == "parenthesized_expression") target = ts_node_parent(target);
  SuperAccess use{SuperUse::get, depth, n, access, TSNode{}, lazy_this, target};
  TSNode parent = ts_node_parent(target);
  std::string_view parent_type = node_type(parent);
  if (parent_type == "call_expression" && same_node(child_by_field(parent, "function"), target)) {
    use.use = SuperUse::call;
    use.parent = parent;
  } else if (parent_type == "assignment_expression" && same_node(child_by_field(parent, "left"), target)) {
    use.use = SuperUse::set;
    use.parent = parent;
  } else if (parent_type == "augmented_assignment_expression" && access_type == "member_expression" &&
             same_node(child_by_field(parent, "left"), target)) {
    use.use = SuperUse::compound;
    use.parent = parent;
  } else if ((parent_type.ends_with("assignment_pattern") || parent_type == "augmented_assignment_expression") &&
             same_node(child_by_field(parent, "right"), target)) {
    // read: a default value `{ b = super.x }`, the right side of `a += super.x`
  } else if (parent_type == "update_expression" ||
             (parent_type == "unary_expression" && node_text(child_by_field(parent, "operator"), src_) == "delete")) {
    use.use = SuperUse::update;
    use.parent = parent;
  } else if (parent_type == "augmented_assignment_expression" ||
             parent_type.find("pattern") != std::string_view::npos || parent_type == "for_in_statement") {
    use.use = SuperUse::reference;
    use.parent = parent;
  }
  facts_.functions[owner].captures_super_update |= use.use == SuperUse::update;
  facts_.functions[owner].captures_super_get |= use.use != SuperUse::set && use.use != SuperUse::update;
  facts_.functions[owner].captures_super_set |=
      use.use == SuperUse::set || use.use == SuperUse::compound || use.use == SuperUse::reference;
  facts_.supers.push_back(use);
}

void Analyzer::on_await(TSNode n, int32_t depth) {
  const Scope* scope = nullptr;
  for_each_scope(node_begin(n), [&](Scope& s) {
    scope = &s;
    return false;
  });
  if (scope->kind == ScopeKind::program) {
    if (!top_level_await_) {
      stray_awaits_.push_back({Severity::error, node_begin(n), node_end(n), top_level_error("await")});
      return;
    }
    facts_.async_program = true;
    facts_.awaits.push_back({depth, false, find_token(n, "await"), first_named_child(n)});
    return;
  }
  if (scope->fact < 0) return;  // `await (x)`: a call of a function named `await` (early_errors.cpp refuses the rest)
  if (node_begin(n) < scope->params_end) {
    error(n, "'await' is not allowed in the parameters of an async function");
    return;
  }
  TSNode parent = ts_node_parent(n);
  if (node_type(parent) == "binary_expression" && same_node(child_by_field(parent, "left"), n) &&
      !ts_node_is_null(find_token(parent, "**"))) {
    error(n, "syntax error: 'await x ** y' needs parentheses: '(await x) ** y' or 'await (x ** y)'");
    return;
  }
  bool in_generator = facts_.functions[scope->fact].generator;
  facts_.awaits.push_back({depth, in_generator, find_token(n, "await"), first_named_child(n)});
}

// for await: only inside async functions and async generators; its left side is moved into the
// loop body, so it may not contain anything that is rewritten itself.
void Analyzer::on_for_await(TSNode n, TSNode await_token, int32_t depth) {
  Scope& scope = innermost(node_begin(n));
  if (scope.kind == ScopeKind::program && !top_level_await_) {
    error(await_token, top_level_error("'for await'"));
    return;
  }
  if (scope.kind != ScopeKind::program && scope.fact < 0) {
    error(await_token, "'for await' is only valid in async functions");
    return;
  }
  if (scope.kind == ScopeKind::program) facts_.async_program = true;
  ForAwait loop;
  loop.depth = depth;
  loop.in_generator = scope.kind != ScopeKind::program && facts_.functions[scope.fact].generator;
  loop.loop = n;
  loop.kind = child_by_field(n, "kind");
  loop.left = child_by_field(n, "left");
  loop.right = child_by_field(n, "right");
  loop.body = child_by_field(n, "body");
  std::vector<std::string_view> labels;
  for (TSNode p = ts_node_parent(n); !ts_node_is_null(p) && node_type(p) == "labeled_statement"; p = ts_node_parent(p)) {
    loop.labels_start = p;
    labels.push_back(node_text(child_by_field(p, "label"), src_));
  }
  for (size_t i = labels.size(); i-- > 0;) loop.labels += std::string(labels[i]) + ": ";
  std::string_view kind = ts_node_is_null(loop.kind) ? "" : node_text(loop.kind, src_);
  TSNode bound = loop.left;
  // (the grammar reads `for await (let [a, b] of ...)` as an assignment to `let[a, b]`)
  if (node_type(bound) == "subscript_expression" && node_text(child_by_field(bound, "object"), src_) == "let") {
    kind = "let";
    bound = child_by_field(bound, "index");
  }
  if (kind == "let" || kind == "const") {
    std::string_view iterable = node_text(loop.right, src_);
    for (std::string& name : bound_names(bound, src_)) {
      if (mentions(iterable, name)) loop.dead_zone_names.push_back(std::move(name));
    }
  }
  facts_.uses_async_generators = true;
  facts_.for_awaits.push_back(std::move(loop));
}

// return / yield* inside async generators need the runtime's help.
void Analyzer::on_return(TSNode n, int32_t depth) {
  Scope& scope = innermost(node_begin(n));
  if (scope.fact < 0 || !facts_.functions[scope.fact].generator) return;
  TSNode argument = first_named_child(n);
  if (!ts_node_is_null(argument)) facts_.generator_returns.push_back({depth, argument});
}

// `await` as a name: fine in scripts (where it is not, early_errors.cpp has refused the file).
void Analyzer::on_await_name(TSNode) { has_await_identifier_ = true; }

// `yield` is an ordinary name in sloppy code, but a keyword in the generator an async body
// becomes: such names are renamed throughout the file (declarations and uses alike) when one of
// them is inside a lowered function. A `yield` with an operand outside a generator is an error.
void Analyzer::on_yield(TSNode n, bool shorthand) {
  if (node_type(n) == "yield_expression") {
    const Scope* innermost = nullptr;
    for_each_scope(node_begin(n), [&](Scope& s) {
      innermost = &s;
      return false;
    });
    if (innermost->generator) {  // a real yield
      if (innermost->async && innermost->fact >= 0 && !ts_node_is_null(find_token(n, "*"))) {
        facts_.delegates.push_back({depth_, first_named_child(n)});
      }
      return;
    }
  }
  bool inside_lowered = false;
  for_each_scope(node_begin(n), [&](Scope& s) {
    if (s.fact >= 0 || (s.kind == ScopeKind::program && top_level_await_)) inside_lowered = true;
    return s.kind == ScopeKind::arrow && !inside_lowered;
  });
  if (node_type(n) == "yield_expression" && ts_node_named_child_count(n) > 0) {
    facts_.misparsed_yields.push_back(node_begin(n));
    return;
  }
  yield_name_in_lowered_ |= inside_lowered;
  yield_names_.push_back({Capture::yield_name, n, shorthand});
}

}  // namespace

std::string top_level_error(std::string_view what) {
  return "top-level " + std::string(what) +
         " is not supported: in an ES module it cannot be lowered without changing how modules load; wrap the "
         "code in an async function (CommonJS and scripts: see --top-level-await)";
}

Facts analyze(TSNode root, std::string_view source, bool top_level_await) {
  return Analyzer(source, top_level_await).run(root);
}

}  // namespace a2g
