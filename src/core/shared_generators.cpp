#include "core/shared_generators.hpp"

#include <vector>

#include "core/parse.hpp"
#include "core/source.hpp"

namespace a2g {
namespace {

bool is_function(std::string_view type) {
  return type == "function_declaration" || type == "function_expression" || type == "generator_function" ||
         type == "generator_function_declaration" || type == "arrow_function" || type == "method_definition";
}

bool is_class(std::string_view type) { return type == "class_declaration" || type == "class"; }

// Nodes that can hold bindings of their own.
bool is_scope(std::string_view type) {
  return is_function(type) || is_class(type) || type == "statement_block" || type == "for_statement" ||
         type == "for_in_statement" || type == "catch_clause" || type == "switch_statement" ||
         type == "class_static_block";
}

bool is_name(std::string_view type) {
  return type == "identifier" || type == "shorthand_property_identifier" ||
         type == "shorthand_property_identifier_pattern" || type == "undefined";
}

// The callee of a call, without parentheses: `(eval)(x)` is a direct eval too.
std::string callee_name(TSNode call, std::string_view src) {
  TSNode callee = child_by_field(call, "function");
  while (node_type(callee) == "parenthesized_expression" && ts_node_named_child_count(callee) == 1) {
    callee = ts_node_named_child(callee, 0);
  }
  return node_type(callee) == "identifier" ? identifier_name(node_text(callee, src)) : "";
}

// Every name in `n` (identifiers, shorthand properties), nested functions included. A private
// name (`#x`) counts as `#`: it belongs to one evaluation of its class.
void names_in(TSNode n, std::string_view src, std::set<std::string>& out) {
  std::vector<TSNode> stack{n};
  while (!stack.empty()) {
    TSNode at = stack.back();
    stack.pop_back();
    if (is_name(node_type(at))) out.insert(identifier_name(node_text(at, src)));
    std::string_view type = node_type(at);
    if (type == "private_property_identifier") out.insert("#");
    // What the lowering reads through arrows of an outer body (`__async_arguments`,
    // `__async_new_target`, `__async_super_get`, `__async_this`): per function object.
    if (type == "meta_property" || type == "super") out.insert("*");
    if (type == "this") out.insert("this");
    for (uint32_t i = 0; i < ts_node_named_child_count(at); ++i) stack.push_back(ts_node_named_child(at, i));
  }
}

}  // namespace

const std::set<std::string>& SharedGenerators::declared_in(TSNode scope) {
  auto found = declared_.find(scope.id);
  if (found != declared_.end()) return found->second;
  std::set<std::string>& out = declared_[scope.id];
  std::vector<TSNode> stack{scope};
  while (!stack.empty()) {
    TSNode at = stack.back();
    stack.pop_back();
    std::string_view type = node_type(at);
    bool nested = !ts_node_eq(at, scope) && (is_function(type) || is_class(type));
    if (nested) {
      // Its name may be declared here; what it holds is its own.
      TSNode name = child_by_field(at, "name");
      if (!ts_node_is_null(name) && (type == "function_declaration" || type == "generator_function_declaration" ||
                                     type == "class_declaration")) {
        out.insert(identifier_name(node_text(name, src_)));
      }
      continue;
    }
    if (ts_node_eq(at, scope) && (is_function(type) || is_class(type))) {
      // A function's parameters and its own name (a named expression or class binds it inside).
      TSNode params = child_by_field(at, "parameters");
      if (ts_node_is_null(params)) params = child_by_field(at, "parameter");
      if (!ts_node_is_null(params)) names_in(params, src_, out);
      TSNode name = child_by_field(at, "name");
      if (!ts_node_is_null(name)) out.insert(identifier_name(node_text(name, src_)));
    }
    if (type == "call_expression" && callee_name(at, src_) == "eval") {
      out.insert("*");  // a direct eval may declare any name (sloppy code)
    }
    if (is_class(type)) out.insert("#");  // its private names
    if (type == "variable_declarator") {
      names_in(child_by_field(at, "name"), src_, out);
    } else if (type == "catch_clause") {
      TSNode parameter = child_by_field(at, "parameter");
      if (!ts_node_is_null(parameter)) names_in(parameter, src_, out);
    } else if (type == "for_in_statement") {
      names_in(child_by_field(at, "left"), src_, out);
    }
    for (uint32_t i = 0; i < ts_node_named_child_count(at); ++i) stack.push_back(ts_node_named_child(at, i));
  }
  return out;
}

bool SharedGenerators::shareable(TSNode fn, bool once) {
  std::set<std::string> used;
  names_in(fn, src_, used);
  // (a function made once per run of the file: one evaluation of any class around it)
  if (once) used.erase("#");
  bool generator = node_type(fn).starts_with("generator") || !ts_node_is_null(find_token(fn, "*"));
  // (`yield` as a name in sloppy code: the lowering renames it)
  if (!generator && mentions(node_text(fn, src_), "yield")) return false;
  if (used.contains("eval") || used.contains("arguments") || used.contains("*")) return false;
  // In a derived constructor, `this` is read through an arrow of the outer body.
  if (used.contains("this")) {
    for (TSNode p = ts_node_parent(fn); !ts_node_is_null(p); p = ts_node_parent(p)) {
      if (is_derived_constructor(p, src_)) return false;
    }
  }
  for (TSNode p = ts_node_parent(fn); !ts_node_is_null(p) && node_type(p) != "program"; p = ts_node_parent(p)) {
    if (node_type(p) == "with_statement") return false;  // any name may come from its object
    if (!is_scope(node_type(p))) continue;
    const std::set<std::string>& declared = declared_in(p);
    if (declared.contains("*")) return false;
    for (const std::string& name : used) {
      if (declared.contains(name)) return false;
    }
  }
  return true;
}

}  // namespace a2g
