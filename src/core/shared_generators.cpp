#include "core/shared_generators.hpp"

#include <algorithm>
#include <set>

#include "core/parse.hpp"

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

// Code in these runs more than once per run of the file.
bool is_repeating(std::string_view type) {
  return is_function(type) || type == "field_definition" || type == "class_static_block" || type == "for_statement" ||
         type == "for_in_statement" || type == "while_statement" || type == "do_statement";
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

// The name a node uses, as names_in counts it: identifiers and shorthand properties; a private
// name (`#x`) counts as `#` (it belongs to one evaluation of its class); what the lowering reads
// through arrows of an outer body (`__async_arguments`, `__async_new_target`, `__async_super_get`,
// `__async_this`) as `*` and `this`: per function object.
std::optional<std::string> used_name(TSNode n, std::string_view type, std::string_view src) {
  if (is_name(type)) return identifier_name(node_text(n, src));
  if (type == "private_property_identifier") return "#";
  if (type == "meta_property" || type == "super") return "*";
  if (type == "this") return "this";
  return std::nullopt;
}

// Every name in `n` (nested functions included).
void names_in(TSNode n, std::string_view src, std::set<std::string>& out) {
  if (ts_node_is_null(n)) return;
  walk_tree(
      n,
      [&](TSNode at, int32_t) {
        if (!ts_node_is_named(at)) return;
        if (auto name = used_name(at, node_type(at), src)) out.insert(std::move(*name));
      },
      [](TSNode) {});
}

TSNode parameters_of(TSNode fn) {
  TSNode params = child_by_field(fn, "parameters");
  return ts_node_is_null(params) ? child_by_field(fn, "parameter") : params;
}

}  // namespace

// A region: a function or class, or a scope of the program's own code (outside functions and
// classes) with no scope around it.
bool SharedGenerators::is_region(TSNode, std::string_view type) const {
  return is_function(type) || is_class(type) || (is_scope(type) && regions_.empty());
}

SharedGenerators::SharedGenerators(std::string_view src, TSNode root, Words& words) : src_(src), words_(words) {
  // What each region declares: its parameters and own name, its declarations (also in blocks), the
  // names of the functions and classes declared in it, `*` for a direct eval, `#` for a class.
  std::vector<std::set<std::string>> open;
  walk_tree(
      root,
      [&](TSNode at, int32_t) {
        std::string_view type = node_type(at);
        std::set<std::string>* region = open.empty() ? nullptr : &open.back();
        if (region && (is_function(type) || is_class(type))) {
          TSNode name = child_by_field(at, "name");
          if (!ts_node_is_null(name) && (type == "function_declaration" || type == "generator_function_declaration" ||
                                         type == "class_declaration")) {
            region->insert(identifier_name(node_text(name, src_)));
          }
        }
        if (is_region(at, type)) {
          regions_.emplace_back().node = at;
          region = &open.emplace_back();
          if (is_function(type) || is_class(type)) {
            names_in(parameters_of(at), src_, *region);
            TSNode name = child_by_field(at, "name");
            if (!ts_node_is_null(name)) region->insert(identifier_name(node_text(name, src_)));
          }
          if (is_class(type)) region->insert("#");
        }
        if (!region) return;
        if (type == "call_expression" && callee_name(at, src_) == "eval") {
          region->insert("*");
        } else if (type == "variable_declarator") {
          names_in(child_by_field(at, "name"), src_, *region);
        } else if (type == "catch_clause") {
          names_in(child_by_field(at, "parameter"), src_, *region);
        } else if (type == "for_in_statement") {
          names_in(child_by_field(at, "left"), src_, *region);
        }
      },
      [&](TSNode at) {
        if (regions_.empty() || !ts_node_eq(regions_.back().node, at)) return;
        regions_.pop_back();
        if (!open.back().empty()) declared_[at.id].assign(open.back().begin(), open.back().end());
        open.pop_back();
      });
}

const std::vector<std::string>* SharedGenerators::declared(TSNode region) const {
  auto found = declared_.find(region.id);
  return found == declared_.end() ? nullptr : &found->second;
}

void SharedGenerators::use(const std::string& name) {
  if (regions_.empty()) return;
  Region& here = regions_.back();
  if (name == "eval" || name == "arguments" || name == "*") here.bad = true;
  auto found = declaring_.find(name);
  int32_t outermost = found == declaring_.end() || found->second.empty() ? none : found->second.front();
  // In a derived constructor, `this` is read through an arrow of the outer body.
  if (name == "this" && !derived_constructors_.empty()) outermost = std::min(outermost, derived_constructors_.front());
  int32_t& low = name == "#" ? here.low_private : here.low;
  low = std::min(low, outermost);
}

void SharedGenerators::enter(TSNode n, const NodePath& path) {
  std::string_view type = node_type(n);
  if (is_region(n, type)) {
    Region region;
    region.node = n;
    region.function = is_function(type);
    region.once = repeating_ == 0;
    region.generator = type.starts_with("generator") || !ts_node_is_null(find_token(n, "*"));
    // (a `with` around it: any name may come from its object; a direct eval around it: any name
    // may be declared)
    region.unshareable = !withs_.empty() || !anything_.empty();
    auto position = static_cast<int32_t>(regions_.size());
    if (const std::vector<std::string>* names = declared(n)) {
      for (const std::string& name : *names) {
        if (name == "*") {
          anything_.push_back(position);
        } else {
          declaring_[name].push_back(position);
        }
      }
    }
    if (type == "method_definition" && is_derived_constructor(n, src_, path.parent(path.parent(n)))) {
      derived_constructors_.push_back(position);
    }
    regions_.push_back(region);
  }
  if (is_repeating(type)) {
    repeating_nodes_.push_back(n);
    ++repeating_;
  }
  if (type == "with_statement") withs_.push_back(n);
  if (ts_node_is_named(n)) {
    if (auto name = used_name(n, type, src_)) use(*name);
  }
}

std::optional<bool> SharedGenerators::leave(TSNode n) {
  if (!withs_.empty() && ts_node_eq(withs_.back(), n)) withs_.pop_back();
  if (!repeating_nodes_.empty() && ts_node_eq(repeating_nodes_.back(), n)) {
    repeating_nodes_.pop_back();
    --repeating_;
  }
  if (regions_.empty() || !ts_node_eq(regions_.back().node, n)) return std::nullopt;
  auto position = static_cast<int32_t>(regions_.size() - 1);
  Region closed = regions_.back();
  regions_.pop_back();
  if (const std::vector<std::string>* names = declared(n)) {
    for (const std::string& name : *names) {
      if (name == "*") {
        anything_.pop_back();
      } else {
        declaring_[name].pop_back();
      }
    }
  }
  if (!derived_constructors_.empty() && derived_constructors_.back() == position) derived_constructors_.pop_back();
  if (!regions_.empty()) {
    Region& outer = regions_.back();
    outer.bad |= closed.bad;
    outer.low = std::min(outer.low, closed.low);
    outer.low_private = std::min(outer.low_private, closed.low_private);
  }
  if (!closed.function) return std::nullopt;
  // (`yield` as a name in sloppy code: the lowering renames it)
  bool yield_name = !closed.generator && words_.mentions(node_begin(n), ts_node_end_byte(n), "yield");
  bool shareable = !closed.unshareable && !closed.bad && !yield_name && closed.low >= position &&
                   (closed.once || closed.low_private >= position);
  return shareable;
}

}  // namespace a2g
