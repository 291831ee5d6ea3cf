// The name a lowered function's generator carries, so that stack traces name its frames as they
// name the original function's (V8 names a frame after the function's `name`, else after the name
// its parser infers, and adds the receiver's class: `K.m`):
//   class K { async m() {...} }   =>  ... __async(this, arguments, {m: function* () {...}}.m) ...
//   o.x = async () => {...}       =>  ... __async(void 0, [], {"o.x": function* () {...}}["o.x"]) ...
//   f(async () => {...})          =>  ... __async_g<hash>_1 || (__async_g<hash>_1 = (() => function* () {...})())
// A property key names the function without a binding its body could see (a named function
// expression would shadow); nothing runs (the object is fresh, the key its own data property),
// and it works on every engine with no call at run time (defining `name` would fail on Rhino and
// leave V8's `.next` frame and inferred name as they were). An anonymous generator that a
// file-level variable keeps is made inside an arrow, so that neither the assignment nor V8's
// name inference names it after the variable. The generators of declarations keep their own name.
#include <string>

#include "core/analysis.hpp"
#include "core/lower.hpp"
#include "core/parse.hpp"
#include "core/source.hpp"

namespace a2g {
namespace {

// Words that ES3 engines refuse as `o.word`: written `o["word"]` instead.
bool reserved(std::string_view word) {
  static constexpr std::string_view words[] = {
      "break",  "case",  "catch",  "class",   "const",      "continue", "debugger", "default", "delete",
      "do",     "else",  "enum",   "export",  "extends",    "false",    "finally",  "for",     "function",
      "if",     "import", "in",    "instanceof", "new",     "null",     "return",   "super",   "switch",
      "this",   "throw", "true",   "try",     "typeof",     "var",      "void",     "while",   "with"};
  for (std::string_view w : words) {
    if (w == word) return true;
  }
  return false;
}

bool plain_identifier(std::string_view text) {
  if (text.empty() || (text[0] >= '0' && text[0] <= '9')) return false;
  for (char c : text) {
    if (!is_identifier_char(c) || static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return !reserved(text);
}

// The name V8 infers for a function assigned to `target` (`o.x`, `Foo.prototype.bar` => `Foo.bar`,
// `this.y` => `y`, `o["s"]` => `o.s`); empty when it is no such chain.
std::string member_name(TSNode target, std::string_view src) {
  std::string_view type = node_type(target);
  if (type == "identifier") return identifier_name(node_text(target, src));
  if (type == "this") return "";
  std::string object;
  std::string property;
  if (type == "member_expression") {
    TSNode p = child_by_field(target, "property");
    if (node_type(p) != "property_identifier") return "";
    property = identifier_name(node_text(p, src));
  } else if (type == "subscript_expression") {
    TSNode index = child_by_field(target, "index");
    std::string_view text = node_type(index) == "string" ? node_text(index, src) : "";
    if (text.size() < 2 || text.find('\\') != std::string_view::npos) return "";
    property = std::string(text.substr(1, text.size() - 2));
  } else {
    return "";
  }
  TSNode inner = child_by_field(target, "object");
  std::string_view inner_type = node_type(inner);
  if (inner_type != "this" && inner_type != "identifier" && inner_type != "member_expression" &&
      inner_type != "subscript_expression") {
    return "";
  }
  object = member_name(inner, src);
  if (object.empty() && inner_type != "this") return "";
  if (property == "prototype") return object;
  return object.empty() ? property : object + "." + property;
}

// `o.x = async () => {}`: the member the function is assigned to, as V8 names the function.
std::string assigned_member_name(const AsyncFunction& f, std::string_view src) {
  TSNode parent = f.naming.assignment;
  if (ts_node_is_null(parent)) return "";
  TSNode left = child_by_field(parent, "left");
  std::string_view type = node_type(left);
  if (type != "member_expression" && type != "subscript_expression") return "";
  std::string name = member_name(left, src);
  return name.empty() || plain_identifier(name) ? name : js::string(name);
}

// The key that names the generator, as written (`m`, `'a b'`, `1e3`, `"#m"`, `"o.x"`); empty for
// an anonymous function, or one whose name is only known at run time (a computed key).
std::string frame_key(const AsyncFunction& f, std::string_view src) {
  switch (f.kind) {
    case FunctionKind::method: {
      TSNode name = child_by_field(f.node, "name");
      std::string_view type = node_type(name);
      if (type == "private_property_identifier") return js::string(node_text(name, src));
      if (type == "property_identifier" || type == "string" || type == "number") return std::string(node_text(name, src));
      return "";
    }
    case FunctionKind::declaration:
      return f.naming.own.empty() ? js::string("default") : std::string(f.naming.own);
    case FunctionKind::expression:
      if (!f.naming.own.empty()) return std::string(f.naming.own);
      [[fallthrough]];
    case FunctionKind::arrow:
      if (f.naming.key && *f.naming.key != js::string("")) {
        const std::string& key = *f.naming.key;
        return key[0] == '#' ? js::string(key) : key;
      }
      return assigned_member_name(f, src);  // (V8 infers it where the name is "")
  }
  return "";
}

// Keys that cannot name the generator: `__proto__` sets the prototype of the object literal, and
// a string with a line continuation would add a line (strings with escapes are left out whole).
bool usable(std::string_view key) {
  if (key.find_first_of("\r\n") != std::string_view::npos || key.find("\xE2\x80\xA8") != std::string_view::npos ||
      key.find("\xE2\x80\xA9") != std::string_view::npos) {
    return false;
  }
  if (key[0] == '"' || key[0] == '\'') return key.find('\\') == std::string_view::npos && key.substr(1, key.size() - 2) != "__proto__";
  return identifier_name(key) != "__proto__";
}

}  // namespace

GeneratorWrap name_generator(const AsyncFunction& f, bool cached, std::string_view src) {
  std::string key = frame_key(f, src);
  if (key.empty() || key == "''" || key == "\"\"" || !usable(key)) {
    if (cached) return {"(() => ", ")()", false};
    return {};
  }
  if (plain_identifier(key)) return {"{" + key + ": ", "}." + key, true};
  std::string literal = js::key(key);
  return {"{" + literal + ": ", "}[" + literal + "]", true};
}

}  // namespace a2g
