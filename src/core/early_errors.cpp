// The early errors walk: one pass over the tree with an explicit stack (no recursion, so deep
// nesting cannot overflow the C++ stack). It keeps two stacks: contexts (what `await`, `yield`,
// `super`, `arguments`, `new.target`, `return` and labels may be where a node stands) and
// declaration scopes (which names are declared where, for redeclarations). Each check names the
// rule of ECMA-262 (or of V8, where node differs) in its message, worded as engines word it.
#include "core/early_errors.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/analyze.hpp"
#include "core/directives.hpp"
#include "core/parse.hpp"
#include "core/source.hpp"
#include "core/syntax_errors.hpp"
#include "core/using_declarations.hpp"

namespace a2g {
namespace {

using std::string_view;

// Functions, arrows and methods: what opens a context of its own.
const TypeSet& function_types() {
  static const TypeSet types = {"function_declaration", "function_expression", "generator_function",
                                "generator_function_declaration", "arrow_function", "method_definition"};
  return types;
}

bool is_loop(string_view t) {
  return t == "for_statement" || t == "for_in_statement" || t == "while_statement" || t == "do_statement";
}

bool is_reserved_word(string_view name) {
  static const WordSet words = {
      "break",    "case",   "catch", "class",  "const",  "continue", "debugger",   "default", "delete",
      "do",       "else",   "enum",  "export", "extends", "false",   "finally",    "for",     "function",
      "if",       "import", "in",    "instanceof", "new", "null",    "return",     "super",   "switch",
      "this",     "throw",  "true",  "try",    "typeof", "var",      "void",       "while",   "with"};
  return words.contains(name);
}

bool is_strict_reserved_word(string_view name) {
  static const WordSet words = {"implements", "interface", "let",    "package",
                                "private",    "protected", "public", "static"};
  return words.contains(name);
}

// Whether a name written without escapes has a rule in check_identifier: every other name passes
// it at once.
bool has_name_rules(string_view name) {
  static const WordSet others = {"await", "yield", "arguments", "let", "export"};
  return is_reserved_word(name) || is_strict_reserved_word(name) || others.contains(name);
}

TSNode unparenthesized(TSNode n) {
  while (node_type(n) == "parenthesized_expression" && ts_node_named_child_count(n) == 1) n = ts_node_named_child(n, 0);
  return n;
}

// The first token of a node (descending through first children).
TSNode first_token(TSNode n) {
  while (!ts_node_is_null(n) && ts_node_child_count(n) > 0) n = ts_node_child(n, 0);
  return n;
}

bool is_child(TSNode parent, const char* field, TSNode n) { return ts_node_eq(child_by_field(parent, field), n); }


// `await /a+b/g` where `await` is a name: `await / a+b / g`. Whether the "regex" at the start of
// `operand` reads so: a pattern that can be an expression, then flags (an operand) or an operand.
bool reads_as_divisions(TSNode operand, string_view src) {
  TSNode regex = operand;
  while (node_type(regex) != "regex" && ts_node_child_count(regex) > 0) regex = ts_node_child(regex, 0);
  if (node_type(regex) != "regex") return false;
  string_view pattern = node_text(child_by_field(regex, "pattern"), src);
  if (pattern.find_first_of("\\[]{}()/?*") != string_view::npos || pattern.empty()) return false;
  if (!ts_node_is_null(child_by_field(regex, "flags"))) return true;
  size_t next = src.find_first_not_of(" \t", ts_node_end_byte(regex));
  return next < src.size() && (is_identifier_char(src[next]) || std::string_view("([\"'`!~+-").find(src[next]) != string_view::npos);
}

// Whether the statement around `n` ends where `n` ends (before an optional `;`): a statement that
// ASI can end right before `n`'s last part.
bool ends_statement(TSNode n) {
  for (TSNode p = slow_parent(n); !ts_node_is_null(p); n = p, p = slow_parent(p)) {
    string_view pt = node_type(p);
    std::vector<TSNode> children = all_children(p);
    size_t count = children.size();
    while (count > 1 && (node_type(children[count - 1]) == ";" || node_type(children[count - 1]) == "comment")) {
      --count;
    }
    if (count > 0 && ts_node_end_byte(n) < ts_node_end_byte(children[count - 1])) return false;
    if (pt == "expression_statement" || pt == "variable_declaration" || pt == "lexical_declaration" ||
        pt == "return_statement" || pt == "throw_statement" || pt == "export_statement") {
      return true;
    }
    if (pt.ends_with("statement") || pt == "program" || pt == "statement_block" || pt == "class_body" ||
        pt == "formal_parameters" || pt == "field_definition") {
      return false;
    }
  }
  return false;
}

// The grammar reads a block of labelled statements at the start of a statement or of an arrow's
// body, `{ yield: 1 }`, `{ await: 1 }`, `{ a: b, c }`, as an object literal. A block is what it
// is, when the object is made of names (`{ a, b }`: a block holding `a, b`), or of one
// `label: value` and then names (`label: value, c`), the value being such a block again only
// alone. Its labels: through `labels`.
bool is_block_of_labels(TSNode object, std::vector<TSNode>* labels, TSNode* item = nullptr) {
  if (node_type(object) != "object") return false;
  while (node_type(object) == "object") {
    std::vector<TSNode> elements;
    for_each_child(object, [&](TSNode e) {
      if (ts_node_is_named(e) && node_type(e) != "comment") elements.push_back(e);
    });
    if (elements.empty()) return true;
    for (size_t i = 1; i < elements.size(); ++i) {
      if (node_type(elements[i]) != "shorthand_property_identifier") return false;
    }
    if (node_type(elements[0]) == "shorthand_property_identifier") return true;
    if (node_type(elements[0]) != "pair") return false;
    TSNode key = child_by_field(elements[0], "key");
    if (node_type(key) != "property_identifier") return false;
    if (labels) labels->push_back(key);
    object = child_by_field(elements[0], "value");
    if (item) *item = object;
    if (node_type(object) == "object" && elements.size() > 1) return false;
  }
  return true;
}

// The keyword tokens of a function or class member, read in one pass over its children.
struct Modifiers {
  TSNode async_token{}, star{}, arrow{}, get{}, set{}, static_token{};
  TSNode after_static_get{};  // `async`, `get` or `set` after the grammar's `static get` token (a getter's name must follow)
  explicit Modifiers(TSNode n) {
    for_each_child(n, [&](TSNode c) {
      if (ts_node_is_named(c)) return;
      string_view t = node_type(c);
      if ((t == "async" || t == "get" || t == "set") && !ts_node_is_null(get) && node_type(get) == "static get") {
        after_static_get = c;
      }
      if (t == "async") async_token = c;
      else if (t == "*") star = c;
      else if (t == "=>") arrow = c;
      else if (t == "get") get = c;
      else if (t == "set") set = c;
      else if (t == "static") static_token = c;
      else if (t == "static get") get = static_token = c;
    });
  }
};

// What `await` and `yield` are in one part (parameters or body) of a context.
struct Rules {
  bool await_reserved = false;    // `await` cannot be a name
  bool await_expression = false;  // an await expression is allowed
  bool yield_reserved = false;
  bool yield_expression = false;
};

enum class Kind { program, function, arrow, method, class_, field, static_block };

struct Label {
  std::string name;
  bool loop = false;
};

struct Context {
  Kind kind = Kind::program;
  TSNode node{};
  uint32_t inner_begin = 0;  // nodes before it (a name, a computed key) belong to the context below
  uint32_t body_begin = 0;   // nodes before it (and after inner_begin) are in the parameters
  bool strict = false;
  bool async = false;
  bool generator = false;
  Rules params, body;
  bool super_property = false;
  bool super_call = false;
  bool new_target = false;
  bool arguments = true;  // `arguments` may be named (not in class field initializers and static blocks)
  bool return_ok = false;
  bool escaped_await_reserved = false;  // a field initializer where the class is in an async function (V8)
  std::vector<Label> labels;
  int loops = 0;
  int switches = 0;
};

// A declaration scope: a function body (program, function, static block: where `var` stops), a
// block, a catch clause's parameter, or a `for` head.
enum class ScopeKind { function, block, catch_, for_ };
enum class Binding { lexical, sloppy_function };

struct Scope {
  ScopeKind kind = ScopeKind::function;
  TSNode owner{};  // popped when the walk leaves this node
  std::unordered_map<std::string, Binding> lexical;
  std::unordered_set<std::string> vars;    // var names declared here or hoisted through here
  std::unordered_set<std::string> params;  // a function's or a catch clause's parameter names
  bool simple_catch = false;               // catch (e): `var e` inside is allowed (Annex B)
  bool catch_body = false;                 // the block of a catch clause
};

struct PrivateName {
  string_view kind;  // "get", "set" or "" (field or method)
  bool is_static = false;
};

struct ClassNames {
  TSNode body{};
  std::unordered_map<std::string, PrivateName> names;
};

class EarlyErrors {
 public:
  EarlyErrors(string_view src, bool module, bool top_level_await, std::vector<ParseRepair>* repairs)
      : src_(src), module_(module), top_level_await_(top_level_await), repairs_(repairs) {}
  std::vector<Diagnostic> run(TSNode root);

 private:
  void enter(TSNode n);
  bool check_statement(TSNode n, string_view type);
  void check_expression(TSNode n, string_view type);
  void check_callee(TSNode n, string_view type);
  void check_update(TSNode n);
  void check_delete(TSNode n);
  void check_heritage(TSNode n);
  void enter_catch(TSNode n);
  void check_declaration(TSNode n, bool lexical);
  std::string check_using(TSNode n, TSNode kind);
  bool check_await_using(uint32_t at);
  void leave(TSNode n);
  void error(TSNode n, std::string message) {
    errors_.push_back({Severity::error, node_begin(n), node_end(n), "syntax error: " + std::move(message)});
  }
  void unsupported(TSNode n, std::string message) {
    errors_.push_back({Severity::error, node_begin(n), node_end(n), std::move(message)});
  }
  std::string name_of(TSNode n) const { return identifier_name(node_text(n, src_)); }
  // The parent of a node: from the walk's path for the node being entered (ts_node_parent walks
  // down from the root), else from tree-sitter.
  TSNode parent_of(TSNode n) const {
    if (path_.size() >= 2 && ts_node_eq(path_.back(), n)) return path_[path_.size() - 2];
    return slow_parent(n);
  }
  // The same for the parent's parent.
  TSNode grandparent_of(TSNode n) const {
    if (path_.size() >= 3 && ts_node_eq(path_.back(), n)) return path_[path_.size() - 3];
    return slow_parent(slow_parent(n));
  }

  // The context a node at `at` belongs to, and the rules of its part there.
  const Context& context_at(uint32_t at) const {
    size_t i = contexts_.size() - 1;
    while (i > 0 && at < contexts_[i].inner_begin) --i;
    return contexts_[i];
  }
  const Rules& rules_at(uint32_t at) const {
    const Context& c = context_at(at);
    return at < c.body_begin ? c.params : c.body;
  }
  bool strict_at(uint32_t at) const { return context_at(at).strict; }

  void enter_program(TSNode root);
  void enter_function(TSNode n);
  void check_parameters(TSNode n, const Context& c, bool simple);
  void enter_class(TSNode n);
  void check_class_body(TSNode body);
  void enter_initializer(TSNode n, Kind kind, TSNode inner);
  void check_identifier(TSNode n);
  void check_name_rules(TSNode n, const std::string& name, const Rules& rules, bool strict, Kind kind);
  void check_await(TSNode n);
  void check_yield(TSNode n);
  void check_super(TSNode n);
  void check_meta_property(TSNode n);
  void check_operand_position(TSNode n, string_view what);
  bool end_statement_after_arrow(TSNode arrow);
  void check_simple_target(TSNode target, bool allow_call, const std::string& message);
  void check_pattern(TSNode pattern, bool binding, std::vector<TSNode>* names);
  void check_pattern_position(TSNode n);
  void check_substatement(TSNode statement, TSNode owner);
  void check_expression_statement(TSNode n);
  void check_for_in(TSNode n);
  void check_labels(const std::vector<TSNode>& labels);
  void check_jump(TSNode n, bool is_continue);
  void enter_label(TSNode n);
  void check_string(TSNode n);
  void check_number(TSNode n);
  void check_object(TSNode n);
  void check_private_name(TSNode n);
  void check_module_item(TSNode n);
  void declare_lexical(TSNode name_node, const std::string& name, Binding kind = Binding::lexical);
  void declare_var(TSNode name_node, const std::string& name, bool for_of = false);
  void declare_pattern(TSNode pattern, bool lexical, bool for_of = false);
  void declare_function(TSNode n, TSNode name, bool plain);
  void push_scope(ScopeKind kind, TSNode owner) {
    scopes_.push_back({});
    scopes_.back().kind = kind;
    scopes_.back().owner = owner;
  }

  // Replaces the blanks and comments between `from` and `to` with spaces in the parse copy; false
  // when anything else stands there (`export;\nf()`) or there are no repairs to make.
  bool join_lines(uint32_t from, uint32_t to) {
    if (repairs_ == nullptr || skip_blanks_and_comments(src_, from) < to) return false;
    for (uint32_t i = from; i < to; ++i) {
      if (src_[i] != ' ' && src_[i] != '\t') repairs_->push_back({i, ' '});
    }
    return true;
  }

  string_view src_;
  bool module_;
  bool top_level_await_;
  std::vector<ParseRepair>* repairs_;
  uint32_t masked_await_end_ = 0;  // the end of the last `await` name masked (see check_await)
  uint32_t division_ = UINT32_MAX;  // where a "regex" after the name `await` starts (a division)
  std::vector<TSNode> path_;  // the walk's current node and its ancestors
  std::unordered_set<const void*> switches_with_default_;  // switch bodies (ids) whose default was seen
  std::vector<Context> contexts_;
  std::vector<Scope> scopes_;
  std::vector<ClassNames> classes_;
  std::vector<Diagnostic> errors_;
  std::vector<std::pair<TSNode, std::string>> local_exports_;  // export { x }: x must be declared
  std::unordered_set<std::string> exported_;
};

std::vector<Diagnostic> EarlyErrors::run(TSNode root) {
  enter_program(root);
  walk_tree(
      root,
      [&](TSNode n, int32_t) {
        path_.push_back(n);
        if (!ts_node_eq(n, root)) enter(n);
      },
      [&](TSNode n) {
        leave(n);
        path_.pop_back();
      });
  if (!scopes_.empty()) {
    const Scope& top = scopes_.front();
    for (const auto& [node, name] : local_exports_) {
      if (!top.lexical.contains(name) && !top.vars.contains(name)) error(node, "Export '" + name + "' is not defined in module");
    }
  }
  sort_and_dedupe(errors_);
  return std::move(errors_);
}

void EarlyErrors::enter_program(TSNode root) {
  Context c;
  c.kind = Kind::program;
  c.node = root;
  c.strict = module_ || directive_prologue(root, src_).use_strict;
  // A CommonJS file is a function body: `return` and `new.target` are allowed there.
  c.body = {module_, module_ || top_level_await_, c.strict, false};
  c.params = c.body;
  c.new_target = !module_;
  c.return_ok = !module_;
  contexts_.push_back(std::move(c));
  push_scope(ScopeKind::function, root);
}

// One dispatch per node type; each check is a function below.
void EarlyErrors::enter(TSNode n) {
  // The types this dispatch and the checks it calls compare with: most nodes (names of properties,
  // strings' text, parentheses...) have no check and pass at once.
  static const TypeSet& functions = function_types();
  static const TypeSet statements = {  // (check_statement's)
      "for_statement", "for_in_statement", "while_statement", "do_statement", "if_statement", "else_clause",
      "with_statement", "labeled_statement", "switch_statement", "switch_default", "break_statement",
      "continue_statement", "return_statement", "throw_statement", "try_statement", "expression_statement",
      "import_statement", "export_statement", "hash_bang_line"};
  static const TypeSet expressions = {  // (check_expression's)
      "await_expression", "yield_expression", "super", "meta_property", "member_expression", "subscript_expression",
      "call_expression", "new_expression", "binary_expression", "assignment_expression",
      "augmented_assignment_expression", "update_expression", "unary_expression", "array_pattern", "string",
      "template_string", "number", "regex_flags", "private_property_identifier", "regex", "object", "object_pattern"};
  static const TypeSet names = {"identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern",
                                "statement_identifier"};
  static const TypeSet others = {"class", "class_declaration", "class_body", "field_definition", "class_static_block",
                                 "class_heritage", "statement_block", "switch_body", "catch_clause",
                                 "lexical_declaration", "variable_declaration", "arguments"};
  static const TypeSet checked = {functions, statements, expressions, names, others};
  TSSymbol symbol = ts_node_symbol(n);  // (walk_tree hands named nodes only: every check starts at one)
  if (!checked.contains(symbol)) return;
  // (names, the most frequent nodes checked, first: their type is not compared down the chain)
  if (names.contains(symbol)) {
    check_identifier(n);
    return;
  }
  string_view type = node_type(n);
  if (functions.contains(symbol)) {
    enter_function(n);
  } else if (statements.contains(symbol)) {
    check_statement(n, type);
  } else if (expressions.contains(symbol)) {
    check_expression(n, type);
  } else if (type == "class" || type == "class_declaration") {
    enter_class(n);
  } else if (type == "class_body") {
    check_class_body(n);
  } else if (type == "field_definition") {
    TSNode value = child_by_field(n, "value");
    if (!ts_node_is_null(value)) enter_initializer(n, Kind::field, value);
  } else if (type == "class_static_block") {
    enter_initializer(n, Kind::static_block, child_by_field(n, "body"));
  } else if (type == "class_heritage") {
    check_heritage(n);
  } else if (type == "statement_block") {
    TSNode parent = parent_of(n);
    string_view pt = node_type(parent);
    if (!(function_types().contains(parent) && is_child(parent, "body", n)) && pt != "class_static_block") {
      push_scope(ScopeKind::block, n);
      scopes_.back().catch_body = pt == "catch_clause";
    }
  } else if (type == "switch_body") {
    push_scope(ScopeKind::block, n);
  } else if (type == "catch_clause") {
    enter_catch(n);
  } else if (type == "lexical_declaration" || type == "variable_declaration") {
    check_declaration(n, type == "lexical_declaration");
  }
  static const TypeSet lists = {"arguments", "object", "object_pattern"};
  if (lists.contains(symbol)) {
    // (the grammar lets commas stand alone in these lists: `f(a,,b)`, `{,a}`) A list's tokens are
    // its brackets and commas: fewer commas than items (and no comment, which is an item too) is
    // none alone, the common case, known without reading the children.
    uint32_t items = ts_node_named_child_count(n);
    uint32_t tokens = ts_node_child_count(n) - items;
    if (tokens >= 2 && tokens - 2 < items && node_text(n, src_).find('/') == string_view::npos) return;
    string_view previous = "";
    for_each_child(n, [&](TSNode c) {
      string_view t = node_type(c);
      if (t == "comment") return;
      if (t == "," && (previous == "(" || previous == "{" || previous == ",")) error(c, "Unexpected token ','");
      previous = t;
    });
  }
}

// Statements: loops, labels, jumps, single-statement bodies; false for other nodes.
bool EarlyErrors::check_statement(TSNode n, string_view type) {
  if (is_loop(type)) {
    contexts_.back().loops++;
    if (type == "for_statement" || type == "for_in_statement") push_scope(ScopeKind::for_, n);
    if (type == "for_in_statement") check_for_in(n);
    check_substatement(child_by_field(n, "body"), n);
  } else if (type == "if_statement") {
    check_substatement(child_by_field(n, "consequence"), n);
  } else if (type == "else_clause") {
    check_substatement(ts_node_named_child(n, 0), parent_of(n));
  } else if (type == "with_statement") {
    if (contexts_.back().strict) error(find_token(n, "with"), "Strict mode code may not include a with statement");
    check_substatement(child_by_field(n, "body"), n);
  } else if (type == "labeled_statement") {
    enter_label(n);
  } else if (type == "switch_statement") {
    contexts_.back().switches++;
  } else if (type == "switch_default") {
    // (a second default of the same switch body)
    if (!switches_with_default_.insert(parent_of(n).id).second) {
      error(first_token(n), "More than one default clause in switch statement");
    }
  } else if (type == "break_statement" || type == "continue_statement") {
    check_jump(n, type == "continue_statement");
  } else if (type == "return_statement") {
    if (!context_at(node_begin(n)).return_ok) error(first_token(n), "Illegal return statement");
  } else if (type == "throw_statement") {
    if (line_break_after(first_token(n), src_)) error(first_token(n), "Illegal newline after throw");
  } else if (type == "try_statement") {
    if (ts_node_is_null(child_by_field(n, "handler")) && ts_node_is_null(child_by_field(n, "finalizer"))) {
      error(first_token(n), "Missing catch or finally after try");
    }
  } else if (type == "expression_statement") {
    check_expression_statement(n);
  } else if (type == "import_statement" || type == "export_statement") {
    check_module_item(n);
  } else if (type == "hash_bang_line") {
    if (node_begin(n) != 0 && !(node_begin(n) == 3 && src_.starts_with("\xEF\xBB\xBF"))) {
      error(n, "Invalid or unexpected token: '#!' is only allowed at the very start of a file");
    }
  } else {
    return false;
  }
  return true;
}

// Expressions: await, yield, super, targets, operands, literals.
void EarlyErrors::check_expression(TSNode n, string_view type) {
  if (type == "await_expression") {
    check_await(n);
  } else if (type == "yield_expression") {
    check_yield(n);
  } else if (type == "super") {
    check_super(n);
  } else if (type == "meta_property") {
    check_meta_property(n);
  } else if (type == "member_expression" || type == "subscript_expression" || type == "call_expression") {
    check_callee(n, type);
    // (a call's arguments are a template string only when it ends with a backquote)
    if (type == "call_expression" && src_[ts_node_end_byte(n) - 1] == '`' &&
        node_type(child_by_field(n, "arguments")) == "template_string") {
      // `a?.b\`x\`` (not `(a?.b)\`x\``)
      for (TSNode link = child_by_field(n, "function");;) {
        string_view lt = node_type(link);
        if (lt != "member_expression" && lt != "subscript_expression" && lt != "call_expression") break;
        if (!ts_node_is_null(child_by_field(link, "optional_chain"))) {
          error(n, "Invalid tagged template on optional chain");
          break;
        }
        link = child_by_field(link, lt == "call_expression" ? "function" : "object");
      }
    }
  } else if (type == "new_expression") {
    for (TSNode link = child_by_field(n, "constructor");;) {
      string_view lt = node_type(link);
      if (lt != "member_expression" && lt != "subscript_expression" && lt != "call_expression") break;
      if (!ts_node_is_null(child_by_field(link, "optional_chain"))) {
        error(n, "Invalid optional chain from new expression");
        break;
      }
      // (`new import(x)`, `new import(x)()`; node takes `new import(x).y` for `new (import(x).y)`)
      if (ts_node_eq(link, child_by_field(n, "constructor")) && lt == "call_expression" &&
          node_type(child_by_field(link, "function")) == "import") {
        error(n, "Cannot use new with import");
        break;
      }
      link = child_by_field(link, lt == "call_expression" ? "function" : "object");
    }
  } else if (type == "binary_expression") {
    TSNode left = child_by_field(n, "left");
    if (node_text(child_by_field(n, "operator"), src_) == "**" && node_type(left) == "unary_expression") {
      error(left, "Unary operator used immediately before exponentiation expression. Parenthesis must be used to "
                  "disambiguate operator precedence");
    }
  } else if (type == "assignment_expression") {
    check_operand_position(n, "an assignment");
    TSNode left = child_by_field(n, "left");
    string_view lt = node_type(left);
    if (lt == "object_pattern" || lt == "array_pattern") {
      check_pattern(left, false, nullptr);
    } else {
      check_simple_target(left, true, "Invalid left-hand side in assignment");
    }
  } else if (type == "augmented_assignment_expression") {
    check_operand_position(n, "an assignment");
    string_view op = node_text(child_by_field(n, "operator"), src_);
    bool logical = op == "&&=" || op == "||=" || op == "?\?=";
    check_simple_target(child_by_field(n, "left"), !logical, "Invalid left-hand side in assignment");
  } else if (type == "update_expression") {
    check_update(n);
  } else if (type == "unary_expression") {
    if (node_text(child_by_field(n, "operator"), src_) == "delete") check_delete(n);
  } else if (type == "object_pattern" || type == "array_pattern") {
    check_pattern_position(n);
  } else if (type == "object") {
    check_object(n);
  } else if (type == "string" || type == "template_string") {
    check_string(n);
  } else if (type == "number") {
    check_number(n);
  } else if (type == "regex_flags" && node_begin(parent_of(n)) != division_) {
    string_view flags = node_text(n, src_);
    bool bad = flags.find_first_not_of("dgimsuyv") != string_view::npos ||
               (flags.find('u') != string_view::npos && flags.find('v') != string_view::npos);
    for (size_t i = 0; i < flags.size() && !bad; ++i) bad = flags.find(flags[i], i + 1) != string_view::npos;
    if (bad) error(n, "Invalid regular expression flags");
  } else if (type == "private_property_identifier") {
    check_private_name(n);
  } else if (type == "regex" && node_begin(n) != division_ && src_.substr(node_begin(n), 2) == "/*") {
    // `x = async` + line break + `/*/g ...`: the grammar took `/*/g` for a regular expression;
    // `/*` always starts a comment.
    bool closed = src_.find("*/", node_begin(n) + 2) != string_view::npos;
    error(n, closed ? "'/*' starts a comment here, which this parser read as a regular expression"
                    : "unterminated comment");
  }
}

// What a member access, a call or a subscript applies to: no operator expression (without
// parentheses), no `import` but in `import(x)`; an arrow body then a line break ends the statement.
void EarlyErrors::check_callee(TSNode n, string_view type) {
  // (the `function` or `object` field: the grammar's first child of a call, member or subscript)
  TSNode callee = ts_node_child(n, 0);
  // (the callee types compared below: most callees, names and members, pass at once)
  static const TypeSet checked = {"arrow_function", "yield_expression", "update_expression", "unary_expression",
                                  "binary_expression", "await_expression", "assignment_expression",
                                  "augmented_assignment_expression", "ternary_expression", "sequence_expression",
                                  "spread_element", "new_expression", "import"};
  if (!checked.contains(callee)) return;
  string_view ct = node_type(callee);
  // `f = () => {}\n(g)()`: ASI ends the statement after the arrow (it cannot be called).
  if (ct == "arrow_function" && end_statement_after_arrow(callee)) return;
  bool real_yield = ct == "yield_expression" && rules_at(node_begin(callee)).yield_expression;  // (else the name `yield`)
  if (ct == "update_expression" || ct == "unary_expression" || ct == "binary_expression" || ct == "await_expression" ||
      real_yield || ct == "assignment_expression" || ct == "augmented_assignment_expression" ||
      ct == "ternary_expression" || ct == "sequence_expression" || ct == "spread_element") {
    error(callee, "Unexpected token: this expression must be wrapped in parentheses here");
  }
  if (ct == "new_expression" && !ts_node_is_null(child_by_field(n, "optional_chain")) &&
      ts_node_is_null(child_by_field(callee, "arguments"))) {
    error(n, "Invalid optional chain from new expression");
  }
  if (ct != "import") return;
  if (type != "call_expression") {
    error(callee, "Unexpected token 'import'");
    return;
  }
  TSNode args = child_by_field(n, "arguments");
  uint32_t count = 0;
  bool spread = false;
  for_each_child(args, [&](TSNode a) {
    if (!ts_node_is_named(a) || node_type(a) == "comment") return;
    ++count;
    spread = spread || node_type(a) == "spread_element";
  });
  if (count == 0 || count > 2 || spread || node_type(args) != "arguments") {
    error(args, "import() requires a specifier (and at most an options argument)");
  }
}

void EarlyErrors::check_update(TSNode n) {
  TSNode argument = child_by_field(n, "argument");
  TSNode op = child_by_field(n, "operator");
  bool prefix = node_begin(op) < node_begin(argument);
  if (!prefix && has_line_break(src_.substr(ts_node_end_byte(argument), node_begin(op) - ts_node_end_byte(argument)))) {
    error(op, "Unexpected token '" + std::string(node_text(op, src_)) + "': no line break is allowed before a postfix operator");
  }
  check_simple_target(argument, true,
                      prefix ? "Invalid left-hand side expression in prefix operation"
                             : "Invalid left-hand side expression in postfix operation");
}

void EarlyErrors::check_delete(TSNode n) {
  TSNode argument = unparenthesized(child_by_field(n, "argument"));
  if (node_type(argument) == "identifier" && strict_at(node_begin(n))) {
    error(n, "Delete of an unqualified identifier in strict mode.");
  }
  if (node_type(argument) == "member_expression" &&
      node_type(child_by_field(argument, "property")) == "private_property_identifier") {
    error(argument, "Private fields can not be deleted");
  }
}

// `class A extends X {}`: X is a left-hand-side expression.
void EarlyErrors::check_heritage(TSNode n) {
  TSNode value = ts_node_named_child(n, 0);
  string_view vt = node_type(value);
  if (vt == "arrow_function") {
    error(value, "an arrow function after 'extends' must be wrapped in parentheses");
  } else if (vt == "binary_expression" || vt == "unary_expression" || vt == "update_expression" ||
             vt == "await_expression" || vt == "yield_expression" || vt == "assignment_expression" ||
             vt == "augmented_assignment_expression" || vt == "ternary_expression" ||
             vt == "sequence_expression") {
    error(value, "the expression after 'extends' must be a left-hand-side expression (wrap it in parentheses)");
  }
}

// A catch clause's parameter: a scope of its own, whose names the block may not declare again.
void EarlyErrors::enter_catch(TSNode n) {
  push_scope(ScopeKind::catch_, n);
  TSNode param = child_by_field(n, "parameter");
  if (ts_node_is_null(param)) return;
  std::vector<TSNode> names;
  check_pattern(param, true, &names);
  scopes_.back().simple_catch = node_type(param) == "identifier";
  for (TSNode name : names) {
    if (name_of(name) == "let") error(name, "let is disallowed as a lexically bound name");
    if (!scopes_.back().params.insert(name_of(name)).second) {
      error(name, "Identifier '" + name_of(name) + "' has already been declared");
    }
  }
}

// `var`, `let`, `const`, `using`, `await using`: initializers where needed, and the names declared.
void EarlyErrors::check_declaration(TSNode n, bool lexical) {
  TSNode kind = child_by_field(n, "kind");
  bool is_using = lexical && is_using_kind(src_, node_begin(kind));
  bool is_const = lexical && node_text(kind, src_) == "const";
  std::string using_kind = is_using ? check_using(n, kind) : "";
  for_each_child(n, [&](TSNode d) {
    if (node_type(d) != "variable_declarator") return;
    TSNode name = child_by_field(d, "name");
    bool has_value = !ts_node_is_null(child_by_field(d, "value"));
    if (is_using && (!has_value || node_type(name) != "identifier")) {
      error(name, "Missing initializer in " + using_kind + " declaration");  // (V8's words for a pattern too)
    }
    if (!has_value && is_const) error(name, "Missing initializer in const declaration");
    if (!has_value && !is_const && !is_using && node_type(name) != "identifier") {
      error(name, "Missing initializer in destructuring declaration");
    }
    declare_pattern(name, lexical);
  });
}

// A `using` declaration (read as `const` by the grammar, see using_declarations.hpp) where it
// stands: not directly in a switch case; `await using` only where `await` is an expression.
// Returns "using" or "await using".
std::string EarlyErrors::check_using(TSNode n, TSNode kind) {
  string_view pt = node_type(parent_of(n));
  if (pt == "switch_case" || pt == "switch_default") {
    TSNode name = kind;
    bool found = false;
    for_each_child(n, [&](TSNode d) {
      if (found || node_type(d) != "variable_declarator") return;
      name = child_by_field(d, "name");
      found = true;
    });
    error(name, "Unexpected identifier '" + std::string(node_text(name, src_)) + "'");
  }
  return check_await_using(node_begin(kind)) ? "await using" : "using";
}

// Whether the `using` at `at` is `await using`; an error where `await` is no expression.
bool EarlyErrors::check_await_using(uint32_t at) {
  size_t await = await_before_using(src_, at);
  if (await == string_view::npos) return false;
  const Rules& rules = rules_at(at);
  // (at the top level of a file that is no module, node reads it as one: the analysis refuses
  // top-level await as not supported)
  if (!rules.await_expression && context_at(at).kind != Kind::program) {
    std::string message = rules.await_reserved ? "Unexpected reserved word"
                                               : "await is only valid in async functions and the top level bodies of modules";
    errors_.push_back({Severity::error, static_cast<uint32_t>(await), static_cast<uint32_t>(await + 5),
                       "syntax error: " + message});
  }
  return true;
}

void EarlyErrors::leave(TSNode n) {
  if (contexts_.size() > 1 && ts_node_eq(contexts_.back().node, n)) contexts_.pop_back();
  if (scopes_.size() > 1 && ts_node_eq(scopes_.back().owner, n)) scopes_.pop_back();
  if (!classes_.empty() && ts_node_eq(classes_.back().body, n)) classes_.pop_back();
  // (the types counted below)
  static const TypeSet counted = {"for_statement", "for_in_statement", "while_statement", "do_statement",
                                  "switch_statement", "labeled_statement"};
  if (!counted.contains(n)) return;
  string_view type = node_type(n);
  if (is_loop(type)) contexts_.back().loops--;
  if (type == "switch_statement") contexts_.back().switches--;
  if (type == "labeled_statement" && !contexts_.back().labels.empty()) contexts_.back().labels.pop_back();
}

// ---------------------------------------------------------------- functions and classes

// A function, arrow or method: a new context and a new declaration scope.
void EarlyErrors::enter_function(TSNode n) {
  string_view type = node_type(n);
  bool arrow = type == "arrow_function";
  bool method = type == "method_definition";
  const Context& outer = context_at(node_begin(n));
  const Rules outer_rules = rules_at(node_begin(n));
  TSNode params = child_by_field(n, arrow ? "parameter" : "parameters");
  if (ts_node_is_null(params)) params = child_by_field(n, "parameters");
  TSNode body = child_by_field(n, "body");
  const Modifiers tokens(n);
  TSNode async_token = tokens.async_token;
  bool async = !ts_node_is_null(async_token);
  bool async_was_name = async && line_break_after(async_token, src_);
  if (async_was_name) {
    // `async` then a line break is the name `async`, which ends the statement by ASI where it can
    // (`x = async\ny => y`, `async\nfunction f() {}`; in a class, a field named `async`).
    bool anonymous = (type == "function_expression" || type == "generator_function") && ts_node_is_null(child_by_field(n, "name"));
    if ((arrow && node_type(params) == "formal_parameters") || anonymous ||
        (method && node_type(parent_of(n)) == "object") ||
        (!method && !type.ends_with("declaration") && !ends_statement(n)) ||
        (type.ends_with("declaration") && node_type(parent_of(n)) == "export_statement")) {
      error(async_token, "no line break is allowed after 'async' here");
    }
    async = false;
  }
  bool generator = type.starts_with("generator") || !ts_node_is_null(tokens.star);
  std::vector<TSNode> body_labels;  // `async () => { await: 1 }`, which the grammar reads as an object
  if (arrow) {
    if (!async_was_name) check_operand_position(n, "an arrow function");
    if (node_type(body) != "statement_block" && node_type(first_token(body)) == "{") {
      if (!is_block_of_labels(body, &body_labels)) {
        error(body, "an arrow function body that starts with '{' is a block: wrap an object in parentheses");
      }
    }
    TSNode arrow_token = tokens.arrow;
    if (has_line_break(src_.substr(ts_node_end_byte(params), node_begin(arrow_token) - ts_node_end_byte(params)))) {
      error(arrow_token, "Unexpected token '=>': no line break is allowed before '=>'");
    }
  }
  bool in_class = method && node_type(parent_of(n)) == "class_body";
  TSNode directive_last{};
  bool use_strict = false;
  if (node_type(body) == "statement_block") {
    DirectivePrologue d = directive_prologue(body, src_);
    use_strict = d.use_strict;
    directive_last = d.last;
  }
  Context c;
  c.kind = arrow ? Kind::arrow : method ? Kind::method : Kind::function;
  c.node = n;
  c.inner_begin = arrow ? node_begin(n) : node_begin(params);
  c.body_begin = node_begin(body);
  c.strict = outer.strict || in_class || use_strict;
  c.async = async;
  c.generator = generator && !arrow;
  if (arrow) {
    c.params = {outer_rules.await_reserved || async || module_, false, outer_rules.yield_reserved || c.strict, false};
  } else {
    c.params = {async || module_, false, c.generator || c.strict, false};
  }
  c.body = {async || module_, async, c.generator || c.strict, c.generator};
  c.super_property = arrow ? outer.super_property : method;
  c.super_call = arrow ? outer.super_call : is_derived_constructor(n, src_, method ? grandparent_of(n) : TSNode{});
  c.new_target = arrow ? outer.new_target : true;
  c.arguments = arrow ? outer.arguments : true;
  c.return_ok = true;

  if (method && node_type(parent_of(n)) == "object" && !ts_node_is_null(tokens.static_token)) {
    error(tokens.static_token, "Unexpected identifier: 'static' is no modifier in an object literal");
  }
  if (method) {
    bool getter = !ts_node_is_null(tokens.get);
    bool setter = !ts_node_is_null(tokens.set);
    if ((getter || setter) && async) error(async_token, "an accessor cannot be async");
    uint32_t count = ts_node_named_child_count(params);
    if (getter && count != 0) error(params, "Getter must not have any formal parameters.");
    if (setter && (count != 1 || node_type(ts_node_named_child(params, 0)) == "rest_pattern")) {
      error(params, "Setter must have exactly one formal parameter.");
    }
  }
  // The name: a declaration's is bound outside (with the rules there), an expression's inside.
  TSNode name = method || arrow ? TSNode{} : child_by_field(n, "name");
  if (!ts_node_is_null(name)) {
    bool declaration = type.ends_with("declaration");
    Rules rules = declaration ? outer_rules : c.body;
    if (c.strict) rules.yield_reserved = true;
    std::string text = name_of(name);
    check_name_rules(name, text, rules, c.strict, declaration ? outer.kind : c.kind);
    if (c.strict && (text == "eval" || text == "arguments")) error(name, "Unexpected eval or arguments in strict mode");
    if (c.strict && is_strict_reserved_word(text)) error(name, "Unexpected strict mode reserved word '" + text + "'");
    if (is_reserved_word(text)) error(name, "Unexpected reserved word '" + text + "'");
    if (declaration) declare_function(n, name, !async && !c.generator);
  }
  contexts_.push_back(std::move(c));
  push_scope(ScopeKind::function, n);

  bool simple = true;
  if (node_type(params) == "formal_parameters") {
    for_each_child(params, [&](TSNode p) {
      string_view t = node_type(p);
      if (ts_node_is_named(p) && t != "identifier" && t != "undefined" && t != "comment") simple = false;
    });
  }
  check_parameters(n, contexts_.back(), simple);
  check_labels(body_labels);
  if (use_strict && !simple) error(directive_last, "Illegal 'use strict' directive in function with non-simple parameter list");
}

// Parameters: valid binding patterns, a rest parameter last, no duplicates where not allowed.
void EarlyErrors::check_parameters(TSNode n, const Context& c, bool simple) {
  TSNode params = child_by_field(n, "parameters");
  std::vector<TSNode> names;
  if (ts_node_is_null(params)) {
    params = child_by_field(n, "parameter");
    if (!ts_node_is_null(params)) names.push_back(params);
  } else {
    TSNode rest{};
    bool comma_after_rest = false;
    for_each_child(params, [&](TSNode p) {
      string_view t = node_type(p);
      if (t == "comment" || !ts_node_is_named(p)) {
        if (!ts_node_is_null(rest) && t == ",") comma_after_rest = true;
        return;
      }
      if (!ts_node_is_null(rest)) error(rest, "Rest parameter must be last formal parameter");
      rest = TSNode{};
      if (t == "rest_pattern") rest = p;
      check_pattern(p, true, &names);
    });
    if (!ts_node_is_null(rest) && comma_after_rest) error(rest, "Rest parameter must be last formal parameter");
  }
  bool unique = c.strict || c.kind == Kind::arrow || c.kind == Kind::method || !simple;
  Scope& scope = scopes_.back();
  for (TSNode name : names) {
    std::string text = name_of(name);
    if (c.strict && (text == "eval" || text == "arguments")) error(name, "Unexpected eval or arguments in strict mode");
    if (!scope.params.insert(text).second && unique) error(name, "Duplicate parameter name not allowed in this context");
  }
}

// A class: strict code, with the rules of the code around it for `await` and `yield` in its
// name, heritage and computed keys (yield is reserved: strict).
void EarlyErrors::enter_class(TSNode n) {
  const Context& outer = context_at(node_begin(n));
  Context c = outer;
  c.kind = Kind::class_;
  c.node = n;
  c.inner_begin = node_begin(n);
  c.body_begin = c.inner_begin;
  c.strict = true;
  c.params = rules_at(node_begin(n));
  c.params.yield_reserved = true;
  c.body = c.params;
  c.labels.clear();
  TSNode name = child_by_field(n, "name");
  if (!ts_node_is_null(name)) {
    std::string text = name_of(name);
    if (text == "eval" || text == "arguments") error(name, "Unexpected eval or arguments in strict mode");
    if (node_type(n) == "class_declaration") declare_lexical(name, text);
  }
  contexts_.push_back(std::move(c));
}

// The members of a class body: one constructor, no special constructor, no static `prototype`,
// no field named `constructor`, private names declared once (a getter and a setter may pair).
void EarlyErrors::check_class_body(TSNode body) {
  ClassNames names;
  names.body = body;
  int constructors = 0;
  TSNode modifier{};  // the name of a field named `static`, `get` or `set` (or `static get`), without a value or `;`
  TSNode initialized{};  // a field with an initializer and no `;`, then a line break
  for_each_child(body, [&](TSNode member) {
    string_view type = node_type(member);
    // (a comment, and a `;` that a repair put in the parse copy where the source has a blank, stand
    // between two members without ending what the first one began)
    if (type == "comment" || (type == ";" && src_[node_begin(member)] != ';')) return;
    bool joined_to_static = false;  // (`static\nstatic\nm() {}`: the second `static` is the field's name)
    // `static\nm() {}` is a static method (`get\nm() {}` a getter): no ASI after a modifier, but
    // for `get\n*m() {}`, a field `get`, then a generator method (`get *` cannot go on).
    bool get_or_set = !ts_node_is_null(modifier) && node_text(modifier, src_) != "static";
    bool starred = type == "method_definition" && node_type(first_token(member)) == "*";
    if (!ts_node_is_null(modifier) && !(get_or_set && starred)) {
      static const TypeSet name_types = {"property_identifier", "string", "number", "private_property_identifier",
                                         "computed_property_name"};
      bool method = type == "method_definition" && name_types.contains(ts_node_child(member, 0));  // (a name first)
      if ((type == "method_definition" || type == "field_definition") && (!get_or_set || method)) {
        joined_to_static = !get_or_set;
        if (!join_lines(ts_node_end_byte(modifier), node_begin(member))) {
          unsupported(modifier, "a line break after '" + std::string(node_text(modifier, src_)) +
                                    "' in a class body is not supported yet");
        }
      } else if (type == "method_definition" || type == "field_definition" || type == "class_static_block") {
        error(member, "Unexpected token: '" + std::string(node_text(modifier, src_)) + "' applies to this member");
      }
    }
    // `x = a` then a line break and `[k]() {}`, `*m() {}`, `in() {}`: no ASI, the initializer goes
    // on (`a[k]() {}`), which the grammar does not see.
    if (!ts_node_is_null(initialized) && (type == "method_definition" || type == "field_definition")) {
      string_view first = node_type(first_token(member));
      string_view text = node_text(first_token(member), src_);
      bool continues = (type == "method_definition" && (first == "[" || first == "*")) || text == "in" || text == "instanceof";
      if (continues) error(first_token(member), "Unexpected token: the field initializer before goes on here (no ASI)");
    }
    initialized = TSNode{};
    if (type == "field_definition" && !ts_node_is_null(child_by_field(member, "value")) && line_break_after(member, src_) &&
        !node_text(member, src_).ends_with(";")) {
      initialized = member;
    }
    modifier = TSNode{};
    if (type == "field_definition" && ts_node_is_null(child_by_field(member, "value")) && line_break_after(member, src_)) {
      // (`static get` then a line break: `get` is still a modifier, `static static` is a field)
      std::vector<TSNode> words;  // (no comments)
      for_each_child(member, [&](TSNode c) {
        if (node_type(c) != "comment") words.push_back(c);
      });
      size_t count = words.size();
      bool after_static = count == 2 && node_type(words[0]) == "static";
      TSNode name = words.back();
      string_view word = node_text(name, src_);
      if ((count == 1 && word == "static" && !joined_to_static) ||
          ((count == 1 || after_static) && (word == "get" || word == "set"))) {
        modifier = name;
      }
    }
    if (type != "method_definition" && type != "field_definition") return;
    TSNode key = child_by_field(member, type == "method_definition" ? "name" : "property");
    const Modifiers tokens(member);
    if (!ts_node_is_null(tokens.after_static_get)) {
      error(tokens.after_static_get, "Unexpected identifier: a getter's name was expected after 'static get'");
    }
    bool is_static = !ts_node_is_null(tokens.static_token);
    string_view kt = node_type(key);
    std::string text = kt == "property_identifier" || kt == "private_property_identifier" ? name_of(key) : "";
    if (kt == "string") {
      string_view s = node_text(key, src_);
      if (s.size() >= 2 && s.find('\\') == string_view::npos) text = std::string(s.substr(1, s.size() - 2));
    }
    bool getter = !ts_node_is_null(tokens.get);
    bool setter = !ts_node_is_null(tokens.set);
    if (kt == "private_property_identifier") {
      if (text == "#constructor") error(key, "Classes may not have a private field named '#constructor'");
      PrivateName now{getter ? "get" : setter ? "set" : "", is_static};
      auto [it, added] = names.names.emplace(text, now);
      bool pair = !added && !it->second.kind.empty() && !now.kind.empty() && it->second.kind != now.kind &&
                  it->second.is_static == now.is_static;
      if (!added && !pair) error(key, "Identifier '" + text + "' has already been declared");
      if (pair) it->second.kind = "pair";
      return;
    }
    if (type == "field_definition") {
      if (text == "constructor") error(key, "Classes may not have a field named 'constructor'");
      if (is_static && text == "prototype") error(key, "Classes may not have a static property named 'prototype'");
      return;
    }
    if (is_static) {
      if (text == "prototype") error(key, "Classes may not have a static property named 'prototype'");
      return;
    }
    if (text != "constructor") return;
    TSNode async_token = tokens.async_token;
    bool async = !ts_node_is_null(async_token) && !line_break_after(async_token, src_);
    bool generator = !ts_node_is_null(tokens.star);
    if (getter || setter) error(key, "Class constructor may not be an accessor");
    else if (async) error(key, "Class constructor may not be an async method");
    else if (generator) error(key, "Class constructor may not be a generator");
    else if (++constructors > 1) error(key, "A class may only have one constructor");
  });
  classes_.push_back(std::move(names));
}

// A class field's initializer or a static block: strict code of its own, where `arguments` and
// super() are not allowed; `await` is reserved in a static block.
void EarlyErrors::enter_initializer(TSNode n, Kind kind, TSNode inner) {
  Context c;
  c.kind = kind;
  c.node = n;
  c.inner_begin = node_begin(inner);
  c.body_begin = c.inner_begin;
  c.strict = true;
  bool block = kind == Kind::static_block;
  c.escaped_await_reserved = rules_at(node_begin(n)).await_reserved;
  c.body = {block || module_, false, true, false};
  c.params = c.body;
  c.super_property = true;
  c.new_target = true;
  c.arguments = false;
  contexts_.push_back(std::move(c));
  if (block) push_scope(ScopeKind::function, n);
}

// ---------------------------------------------------------------- names

void EarlyErrors::check_identifier(TSNode n) {
  if (string_view text = node_text(n, src_); text.find('\\') == string_view::npos && !has_name_rules(text)) return;
  TSNode parent = parent_of(n);
  string_view pt = node_type(parent);
  // Function names are checked with their function; module export names are any IdentifierName.
  if (function_types().contains(parent) && is_child(parent, "name", n)) return;
  if (pt == "export_specifier" || pt == "namespace_export") return;
  if (pt == "import_specifier" && is_child(parent, "name", n) && !ts_node_is_null(child_by_field(parent, "alias"))) return;
  if (pt == "nested_identifier" || pt.starts_with("jsx") || pt == "decorator" || pt.starts_with("decorator_")) return;
  string_view text = node_text(n, src_);
  if (text.find('\\') != string_view::npos) {
    // Each escape must spell a code point that can stand there in an identifier.
    bool first = true;
    for (size_t i = 0; i < text.size();) {
      uint32_t cp = 0;
      size_t next = i + 1;
      if (text[i] == '\\') {
        size_t begin = i + 2, end = begin + 4;
        if (begin < text.size() && text[begin] == '{') {
          end = text.find('}', begin);
          ++begin;
        }
        if (end == string_view::npos || end > text.size() || begin >= end) {
          error(n, "Invalid Unicode escape sequence");
          return;
        }
        for (size_t k = begin; k < end; ++k) {
          char ch = text[k];
          int digit = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
          if (digit < 0 || cp > 0x10FFFF) {
            error(n, "Invalid Unicode escape sequence");
            return;
          }
          cp = cp * 16 + static_cast<uint32_t>(digit);
        }
        next = text[i + 2] == '{' ? end + 1 : end;
        bool ascii_ok = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '$' || cp == '_' ||
                        (!first && cp >= '0' && cp <= '9');
        bool bad = cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp < 0x80 && !ascii_ok) ||
                   (first && (cp == 0x200C || cp == 0x200D));
        if (bad) {
          error(n, "Invalid Unicode escape sequence: not a character that can be part of an identifier");
          return;
        }
      }
      first = false;
      i = next;
    }
  }
  std::string name = identifier_name(text);
  const Context& c = context_at(node_begin(n));
  if (name == "export" && pt == "expression_statement") return;  // (see check_expression_statement)
  if (name == "let" && pt == "subscript_expression" && node_type(slow_parent(parent)) == "for_in_statement" &&
      is_child(slow_parent(parent), "left", parent)) {
    return;  // `for (let [a] of b)`, read as a member `let[a]` (see check_for_in)
  }
  if (name != "await" && name != "yield") {
    if (is_reserved_word(name)) {
      error(n, text.find('\\') != string_view::npos ? "Keyword must not contain escaped characters"
                                                    : "Unexpected reserved word '" + name + "'");
    } else if (c.strict && is_strict_reserved_word(name)) {
      error(n, "Unexpected strict mode reserved word '" + name + "'");
    }
  }
  if (name == "await" && c.kind == Kind::field && c.escaped_await_reserved && text.find('\\') != string_view::npos) {
    error(n, "Keyword must not contain escaped characters");  // (V8 reads `await` there as a keyword with escapes)
  }
  if (name == "arguments" && !c.arguments && node_type(n) != "statement_identifier") {
    error(n, "'arguments' is not allowed in class field initializer or static initialization block");
  }
  check_name_rules(n, name, rules_at(node_begin(n)), c.strict, c.kind);
}

// `await` and `yield` as a name (a reference, a binding or a label) where they are reserved.
void EarlyErrors::check_name_rules(TSNode n, const std::string& name, const Rules& rules, bool strict, Kind kind) {
  if (name == "await" && rules.await_reserved) {
    if (auto regex = unterminated_regex_after(src_, node_end(n))) {  // `await /abc` then a line break
      errors_.push_back(*regex);
      return;
    }
    error(n, module_ ? "'await' is not a valid identifier name in a module"
             : kind == Kind::static_block ? "'await' is not a valid identifier name in a class static block"
                                          : "'await' is not a valid identifier name in an async function");
  }
  if (name == "yield" && rules.yield_reserved) {
    error(n, strict ? "'yield' is not a valid identifier name in strict mode code"
                    : "'yield' is not a valid identifier name in a generator");
  }
}

// ---------------------------------------------------------------- expressions

// `await x` where no await expression may stand. Where `await` is an ordinary name (scripts,
// outside async functions), `await (x)`, `await [x]`, `await +x` and `await \`x\`` are a call,
// a member access, a sum and a tagged template: valid.
void EarlyErrors::check_await(TSNode n) {
  const Context& c = context_at(node_begin(n));
  const Rules& rules = rules_at(node_begin(n));
  if (rules.await_expression) return;
  bool in_params = node_begin(n) < c.body_begin && (c.kind == Kind::function || c.kind == Kind::method || c.kind == Kind::arrow);
  if (!rules.await_reserved) {
    // After a line break, ASI may end the statement at the name `await` (`await\nasync function
    // f() {}`), which the grammar cannot see: masked as `awai$` (the outermost) and parsed again.
    // (At the top level of a script it may as well be a top-level await: not supported.)
    bool line_break = line_break_after(find_token(n, "await"), src_);
    if (line_break && c.kind == Kind::program) {
      unsupported(n, top_level_error("await"));
      return;
    }
    TSNode operand = ts_node_named_child(n, 0);
    string_view first = node_type(first_token(operand));
    // (and an operand that the name may go on with: `await /x/g` is divisions, not a regex,
    // `await (x)` a call, `await [x]` a member; masked and parsed again, so that the grammar says
    // whether they are valid: `f(await /g;.x/g)` and `await []` are not)
    bool goes_on = first == "/" || first == "(" || first == "[" || first == "`" || first == "+" || first == "-";
    if ((line_break || goes_on) && repairs_ != nullptr) {
      if (node_begin(n) >= masked_await_end_) repairs_->push_back({node_begin(n) + 4, '$'});
      masked_await_end_ = std::max(masked_await_end_, ts_node_end_byte(n));
      return;
    }
    if (first == "/" && reads_as_divisions(operand, src_)) {
      division_ = node_begin(operand);  // `await /x/g`: divisions, not a regex
      return;
    }
    if (goes_on && first != "/") return;
  }
  if (in_params && (c.async || c.params.await_reserved)) {
    error(n, "'await' is not allowed in the parameters of an async function");
  } else if (c.kind == Kind::static_block) {
    error(n, "'await' is not allowed in a class static block");
  } else if (c.kind == Kind::field) {
    error(n, "'await' is not allowed in a class field initializer");
  } else if (c.kind == Kind::program) {
    unsupported(n, top_level_error("await"));  // (an ES module to node 22, which detects top-level await)
  } else {
    error(n, "'await' is only valid in async functions");
  }
}

void EarlyErrors::check_yield(TSNode n) {
  const Context& c = context_at(node_begin(n));
  const Rules& rules = rules_at(node_begin(n));
  TSNode star = find_token(n, "*");
  if (!ts_node_is_null(star)) {
    TSNode keyword = first_token(n);
    string_view gap = src_.substr(node_end(keyword), node_begin(star) - node_end(keyword));
    if (gap.find_first_of("\r\n") != string_view::npos) error(star, "Unexpected token '*': no line break is allowed between 'yield' and '*'");
  }
  if (rules.yield_expression) {
    check_operand_position(n, "a 'yield' expression");
    // `yield` then a line break ends the yield (no operand across it): `yield\nx` is `yield; x`.
    TSNode operand = ts_node_named_child(n, 0);
    if (ts_node_is_null(star) && !ts_node_is_null(operand) && line_break_after(first_token(n), src_)) {
      bool repaired = false;
      for (uint32_t i = ts_node_end_byte(first_token(n)); repairs_ != nullptr && i < node_begin(operand); ++i) {
        if (src_[i] == '\n' || src_[i] == '\r') {
          repairs_->push_back({i, ';'});
          repaired = true;
          break;
        }
      }
      if (!repaired) error(operand, "Unexpected token: a line break after 'yield' ends the yield expression");
    }
    return;
  }
  bool in_params = node_begin(n) < c.body_begin && (c.kind == Kind::function || c.kind == Kind::method || c.kind == Kind::arrow);
  if (in_params && (c.generator || c.kind == Kind::arrow) && rules.yield_reserved && !c.strict) {
    error(n, "Yield expression not allowed in formal parameter");
  } else if (rules.yield_reserved) {
    error(n, c.strict ? "'yield' is not a valid identifier name in strict mode code" : "Yield expression not allowed in formal parameter");
  }
  // Otherwise `yield` is a name (sloppy code outside generators), which the analysis handles.
}

void EarlyErrors::check_super(TSNode n) {
  TSNode parent = parent_of(n);
  string_view pt = node_type(parent);
  const Context& c = context_at(node_begin(n));
  bool property = (pt == "member_expression" || pt == "subscript_expression") && is_child(parent, "object", n);
  bool call = pt == "call_expression" && is_child(parent, "function", n);
  if (property && ts_node_is_null(child_by_field(parent, "optional_chain")) && c.super_property) return;
  if (call && ts_node_is_null(child_by_field(parent, "optional_chain")) && c.super_call) return;
  error(n, "'super' keyword unexpected here");
}

void EarlyErrors::check_meta_property(TSNode n) {
  string_view text = node_text(n, src_);
  if (text.starts_with("new")) {
    if (!context_at(node_begin(n)).new_target) error(n, "new.target expression is not allowed here");
  } else if (!module_) {
    error(n, "Cannot use 'import.meta' outside a module");
  }
}

// An arrow function, a yield or an assignment is an AssignmentExpression: it cannot be the
// operand of an operator, the object of a member access, a callee or a condition.
void EarlyErrors::check_operand_position(TSNode n, string_view what) {
  if (what.empty()) return;
  TSNode parent = parent_of(n);
  string_view pt = node_type(parent);
  bool bad = pt == "binary_expression" || pt == "unary_expression" || pt == "update_expression" ||
             pt == "await_expression" || pt == "new_expression" ||
             ((pt == "member_expression" || pt == "subscript_expression") && is_child(parent, "object", n)) ||
             (pt == "call_expression" && is_child(parent, "function", n)) ||
             (pt == "ternary_expression" && is_child(parent, "condition", n));
  // (`await\nx = 1` where `await` is a name: two statements, not an operand; see check_await)
  if (bad && pt == "await_expression" && !rules_at(node_begin(parent)).await_reserved &&
      line_break_after(find_token(parent, "await"), src_)) {
    return;
  }
  // `() => {}\n-x`: ASI ends the statement after the arrow (it cannot be an operand).
  bool first = ts_node_eq(ts_node_child(parent, 0), n);
  if (bad && first && node_type(n) == "arrow_function" && end_statement_after_arrow(n)) return;
  if (bad) error(n, std::string(what) + " must be wrapped in parentheses here");
}

// An arrow function with a block body, then a line break, where the grammar goes on with a call,
// a member access or an operator: ASI puts a `;` at the line break (in the parse copy), since an
// arrow function cannot go on. False when that is not the case or no repairs are made.
bool EarlyErrors::end_statement_after_arrow(TSNode arrow) {
  if (repairs_ == nullptr || node_type(child_by_field(arrow, "body")) != "statement_block" ||
      !line_break_after(arrow, src_)) {
    return false;
  }
  // (the `;` takes the place of what comes right after the arrow: a blank, or a comment, which is
  // blanked; a line break that ends a line comment would make the comment go on)
  uint32_t at = ts_node_end_byte(arrow);
  size_t length = blank_length(src_, at);
  if (length == 0 && src_.compare(at, 2, "/*") == 0) length = std::min(src_.find("*/", at + 2), src_.size() - 2) + 2 - at;
  if (length == 0 && src_.compare(at, 2, "//") == 0) {
    while (at + length < src_.size() && !line_terminator_at(src_, at + length)) ++length;
  }
  if (length == 0) return false;
  repairs_->push_back({at, ';'});
  for (size_t i = 1; i < length; ++i) repairs_->push_back({static_cast<uint32_t>(at + i), ' '});
  return true;
}

// The target of `=`, `+=` or `++`: a name, a member access (not optional), or a call (V8 allows
// `f() = 1` and throws a ReferenceError when it runs; not for `&&=`, `||=`, `??=`).
void EarlyErrors::check_simple_target(TSNode target, bool allow_call, const std::string& message) {
  TSNode t = unparenthesized(target);
  string_view type = node_type(t);
  if (type == "yield_expression" && ts_node_named_child_count(t) == 0 && !rules_at(node_begin(t)).yield_expression) {
    return;  // the name `yield` (sloppy code outside generators)
  }
  if (type == "call_expression" && (node_type(child_by_field(t, "arguments")) == "template_string" ||
                                    node_type(child_by_field(t, "function")) == "import")) {
    error(target, message);  // a tagged template is no call
    return;
  }
  if (type == "identifier" || type == "undefined" || type == "shorthand_property_identifier_pattern") {
    std::string name = name_of(t);
    if ((name == "eval" || name == "arguments") && strict_at(node_begin(t))) error(t, "Unexpected eval or arguments in strict mode");
    return;
  }
  if (type == "member_expression" || type == "subscript_expression" || type == "call_expression") {
    if (type == "call_expression" && !allow_call) {
      error(target, message);
      return;
    }
    // An optional chain (`a?.b = 1`, `a?.b.c++`) is no target; parentheses end a chain.
    for (TSNode link = t;;) {
      string_view lt = node_type(link);
      if (lt != "member_expression" && lt != "subscript_expression" && lt != "call_expression") break;
      if (!ts_node_is_null(child_by_field(link, "optional_chain"))) {
        error(target, message);
        return;
      }
      link = child_by_field(link, lt == "call_expression" ? "function" : "object");
    }
    return;
  }
  error(target, message);
}

// A binding pattern (declarations, parameters, catch) or an assignment pattern: its leaves are
// names (bindings) or targets (assignments); a rest element comes last. `names` collects the
// bound names. Iterative, for deep patterns.
void EarlyErrors::check_pattern(TSNode pattern, bool binding, std::vector<TSNode>* names) {
  std::vector<TSNode> work{pattern};
  while (!work.empty()) {
    TSNode p = work.back();
    work.pop_back();
    string_view type = node_type(p);
    if (type == "identifier" || type == "undefined" || type == "shorthand_property_identifier_pattern") {
      if (binding) {
        if (names) names->push_back(p);
      } else {
        check_simple_target(p, false, "Invalid destructuring assignment target");
      }
    } else if (type == "object_pattern" || type == "array_pattern") {
      bool object = type == "object_pattern";
      TSNode rest{};
      bool after_rest = false;
      for_each_child(p, [&](TSNode e) {
        string_view et = node_type(e);
        if (et == "comment" || et == "[" || et == "]" || et == "{" || et == "}") return;
        if (!ts_node_is_null(rest)) after_rest = true;
        if (et == ",") return;
        if (et == "rest_pattern") {
          rest = e;
          TSNode arg = ts_node_named_child(e, 0);
          string_view at = node_type(arg);
          bool nested = at == "object_pattern" || at == "array_pattern";
          if (object && nested) error(arg, "`...` must be followed by an identifier in declaration contexts");
          else work.push_back(arg);
        } else if (et == "pair_pattern") {
          TSNode value = child_by_field(e, "value");
          if (node_type(value) == "rest_pattern") error(value, "Unexpected token '...'");
          else work.push_back(value);
        } else if (et == "object_assignment_pattern" || et == "assignment_pattern") {
          work.push_back(child_by_field(e, "left"));
        } else {
          work.push_back(e);
        }
      });
      if (!ts_node_is_null(rest) && after_rest) error(rest, "Rest element must be last element");
    } else if (type == "assignment_pattern" || type == "object_assignment_pattern") {
      TSNode left = child_by_field(p, "left");
      if (node_type(left) == "rest_pattern") error(p, "Rest parameter may not have a default initializer");
      else work.push_back(left);
    } else if (type == "rest_pattern") {
      work.push_back(ts_node_named_child(p, 0));
    } else if (!binding && (type == "member_expression" || type == "subscript_expression" ||
                            type == "parenthesized_expression")) {
      TSNode inner = unparenthesized(p);
      string_view it = node_type(inner);
      if (it == "object_pattern" || it == "array_pattern" || it == "assignment_expression" || it == "object" || it == "array") {
        error(p, "Invalid destructuring assignment target");
      } else {
        check_simple_target(p, false, "Invalid destructuring assignment target");
      }
    } else {
      error(p, binding ? "Invalid destructuring target in a declaration" : "Invalid destructuring assignment target");
    }
  }
}

// Patterns stand only where a binding or an assignment target does; `({ a = 1 })` elsewhere is
// an object literal with a shorthand initializer, which is an error.
void EarlyErrors::check_pattern_position(TSNode n) {
  TSNode parent = parent_of(n);
  string_view pt = node_type(parent);
  bool ok = (pt == "variable_declarator" && is_child(parent, "name", n)) || pt == "formal_parameters" ||
            pt == "catch_clause" || (pt == "for_in_statement" && is_child(parent, "left", n)) ||
            (pt == "assignment_expression" && is_child(parent, "left", n)) || pt == "pair_pattern" ||
            pt == "array_pattern" || pt == "rest_pattern" ||
            ((pt == "assignment_pattern" || pt == "object_assignment_pattern") && is_child(parent, "left", n));
  if (!ok) error(n, "Invalid shorthand property initializer or destructuring pattern");
}

void EarlyErrors::check_object(TSNode n) {
  int protos = 0;
  for_each_child(n, [&](TSNode e) {
    if (node_type(e) != "pair") return;
    TSNode key = child_by_field(e, "key");
    string_view k = node_text(key, src_);
    if (k == "__proto__" || k == "\"__proto__\"" || k == "'__proto__'") {
      if (++protos == 2) error(key, "Duplicate __proto__ fields are not allowed in object literals");
    }
  });
}

void EarlyErrors::check_private_name(TSNode n) {
  TSNode parent = parent_of(n);
  string_view pt = node_type(parent);
  if (pt == "method_definition" && node_type(slow_parent(parent)) == "object") {
    error(n, "Unexpected identifier '" + name_of(n) + "': an object literal has no private names");
    return;
  }
  if (pt == "method_definition" || pt == "field_definition") return;  // a declaration (checked with its class)
  std::string name = name_of(n);
  for (const ClassNames& c : classes_) {
    if (c.names.contains(name)) return;
  }
  error(n, "Private field '" + name + "' must be declared in an enclosing class");
}

// Octal escapes (`"\01"`, strict code) and octal literals (`010`, strict code); in templates
// octal escapes are always errors unless the template is tagged.
void EarlyErrors::check_string(TSNode n) {
  bool template_ = node_type(n) == "template_string";
  if (template_) {
    TSNode parent = parent_of(n);
    if (node_type(parent) == "call_expression" && is_child(parent, "arguments", n)) return;
  } else if (!strict_at(node_begin(n))) {
    return;
  }
  if (node_text(n, src_).find('\\') == string_view::npos) return;  // (no escape sequence: the common case)
  for_each_child(n, [&](TSNode e) {
    if (node_type(e) != "escape_sequence") return;
    string_view text = node_text(e, src_);
    if (text.size() < 2) return;
    char c = text[1];
    uint32_t after = node_end(e);
    bool digit_after = after < src_.size() && src_[after] >= '0' && src_[after] <= '9';
    if (c == '8' || c == '9') {
      error(e, template_ ? "\\8 and \\9 are not allowed in template strings." : "\\8 and \\9 are not allowed in strict mode.");
    } else if ((c >= '1' && c <= '7') || (c == '0' && (text.size() > 2 || digit_after))) {
      error(e, template_ ? "Octal escape sequences are not allowed in template strings."
                         : "Octal escape sequences are not allowed in strict mode.");
    }
  });
}

void EarlyErrors::check_number(TSNode n) {
  string_view text = node_text(n, src_);
  uint32_t end = ts_node_end_byte(n);
  if (end < src_.size() && (is_identifier_char(src_[end]) || src_[end] == '\\')) {
    error(n, "Invalid or unexpected token: an identifier cannot start right after a number");
    return;
  }
  if (text.size() < 2 || text[0] != '0' || !((text[1] >= '0' && text[1] <= '9') || text[1] == '_')) return;
  if (text.back() == 'n') {
    error(n, "Invalid BigInt literal: a leading zero is not allowed");
  } else if (text.find('_') != string_view::npos) {
    error(n, "Numeric separators are not allowed in legacy octal or leading-zero literals");
  } else if (text.find_first_not_of("01234567") != string_view::npos && text.find_first_of("89") == string_view::npos) {
    // (a legacy octal literal, `010`, ends before a `.` or an exponent: `010.5`, `010e1` are errors)
    error(n, "Unexpected number: a legacy octal literal has no fraction or exponent");
  } else if (strict_at(node_begin(n))) {
    bool octal = text.find_first_of("89.eE") == string_view::npos;
    error(n, octal ? "Octal literals are not allowed in strict mode." : "Decimals with leading zeros are not allowed in strict mode.");
  }
}

// ---------------------------------------------------------------- statements

// The body of `if`, a loop, `with` or a label is a Statement, not a declaration (Annex B allows a
// plain function in sloppy code as the body of `if`/`else` or of a label outside loops).
void EarlyErrors::check_substatement(TSNode statement, TSNode owner) {
  if (ts_node_is_null(statement)) return;
  string_view owner_type = node_type(owner);
  TSNode s = statement;
  bool labelled = false;
  while (node_type(s) == "labeled_statement") {
    s = child_by_field(s, "body");
    labelled = true;
  }
  string_view type = node_type(s);
  if (type == "lexical_declaration" || type == "class_declaration") {
    // (`let` then a line break in front of `[a] = 0` makes the grammar read a declaration too)
    error(first_token(s), "Lexical declaration cannot appear in a single-statement context");
    return;
  }
  if (type != "function_declaration" && type != "generator_function_declaration") return;
  TSNode async_token = find_token(s, "async");
  if (!ts_node_is_null(async_token)) {
    if (line_break_after(async_token, src_)) return;  // `async` (ASI), then a plain function
    error(s, "Async functions can only be declared at the top level or inside a block.");
  } else if (type == "generator_function_declaration") {
    error(s, "Generators can only be declared at the top level or inside a block.");
  } else if (strict_at(node_begin(s))) {
    error(s, "In strict mode code, functions can only be declared at top level or inside a block.");
  } else if ((owner_type != "if_statement" && owner_type != "labeled_statement") || (labelled && owner_type == "if_statement")) {
    error(s, "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.");
  }
}

void EarlyErrors::check_expression_statement(TSNode n) {
  TSNode expression = ts_node_named_child(n, 0);
  if (ts_node_is_null(expression)) return;
  TSNode first = first_token(expression);
  string_view ft = node_type(first);
  if (ft == "function" || ft == "class") {
    error(first, ft == "function" ? "Function statements require a function name" : "Unexpected token 'class'");
    return;
  }
  if (ft == "async") {
    TSNode fn = slow_parent(first);
    if (node_type(fn) == "function_expression" || node_type(fn) == "generator_function") {
      error(first, "Async function statements require a function name");
      return;
    }
  }
  if (ft == "{") {
    std::vector<TSNode> labels;
    TSNode item{};
    if (!is_block_of_labels(expression, &labels, &item)) {
      error(first, "Unexpected token '{': an object literal cannot start a statement");
      return;
    }
    check_labels(labels);
    // A labelled function or class is a declaration there, which the grammar read as an expression.
    string_view it = ts_node_is_null(item) ? "" : node_type(item);
    TSNode async_token = it.empty() ? TSNode{} : find_token(item, "async");
    if (!ts_node_is_null(async_token) && (it == "function_expression" || it == "generator_function")) {
      error(item, "Async functions can only be declared at the top level or inside a block.");
    } else if (it == "generator_function") {
      error(item, "Generators can only be declared at the top level or inside a block.");
    } else if (it == "class") {
      error(item, "Unexpected token 'class'");
    } else if (it == "function_expression") {
      if (ts_node_is_null(child_by_field(item, "name"))) error(item, "Function statements require a function name");
      else if (strict_at(node_begin(item))) error(item, "In strict mode code, functions can only be declared at top level or inside a block.");
    }
  }
  if (node_type(expression) == "identifier" && node_text(expression, src_) == "export") {
    // `export` then a line break: one statement, which the grammar split.
    TSNode next = slow_next_named_sibling(n);
    bool top = node_type(parent_of(n)) == "program";
    if (!top || ts_node_is_null(next) || node_text(n, src_).ends_with(";") ||
        !has_line_break(src_.substr(ts_node_end_byte(expression), node_begin(next) - ts_node_end_byte(expression)))) {
      error(expression, "Unexpected token 'export'");
    } else if (!join_lines(ts_node_end_byte(expression), node_begin(next))) {
      unsupported(expression, "'export' followed by a line break is not supported yet: put what it exports on the same line");
    }
    return;
  }
  // `let` then a line break then a name, `[` or `{`: a declaration (no ASI there), which the
  // grammar read as two statements because it is not a valid one (`let\nawait 0` in an async
  // function, `let\nx()`).
  string_view list = node_type(parent_of(n));
  bool in_list = list == "program" || list == "statement_block" || list == "switch_case" || list == "switch_default";
  if (in_list && node_type(expression) == "identifier" && node_text(expression, src_) == "let" &&
      !node_text(n, src_).ends_with(";")) {
    TSNode next = slow_next_named_sibling(n);
    while (!ts_node_is_null(next) && node_type(next) == "comment") next = slow_next_named_sibling(next);
    if (ts_node_is_null(next)) return;
    TSNode word = first_token(next);
    string_view wt = node_type(word);
    std::string name = name_of(word);
    // (`let\nusing x = v`, `let\nawait using x = v`: `let using`, then a name; the parse copy says
    // `const` there, see using_declarations.hpp)
    string_view source_word = src_.substr(node_begin(next), 5);
    if (node_type(next) == "lexical_declaration" && (source_word == "using" || source_word == "await")) {
      error(word, "'let' followed by a line break starts a declaration: a 'using' declaration cannot follow");
      return;
    }
    bool name_like = wt == "identifier" || wt == "statement_identifier" || wt == "await" || wt == "yield" || wt == "let" || wt == "async" ||
                     wt == "get" || wt == "set" || wt == "static" || wt == "of" || wt == "[" || wt == "{";
    if (!name_like) return;
    if (name == "await" || name == "yield") {
      // `let await` alone declares `await`, valid where it is a name.
      TSNode value = ts_node_named_child(next, 0);
      bool alone = node_type(next) == "expression_statement" &&
                   (ts_node_eq(value, word) || (ts_node_named_child_count(value) == 0 && ts_node_child_count(value) <= 1));
      const Rules& rules = rules_at(node_begin(next));
      if (alone && !(name == "await" ? rules.await_reserved : rules.yield_reserved)) return;
      error(word, "'let' followed by a line break and '" + name + "' declares a variable named '" + name +
                      "', which is not valid here");
      return;
    }
    // A declaration that the grammar split (`let\nx = 1`): read as one; incomplete ones are errors.
    if (join_lines(ts_node_end_byte(expression), node_begin(next))) return;
    TSNode value = node_type(next) == "expression_statement" ? ts_node_named_child(next, 0) : TSNode{};
    if (ts_node_is_null(value)) {
      error(word, "'let' followed by a line break and a name is a declaration, which is not complete here");
      return;
    }
    std::vector<TSNode> declarators{value};
    if (node_type(value) == "sequence_expression") {
      declarators.clear();
      for_each_child(value, [&](TSNode d) {
        if (ts_node_is_named(d) && node_type(d) != "comment") declarators.push_back(d);
      });
    }
    bool declaration = true;
    for (TSNode d : declarators) {
      string_view dt = node_type(d);
      string_view left = dt == "assignment_expression" ? node_type(child_by_field(d, "left")) : "";
      declaration = declaration && (dt == "identifier" || left == "identifier" || left == "object_pattern" || left == "array_pattern");
    }
    if (!declaration) error(word, "'let' followed by a line break and a name is a declaration, which is not complete here");
  }
}

void EarlyErrors::check_labels(const std::vector<TSNode>& labels) {
  for (TSNode label : labels) {
    std::string name = name_of(label);
    const Context& c = context_at(node_begin(label));
    check_name_rules(label, name, rules_at(node_begin(label)), c.strict, c.kind);
    if (is_reserved_word(name)) error(label, "Unexpected reserved word '" + name + "'");
    if (c.strict && is_strict_reserved_word(name)) error(label, "Unexpected strict mode reserved word '" + name + "'");
  }
}

void EarlyErrors::check_for_in(TSNode n) {
  TSNode await_token = find_token(n, "await");
  TSNode op = child_by_field(n, "operator");
  bool of = node_text(op, src_) == "of";
  TSNode kind = child_by_field(n, "kind");
  TSNode left = child_by_field(n, "left");
  TSNode value = child_by_field(n, "value");
  string_view kind_text = ts_node_is_null(kind) ? "" : node_text(kind, src_);
  if (!ts_node_is_null(await_token) && !of) error(op, "'for await' loops must use 'of'");
  if (!ts_node_is_null(value)) {
    bool annex_b = !of && kind_text == "var" && node_type(left) == "identifier" && !strict_at(node_begin(n));
    if (!annex_b) {
      error(value, !of ? "for-in loop variable declaration may not have an initializer."
                   : !ts_node_is_null(await_token) ? "for-await-of loop variable declaration may not have an initializer."
                                                   : "for-of loop variable declaration may not have an initializer.");
    }
  }
  TSNode right = child_by_field(n, "right");
  if (of && node_type(right) == "sequence_expression") error(right, "Unexpected token ',': the value after 'of' cannot be a comma expression");
  if (kind_text == "using") {
    check_await_using(node_begin(kind));
    if (!of) error(kind, "Invalid 'using' in for-in loop");
    // (`for (using of of y)`: a declaration may not start with `using of`, the name `using` then `of`
    // cannot; `for (await using of of y)` is one)
    size_t before = src_.find_last_not_of(" \t\r\n", node_begin(kind) - 1);
    bool await_using = before != string_view::npos && before >= 4 && src_.substr(before - 4, 5) == "await";
    if (of && node_text(left, src_) == "of" && !await_using) {
      error(left, "Unexpected identifier: 'for (using of' does not start a declaration");
    }
  }
  if (!kind_text.empty()) {
    declare_pattern(left, kind_text != "var", of);
    return;
  }
  // (the grammar reads `for (let [a, b] of c)` as an assignment to the member `let[a, b]`)
  if (node_type(left) == "subscript_expression" && node_text(child_by_field(left, "object"), src_) == "let") {
    TSNode index = child_by_field(left, "index");
    // The names it binds, read from expressions (`a = 1`, `...a`, `[a]`, `{k: a}`, `{a}`), or from
    // patterns where the grammar saw them: declared in the loop's scope, once each; nothing else
    // may stand there.
    std::vector<TSNode> work{index}, names;
    while (!work.empty()) {
      TSNode e = work.back();
      work.pop_back();
      string_view et = node_type(e);
      bool yield_name = et == "yield_expression" && ts_node_named_child_count(e) == 0;  // (a name where it is not reserved)
      if (yield_name && rules_at(node_begin(e)).yield_reserved) {
        error(e, "Unexpected strict mode reserved word: 'yield' cannot be a name here");
      } else if (et == "identifier" || et == "shorthand_property_identifier" || et == "undefined" || yield_name) {
        names.push_back(e);
      } else if (et == "object_pattern" || et == "array_pattern") {
        check_pattern(e, true, &names);
      } else if (et == "assignment_expression") {
        work.push_back(child_by_field(e, "left"));
      } else if (et == "pair") {
        work.push_back(child_by_field(e, "value"));
      } else if (et == "sequence_expression" || et == "array" || et == "object" || et == "spread_element") {
        for_each_child(e, [&](TSNode c) {
          if (!ts_node_is_named(c) || node_type(c) == "comment") return;
          // (an object's rest is a name: `{...[a]}` and `{...{a}}` are not patterns)
          if (et == "object" && node_type(c) == "spread_element" && node_type(ts_node_named_child(c, 0)) != "identifier") {
            error(c, "`...` must be followed by an identifier in declaration contexts");
            return;
          }
          work.push_back(c);
        });
      } else {
        error(e, "Invalid destructuring target in a 'let' declaration");
      }
    }
    std::sort(names.begin(), names.end(), [](TSNode a, TSNode b) { return node_begin(a) < node_begin(b); });
    for (TSNode name : names) {
      std::string text = name_of(name);
      if (text == "let") error(name, "let is disallowed as a lexically bound name");
      if (strict_at(node_begin(name)) && (text == "eval" || text == "arguments")) {
        error(name, "Unexpected eval or arguments in strict mode");
      }
      declare_lexical(name, text);
    }
    return;
  }
  TSNode first = first_token(left);
  if (of && node_text(first, src_) == "let" && node_type(left) != "parenthesized_expression") {
    error(left, "The left-hand side of a for-of loop may not start with 'let'.");
  } else if (of && ts_node_is_null(await_token) && node_type(left) == "identifier" && node_text(left, src_) == "async") {
    error(left, "The left-hand side of a for-of loop may not be 'async'.");
  }
  string_view lt = node_type(left);
  if (lt == "object_pattern" || lt == "array_pattern") {
    check_pattern(left, false, nullptr);
  } else {
    check_simple_target(left, true, of ? "Invalid left-hand side in for-of loop" : "Invalid left-hand side in for-in loop");
  }
}

void EarlyErrors::enter_label(TSNode n) {
  TSNode label = child_by_field(n, "label");
  std::string name = name_of(label);
  Context& c = contexts_.back();
  for (const Label& l : c.labels) {
    if (l.name == name) error(label, "Label '" + name + "' has already been declared");
  }
  TSNode body = n;
  while (node_type(body) == "labeled_statement") body = child_by_field(body, "body");
  c.labels.push_back({name, is_loop(node_type(body))});
  check_substatement(child_by_field(n, "body"), n);
}

void EarlyErrors::check_jump(TSNode n, bool is_continue) {
  const Context& c = contexts_.back();
  TSNode label = child_by_field(n, "label");
  if (ts_node_is_null(label)) {
    if (is_continue && c.loops == 0) error(first_token(n), "Illegal continue statement: no surrounding iteration statement");
    if (!is_continue && c.loops == 0 && c.switches == 0) error(first_token(n), "Illegal break statement");
    return;
  }
  std::string name = name_of(label);
  for (const Label& l : c.labels) {
    if (l.name != name) continue;
    if (is_continue && !l.loop) error(label, "Illegal continue statement: '" + name + "' does not denote an iteration statement");
    return;
  }
  error(label, "Undefined label '" + name + "'");
}

// import / export: at the top level of a module; each name exported once; a local export names a
// declaration of the module.
void EarlyErrors::check_module_item(TSNode n) {
  bool is_import = node_type(n) == "import_statement";
  if (node_type(parent_of(n)) != "program" || !module_) {
    error(first_token(n), is_import ? "Cannot use import statement outside a module"
                                    : "Unexpected token 'export': only valid at the top level of a module");
    return;
  }
  if (is_import) {
    TSNode clause{};
    for_each_child(n, [&](TSNode c) {
      if (node_type(c) == "import_clause") clause = c;
    });
    if (ts_node_is_null(clause)) return;
    std::vector<TSNode> work{clause};
    while (!work.empty()) {
      TSNode c = work.back();
      work.pop_back();
      string_view t = node_type(c);
      TSNode local{};
      if (t == "identifier") {
        local = c;
      } else if (t == "import_specifier") {
        TSNode alias = child_by_field(c, "alias");
        local = ts_node_is_null(alias) ? child_by_field(c, "name") : alias;
      }
      if (!ts_node_is_null(local)) {
        std::string name = name_of(local);
        if (name == "eval" || name == "arguments") error(local, "Unexpected eval or arguments in strict mode");  // (a module)
        declare_lexical(local, name);
      } else {
        for_each_child(c, [&](TSNode k) {
          if (ts_node_is_named(k)) work.push_back(k);
        });
      }
    }
    return;
  }
  bool from = !ts_node_is_null(child_by_field(n, "source"));
  auto exported = [&](TSNode at, std::string name) {
    if (name.size() >= 2 && (name[0] == '"' || name[0] == '\'')) name = name.substr(1, name.size() - 2);
    if (!exported_.insert(name).second) error(at, "Duplicate export of '" + name + "'");
  };
  TSNode declaration = child_by_field(n, "declaration");
  // (`export using x = v`: a `using` declaration cannot be exported; the parse copy says `const`)
  string_view declared_word = ts_node_is_null(declaration) ? "" : src_.substr(node_begin(declaration), 5);
  if (node_type(declaration) == "lexical_declaration" && (declared_word == "using" || declared_word == "await")) {
    error(first_token(n), "Unexpected token 'export': a 'using' declaration cannot be exported");
  }
  if (!ts_node_is_null(find_token(n, "default"))) {
    exported(n, "default");
    // `export default function () {}` and `class {}` are declarations: nothing goes on after them.
    TSNode value = child_by_field(n, "value");
    string_view vt = node_type(value), first = node_type(first_token(value));
    if (!ts_node_is_null(value) && vt != "function_expression" && vt != "generator_function" && vt != "class" &&
        (first == "function" || first == "class" ||
         (first == "async" && (node_type(parent_of(first_token(value))) == "function_expression" ||
                                node_type(parent_of(first_token(value))) == "generator_function")))) {
      // What follows its `}` is a statement of its own: `.x` cannot start one; what can is not
      // supported without a line break or a `;` (the grammar reads one expression).
      TSNode declared = first_token(value);
      while (!ts_node_is_null(declared) && node_type(declared) != "function_expression" && node_type(declared) != "class" &&
             node_type(declared) != "generator_function") {
        declared = slow_parent(declared);
      }
      size_t next = ts_node_is_null(declared) ? string_view::npos : src_.find_first_not_of(" \t\r\n", ts_node_end_byte(declared));
      if (next != string_view::npos && (src_[next] == '.' || src_.compare(next, 2, "?.") == 0)) {
        error(value, "Unexpected token '.': a default exported function or class declaration ends at its '}'");
      } else {
        unsupported(value, "a statement right after 'export default function () {}' or 'class {}' is not supported yet: "
                           "put a ';' after its '}'");
      }
    }
  } else if (!ts_node_is_null(declaration)) {
    string_view dt = node_type(declaration);
    if (dt == "lexical_declaration" || dt == "variable_declaration") {
      for_each_child(declaration, [&](TSNode d) {
        if (node_type(d) != "variable_declarator") return;
        std::vector<TSNode> names;
        check_pattern(child_by_field(d, "name"), true, &names);  // (errors found twice are reported once)
        for (TSNode name : names) exported(name, name_of(name));
      });
    } else {
      TSNode name = child_by_field(declaration, "name");
      if (!ts_node_is_null(name)) exported(name, name_of(name));
    }
  }
  for_each_child(n, [&](TSNode c) {
    if (node_type(c) == "namespace_export") {
      TSNode name = ts_node_named_child(c, 0);
      exported(name, std::string(node_text(name, src_)));
    }
    if (node_type(c) != "export_clause") return;
    for_each_child(c, [&](TSNode s) {
      if (node_type(s) != "export_specifier") return;
      TSNode name = child_by_field(s, "name");
      TSNode alias = child_by_field(s, "alias");
      exported(ts_node_is_null(alias) ? name : alias, std::string(node_text(ts_node_is_null(alias) ? name : alias, src_)));
      if (!from) {
        if (node_type(name) == "string") error(name, "A string cannot be exported without 'from'");
        else local_exports_.emplace_back(name, name_of(name));
      }
    });
  });
}

// ---------------------------------------------------------------- declarations

void EarlyErrors::declare_lexical(TSNode name_node, const std::string& name, Binding kind) {
  Scope& s = scopes_.back();
  auto found = s.lexical.find(name);
  bool clash = false;
  if (found != s.lexical.end()) {
    clash = !(found->second == Binding::sloppy_function && kind == Binding::sloppy_function);
  } else {
    clash = s.vars.contains(name) || (s.kind == ScopeKind::function && s.params.contains(name)) ||
            (s.catch_body && scopes_.size() > 1 && scopes_[scopes_.size() - 2].params.contains(name));
  }
  if (clash) error(name_node, "Identifier '" + name + "' has already been declared");
  s.lexical.emplace(name, kind);
}

void EarlyErrors::declare_var(TSNode name_node, const std::string& name, bool for_of) {
  for (size_t i = scopes_.size(); i-- > 0;) {
    Scope& s = scopes_[i];
    if (s.lexical.contains(name)) {
      error(name_node, "Identifier '" + name + "' has already been declared");
      return;
    }
    if (s.kind == ScopeKind::catch_ && s.params.contains(name) && (!s.simple_catch || for_of)) {
      error(name_node, "Identifier '" + name + "' has already been declared");
      return;
    }
    s.vars.insert(name);
    if (s.kind == ScopeKind::function) return;
  }
}

void EarlyErrors::declare_pattern(TSNode pattern, bool lexical, bool for_of) {
  std::vector<TSNode> names;
  check_pattern(pattern, true, &names);
  for (TSNode name : names) {
    std::string text = name_of(name);
    if (strict_at(node_begin(name)) && (text == "eval" || text == "arguments")) {
      error(name, "Unexpected eval or arguments in strict mode");
    }
    if (lexical && text == "let") error(name, "let is disallowed as a lexically bound name");
    if (lexical) declare_lexical(name, text);
    else declare_var(name, text, for_of);
  }
}

// A function declaration: var-like at the top level of a function or script, lexical in a block
// and at the top level of a module. As the body of `if` (Annex B) it declares nothing here.
void EarlyErrors::declare_function(TSNode n, TSNode name, bool plain) {
  TSNode parent = parent_of(n);
  while (node_type(parent) == "labeled_statement") parent = slow_parent(parent);
  string_view pt = node_type(parent);
  if (pt == "if_statement" || pt == "else_clause" || is_loop(pt) || pt == "with_statement") return;
  Scope& s = scopes_.back();
  std::string text = name_of(name);
  bool top = s.kind == ScopeKind::function && !(module_ && scopes_.size() == 1);
  if (top) {
    if (s.lexical.contains(text)) error(name, "Identifier '" + text + "' has already been declared");
    s.vars.insert(text);
    return;
  }
  bool sloppy = !contexts_.back().strict;
  declare_lexical(name, text, plain && sloppy ? Binding::sloppy_function : Binding::lexical);
}

}  // namespace

std::vector<Diagnostic> find_early_errors(TSNode root, std::string_view source, bool module, bool top_level_await,
                                          std::vector<ParseRepair>* repairs) {
  return EarlyErrors(source, module, top_level_await, repairs).run(root);
}

}  // namespace a2g
