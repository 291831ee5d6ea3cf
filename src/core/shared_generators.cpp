#include "core/shared_generators.hpp"

#include <algorithm>
#include <cassert>
#include <cstring>

#include "core/parse.hpp"

namespace a2g {
namespace {

// What the analysis asks of a node's type, as bits: one table by grammar symbol, made once from
// the symbol names (a type's checks were chains of string comparisons, made for every node).
enum Kind : NodeKind {
  function_kind = 1u << 0,        // function_declaration ... method_definition
  class_kind = 1u << 1,           // class_declaration, class
  scope_kind = 1u << 2,           // can hold bindings of its own (functions and classes too)
  repeating_kind = 1u << 3,       // code in it runs more than once per run of the file
  name_kind = 1u << 4,            // identifier, shorthand property (pattern), undefined
  declaration_kind = 1u << 5,     // function_declaration, generator_function_declaration, class_declaration
  generator_type_kind = 1u << 6,  // a type that starts with "generator"
  method_kind = 1u << 7,
  call_kind = 1u << 8,
  variable_declarator_kind = 1u << 9,
  catch_kind = 1u << 10,
  for_in_kind = 1u << 11,
  with_kind = 1u << 12,
  private_kind = 1u << 13,    // private_property_identifier: the name `#`
  per_object_kind = 1u << 14,  // meta_property, super: the name `*`
  this_kind = 1u << 15,        // this: the name `this`
  uses_name_kind = name_kind | private_kind | per_object_kind | this_kind,
};

NodeKind classify(std::string_view type) {
  NodeKind k = 0;
  if (type == "function_declaration" || type == "function_expression" || type == "generator_function" ||
      type == "generator_function_declaration" || type == "arrow_function" || type == "method_definition") {
    k |= function_kind | scope_kind | repeating_kind;
  }
  if (type == "class_declaration" || type == "class") k |= class_kind | scope_kind;
  if (type == "statement_block" || type == "for_statement" || type == "for_in_statement" || type == "catch_clause" ||
      type == "switch_statement" || type == "class_static_block") {
    k |= scope_kind;
  }
  if (type == "field_definition" || type == "class_static_block" || type == "for_statement" ||
      type == "for_in_statement" || type == "while_statement" || type == "do_statement") {
    k |= repeating_kind;
  }
  if (type == "identifier" || type == "shorthand_property_identifier" ||
      type == "shorthand_property_identifier_pattern" || type == "undefined") {
    k |= name_kind;
  }
  if (type == "function_declaration" || type == "generator_function_declaration" || type == "class_declaration") {
    k |= declaration_kind;
  }
  if (type.starts_with("generator")) k |= generator_type_kind;
  if (type == "method_definition") k |= method_kind;
  if (type == "call_expression") k |= call_kind;
  if (type == "variable_declarator") k |= variable_declarator_kind;
  if (type == "catch_clause") k |= catch_kind;
  if (type == "for_in_statement") k |= for_in_kind;
  if (type == "with_statement") k |= with_kind;
  if (type == "private_property_identifier") k |= private_kind;
  if (type == "meta_property" || type == "super") k |= per_object_kind;
  if (type == "this") k |= this_kind;
  return k;
}

const std::vector<NodeKind>& kinds_by_symbol() {
  static const std::vector<NodeKind> kinds = [] {
    std::vector<NodeKind> k(symbol_names.size());
    for (size_t s = 0; s < k.size(); ++s) k[s] = classify(symbol_names[s]);
    return k;
  }();
  return kinds;
}

// (ts_node_eq, inline: asked of every node)
inline bool same(TSNode a, TSNode b) { return a.id == b.id && a.tree == b.tree; }

// The fields the walk at construction asks for, by id (child_by_field finds the id by its name).
struct Fields {
  TSFieldId function, name, parameters, parameter, left;
  explicit Fields(const TSLanguage* language) {
    auto id = [&](std::string_view field) {
      return ts_language_field_id_for_name(language, field.data(), static_cast<uint32_t>(field.size()));
    };
    function = id("function");
    name = id("name");
    parameters = id("parameters");
    parameter = id("parameter");
    left = id("left");
  }
};

const Fields& fields_of(TSNode root) {
  static const Fields fields(ts_tree_language(root.tree));  // (one grammar)
  return fields;
}

// The names numbered first (see used_name).
enum : int32_t { per_object_name, private_name, this_name, eval_name, arguments_name };

// Whether a call may call `eval`, from the first byte of its text, which begins its callee: the
// identifier (`e`, or an escape), a parenthesis around it, or a comment (`//`, `/*`, `<!--`, `-->`,
// `#!`): a filter, most calls are asked nothing more.
bool may_call_eval(TSNode call, std::string_view src) {
  uint32_t begin = node_begin(call);
  if (begin >= src.size()) return false;
  char c = src[begin];
  return c == 'e' || c == '\\' || c == '(' || c == '/' || c == '<' || c == '-' || c == '#';
}

// A name's hash: FNV-1a, byte after byte (names are short), its high bits folded into the low ones
// that pick a slot.
constexpr uint64_t hash_basis = 0xcbf29ce484222325ull;
inline uint64_t hash_step(uint64_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull; }
inline uint64_t hash_end(uint64_t h) { return h ^ (h >> 32); }

uint64_t hash_name(std::string_view name) {
  uint64_t h = hash_basis;
  for (char c : name) h = hash_step(h, c);
  return hash_end(h);
}

bool same_bytes(const char* a, const char* b, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// Whether a call calls an identifier `eval`, without parentheses: `(eval)(x)` is a direct eval too.
bool calls_eval(TSNode call, std::string_view src, const Fields& fields) {
  if (!may_call_eval(call, src)) return false;
  TSNode callee = ts_node_child_by_field_id(call, fields.function);
  while (node_type(callee) == "parenthesized_expression" && ts_node_named_child_count(callee) == 1) {
    callee = ts_node_named_child(callee, 0);
  }
  return node_type(callee) == "identifier" && identifier_is(node_text(callee, src), "eval");
}

TSNode parameters_of(TSNode fn, const Fields& fields) {
  TSNode params = ts_node_child_by_field_id(fn, fields.parameters);
  return ts_node_is_null(params) ? ts_node_child_by_field_id(fn, fields.parameter) : params;
}

// Whether a method is a generator (`*m() {}`): a `*` token stands among its children before its
// name. (Most methods have no `*` in their text before the name: then no token is sought.)
bool is_generator_method(TSNode method, std::string_view src) {
  TSNode name = child_by_field(method, "name");
  if (!ts_node_is_null(name) &&
      src.substr(node_begin(method), node_begin(name) - node_begin(method)).find('*') == std::string_view::npos) {
    return false;
  }
  return !ts_node_is_null(find_token(method, "*"));
}

// A region: a function or class, or a scope of the program's own code (outside functions and
// classes) with no scope around it.
bool is_region(NodeKind kind, bool in_region) {
  return (kind & (function_kind | class_kind)) || ((kind & scope_kind) && !in_region);
}

}  // namespace

NodeKind SharedGenerators::classify_node(TSNode n) { return classify(node_type(n)); }

NameTable::NameTable() : slots_(64) {}

size_t NameTable::slot_of(std::string_view name, uint64_t hash) const {
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.id == absent || (s.size == name.size() && same_bytes(s.data, name.data(), name.size()))) return i;
  }
}

int32_t NameTable::find(std::string_view name) const { return slots_[slot_of(name, hash_name(name))].id; }

int32_t NameTable::add(std::string_view name) { return add(name, hash_name(name)); }

int32_t NameTable::add(std::string_view name, uint64_t hash) {
  size_t at = slot_of(name, hash);
  if (slots_[at].id != absent) return slots_[at].id;
  if (2 * (count_ + 1) > slots_.size()) {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.id == absent) continue;
      std::string_view kept(s.data, s.size);
      slots_[slot_of(kept, hash_name(kept))] = s;
    }
    at = slot_of(name, hash);
  }
  slots_[at] = {name.data(), static_cast<uint32_t>(name.size()), static_cast<int32_t>(count_)};
  return static_cast<int32_t>(count_++);
}

int32_t NameTable::add_spelled(std::string_view text) {
  if (text.find('\\') == std::string_view::npos) return add(text);  // (no escape: most names)
  std::string name = identifier_name(text);
  int32_t id = find(name);
  return id != absent ? id : add(decoded_.emplace_back(std::move(name)));
}

int32_t NameTable::find_spelled(std::string_view text) const {
  // (the hash and the search for `\` in one pass: most names have no escape)
  uint64_t h = hash_basis;
  bool escaped = false;
  for (char c : text) {
    h = hash_step(h, c);
    escaped |= c == '\\';
  }
  if (escaped) return find(identifier_name(text));
  return slots_[slot_of(text, hash_end(h))].id;
}

// The name a node uses, as the walk at construction counts it: identifiers and shorthand
// properties; a private name (`#x`) counts as `#` (it belongs to one evaluation of its class); what
// the lowering reads through arrows of an outer body (`__async_arguments`, `__async_new_target`,
// `__async_super_get`, `__async_this`) as `*` and `this`: per function object. (`add`: number it
// if new, else NameTable::absent for a name not numbered: one that no region declares.)
int32_t SharedGenerators::used_name(TSNode n, NodeKind kind, bool add) {
  if (!(kind & uses_name_kind) || !ts_node_is_named(n)) return NameTable::absent;
  if (kind & name_kind) {
    std::string_view text = node_text(n, src_);
    return add ? names_table_.add_spelled(text) : names_table_.find_spelled(text);
  }
  if (kind & private_kind) return private_name;
  if (kind & per_object_kind) return per_object_name;
  return this_name;
}

SharedGenerators::SharedGenerators(std::string_view src, TSNode root, Words& words)
    : kinds_(kinds_by_symbol()),
      entered_kinds_(function_kind | class_kind | scope_kind | repeating_kind | with_kind | uses_name_kind),
      src_(src),
      words_(words) {
  for (std::string_view special : {"*", "#", "this", "eval", "arguments"}) names_table_.add(special);
  const Fields& fields = fields_of(root);
  // What each region declares: its parameters and own name, its declarations (also in blocks), the
  // names of the functions and classes declared in it, `*` for a direct eval, `#` for a class.
  struct Open {
    int32_t depth;
    uint32_t declared;          // in declared_
    std::vector<int32_t> names;  // (kept for its capacity when closed)
  };
  std::vector<Open> open;  // the regions entered and not left: open[0, open_count)
  size_t open_count = 0;
  // Every name in some nodes (nested functions included) goes to a region: the parameters of a
  // function, the pattern of a declarator, a catch parameter, the left of a for-in. Such a node is
  // a child of the node that asks for it, met later in the walk, before anything asked after it.
  struct Collect {
    TSNode node;
    size_t region;  // in open
    int32_t depth;
  };
  std::vector<Collect> asked;       // not reached yet, innermost last
  std::vector<Collect> collecting;  // entered, not left
  auto ask = [&](TSNode n, size_t region) {
    if (!ts_node_is_null(n)) asked.push_back({n, region, 0});
  };
  auto close_region = [&] {
    Open& region = open[--open_count];
    Declared& d = declared_[region.declared];
    d.begin = static_cast<uint32_t>(names_.size());
    names_.insert(names_.end(), region.names.begin(), region.names.end());
    d.end = static_cast<uint32_t>(names_.size());
  };
  // (a node of a kind that asks for nothing, that no one asked for and whose name no one collects
  // needs nothing: the most common case, kept out of the rest)
  constexpr NodeKind gathered =
      function_kind | class_kind | scope_kind | call_kind | variable_declarator_kind | catch_kind | for_in_kind;
  auto gather = [&](TSNode at, int32_t depth, NodeKind kind) __attribute__((noinline)) {
    if (!asked.empty() && same(asked.back().node, at)) {
      collecting.push_back({at, asked.back().region, depth});
      asked.pop_back();
    }
    if (!collecting.empty() && (kind & uses_name_kind)) {
      int32_t name = used_name(at, kind, true);
      if (name != NameTable::absent) {
        for (const Collect& c : collecting) open[c.region].names.push_back(name);
      }
    }
    if (!kind) return;
    if (is_region(kind, open_count > 0)) {
      int32_t name = NameTable::absent;
      if (kind & (function_kind | class_kind)) {
        TSNode name_node = ts_node_child_by_field_id(at, fields.name);
        if (!ts_node_is_null(name_node)) name = names_table_.add_spelled(node_text(name_node, src_));
      }
      // (a declaration's name is declared in the region around it too)
      if (open_count > 0 && (kind & declaration_kind) && name != NameTable::absent) {
        open[open_count - 1].names.push_back(name);
      }
      declared_.push_back({at, 0, 0});
      if (open.size() == open_count) open.emplace_back();
      Open& region = open[open_count++];
      region.depth = depth;
      region.declared = static_cast<uint32_t>(declared_.size() - 1);
      region.names.clear();
      if (kind & (function_kind | class_kind)) {
        ask(parameters_of(at, fields), open_count - 1);
        if (name != NameTable::absent) region.names.push_back(name);
      }
      if (kind & class_kind) region.names.push_back(private_name);
    }
    if (open_count == 0) return;
    size_t region = open_count - 1;
    if (kind & call_kind) {
      if (calls_eval(at, src_, fields)) open[region].names.push_back(per_object_name);
    } else if (kind & variable_declarator_kind) {
      ask(ts_node_child_by_field_id(at, fields.name), region);
    } else if (kind & catch_kind) {
      ask(ts_node_child_by_field_id(at, fields.parameter), region);
    } else if (kind & for_in_kind) {
      ask(ts_node_child_by_field_id(at, fields.left), region);
    }
  };
  // (nodes are left by depth: a node at depth d comes after all the nodes at depth d or more
  // before it are left; the walk's leave() is not needed. `deepest`: no open region or collected
  // node is deeper.)
  int32_t deepest = -1;
  walk_tree(
      root,
      [&](TSNode at, int32_t depth) __attribute__((always_inline)) {
        if (depth <= deepest) {
          while (!collecting.empty() && collecting.back().depth >= depth) collecting.pop_back();
          while (open_count > 0 && open[open_count - 1].depth >= depth) close_region();
          deepest = std::max(collecting.empty() ? -1 : collecting.back().depth,
                             open_count == 0 ? -1 : open[open_count - 1].depth);
        }
        NodeKind kind = kind_of(at);
        if ((kind & gathered) || (!asked.empty() && same(asked.back().node, at)) ||
            (!collecting.empty() && (kind & uses_name_kind))) {
          gather(at, depth, kind);
          deepest = depth;  // (at most: it may have opened a region or begun collecting here)
        }
      },
      [](TSNode) {});
  while (open_count > 0) close_region();
  assert(asked.empty());
  outermost_.assign(names_table_.size(), none);
  declaring_.assign(names_table_.size(), 0);
}

// (`name`: numbered)
void SharedGenerators::use(int32_t name) {
  if (regions_.empty()) return;
  Region& here = regions_.back();
  if (name == eval_name || name == arguments_name || name == per_object_name) here.bad = true;
  int32_t outermost = outermost_[name];
  // In a derived constructor, `this` is read through an arrow of the outer body.
  if (name == this_name && !derived_constructors_.empty()) outermost = std::min(outermost, derived_constructors_.front());
  int32_t& low = name == private_name ? here.low_private : here.low;
  low = std::min(low, outermost);
}

void SharedGenerators::enter_kind(TSNode n, NodeKind kind, const NodePath& path) {
  bool kept = false;
  if (is_region(kind, !regions_.empty())) {
    Region region;
    region.node = n;
    region.function = kind & function_kind;
    region.once = repeating_ == 0;
    region.generator = (kind & generator_type_kind) || ((kind & method_kind) && is_generator_method(n, src_));
    // (a `with` around it: any name may come from its object; a direct eval around it: any name
    // may be declared)
    region.unshareable = !withs_.empty() || !anything_.empty();
    auto position = static_cast<int32_t>(regions_.size());
    region.declared = entered_++;
    assert(region.declared < declared_.size() && same(declared_[region.declared].node, n));
    const Declared& d = declared_[region.declared];
    for (uint32_t i = d.begin; i < d.end; ++i) {
      int32_t name = names_[i];
      if (name == per_object_name) {
        anything_.push_back(position);
      } else if (declaring_[name]++ == 0) {
        outermost_[name] = position;
      }
    }
    if ((kind & method_kind) && is_derived_constructor(n, src_, path.parent(path.parent(n)))) {
      derived_constructors_.push_back(position);
    }
    regions_.push_back(region);
    kept = true;
  }
  if (kind & repeating_kind) {
    repeating_nodes_.push_back(n);
    ++repeating_;
    kept = true;
  }
  if (kind & with_kind) {
    withs_.push_back(n);
    kept = true;
  }
  if (kept) kept_.push_back(n.id);
  if (kind & uses_name_kind) {
    // (a name that no region declares changes nothing)
    int32_t name = used_name(n, kind, false);
    if (name != NameTable::absent) use(name);
  }
}

std::optional<bool> SharedGenerators::leave_kept(TSNode n) {
  if (!withs_.empty() && same(withs_.back(), n)) withs_.pop_back();
  if (!repeating_nodes_.empty() && same(repeating_nodes_.back(), n)) {
    repeating_nodes_.pop_back();
    --repeating_;
  }
  if (regions_.empty() || !same(regions_.back().node, n)) return std::nullopt;
  auto position = static_cast<int32_t>(regions_.size() - 1);
  Region closed = regions_.back();
  regions_.pop_back();
  const Declared& d = declared_[closed.declared];
  for (uint32_t i = d.begin; i < d.end; ++i) {
    int32_t name = names_[i];
    if (name == per_object_name) {
      anything_.pop_back();
    } else if (--declaring_[name] == 0) {
      outermost_[name] = none;
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
