// Async methods and their holders (MethodHolder): the object literals and classes that fix
// them up once they exist. An async method becomes an instance of %AsyncFunction%, an async
// generator method gets its own `prototype`, through its holder: an object literal, a class
// declaration or a named class expression. Private methods, and methods of anonymous class
// expressions (wrapping those would lose their inferred name), are left as they are (async
// generator ones share one prototype).
#include "core/analysis.hpp"
#include "core/parse.hpp"
#include "core/source.hpp"

namespace a2g {
namespace {

// Whether a class body has a static member (method, accessor or field) with this name.
bool has_static_member_named(TSNode body, std::string_view name, std::string_view src) {
  for (TSNode member : named_children(body)) {
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
  for (TSNode member : named_children(body)) {
    std::string_view type = node_type(member);
    if (type == "class_static_block" || type == "field_definition") return true;
    TSNode name = child_by_field(member, "name");
    if (type == "method_definition" && node_type(name) == "private_property_identifier") return true;
  }
  return false;
}

// An object literal method can be `KEY: __async_function(function* ...)`: no super, no
// arguments.callee, and not the key `__proto__` (as a property it would set the prototype).
bool can_be_property(const AsyncFunction& f, std::string_view src) {
  std::string_view key = node_text(child_by_field(f.method.object_method, "name"), src);
  return !f.captures.super_get && !f.captures.super_set && !f.captures.super_update && !f.captures.callee &&
         key != "__proto__" && key != "\"__proto__\"" && key != "'__proto__'";
}

// The holder of method `n` as a new MethodHolder (its node, what kind of holder it is), or
// nullopt when its methods are left as they are.
std::optional<MethodHolder> describe_holder(TSNode n, const AsyncFunction& f, Analysis& a) {
  MethodHolder h;
  h.node = a.parent(n);
  h.depth = f.depth - 1;
  if (node_type(h.node) == "object") return h;
  if (node_type(h.node) != "class_body") return std::nullopt;
  TSNode body = h.node;
  h.node = a.parent(body);
  TSNode class_name = child_by_field(h.node, "name");
  if (uses_class_fields(body)) h.static_init_body = body;
  if (ts_node_is_null(class_name) && ts_node_is_null(h.static_init_body)) {
    // An anonymous class expression is wrapped: it is given back the name it gets where it
    // stands (unless a static member `name` makes that moot), or stays as it is.
    bool exported = node_type(a.parent(h.node)) == "export_statement";  // export default class {}
    auto key = exported ? std::optional<std::string>("default") : inferred_name_key(h.node, a);
    if (!key) return std::nullopt;
    if (!has_static_member_named(body, "name", a.src) && *key != "\"\"") h.class_name_key = *key;
  }
  h.depth = f.depth - 2;
  h.is_class = true;
  h.is_declaration = node_type(h.node) == "class_declaration";
  h.default_export = node_type(a.parent(h.node)) == "export_statement";
  if (!ts_node_is_null(class_name)) h.class_name = node_text(class_name, a.src);
  return h;
}

void register_method(TSNode n, AsyncFunction& f, Analysis& a) {
  TSNode name = child_by_field(n, "name");
  bool is_private = !ts_node_is_null(name) && node_type(name) == "private_property_identifier";
  // (a private method cannot be replaced by a wrapper: private async generator methods keep the
  // file's shared prototype)
  if (ts_node_is_null(name) || (is_private && f.generator)) return;
  // (a holder is described once: describe_holder reads the whole class body)
  TSNode holder_node = a.parent(n);
  if (node_type(holder_node) == "class_body") holder_node = a.parent(holder_node);
  MethodHolder* seen = nullptr;
  if (auto at = a.holder_index.find(holder_node.id); at != a.holder_index.end()) {
    seen = &a.facts.method_holders[at->second];
  } else if (a.not_holders.contains(holder_node.id)) {
    return;
  }
  if (!seen) {
    std::optional<MethodHolder> holder = describe_holder(n, f, a);
    if (!holder) {
      a.not_holders.insert(holder_node.id);
      return;
    }
    seen = &known_holder(std::move(*holder), a);
  }
  f.method.is_static = !ts_node_is_null(find_token(n, "static"));
  MethodHolder& known = *seen;
  // A private method is reached through `this` in the class's own fix-ups.
  if (is_private) {
    std::string_view own = node_text(name, a.src);
    if (f.method.is_static) {
      known.listed.push_back({std::string(own), method_private});
    } else {
      known.private_instance.emplace_back(own);
    }
    return;
  }
  // A computed key is noted as it is evaluated; a key written out is listed by the holder.
  if (node_type(name) == "computed_property_name") {
    f.method.noted_key = name;
    ++known.count;
    return;
  }
  f.method.listed = static_cast<int>(known.listed.size());
  known.listed.push_back({std::string(node_text(name, a.src)), method_flags(f.method.is_static, f.generator)});
}

}  // namespace

MethodHolder& known_holder(MethodHolder h, Analysis& a) {
  auto [at, added] = a.holder_index.try_emplace(h.node.id, a.facts.method_holders.size());
  if (!added) return a.facts.method_holders[at->second];
  return a.facts.method_holders.emplace_back(std::move(h));
}

void note_method(TSNode n, AsyncFunction& f, Analysis& a) {
  // --assume plain-functions: an async method stays a method, as it is lowered, with no fix-up.
  if (a.plain_functions && !f.generator) return;
  // An object literal's method becomes a property whose value the runtime makes, unless it uses
  // super (it needs its home object) or sloppy arguments.callee: settled when its scope closes.
  if (node_type(a.parent(n)) == "object") {
    f.method.object_method = n;
    return;
  }
  register_method(n, f, a);
}

void settle_object_method(AsyncFunction& f, Analysis& a) {
  if (can_be_property(f, a.src)) {
    f.method.as_property = true;
  } else {
    register_method(f.method.object_method, f, a);
  }
}

}  // namespace a2g
