// Lowering of async function expressions and async generator expressions: the runtime makes the
// function object from the body's generator, created once where the expression stands:
//   async function (a) { body }      =>  __async_function(function* (a) { body }, 0, "x")
//   async function* (a) { body }     =>  __async_generator_function(function* (a) { body }, 0, "x")
//   async function g(a) { g }        =>  ((g) => g = __async_function(function* (a) { g }, 0, "g"))()
//   { [k]: async function () {} }    =>  { [__async_key(k)]: __async_function(function* () {}, 0, __async_key_name()) }
// "x" is the name the expression gets where it stands (`const x = ...`), omitted when the
// generator keeps its own. The generator itself is named too, for stack traces
// (`{x: function* (a) { body }}.x`, see frame_names.cpp). A named expression whose body uses its own name gets the binding from
// a wrapping arrow, so the body sees the function object, not its generator. A computed key is
// converted once, and the name it gives is kept for the value, which is evaluated right after it.
#include <string>

#include "core/lower.hpp"
#include "core/parse.hpp"

namespace a2g {

std::optional<std::string> name_argument(const AsyncFunction& f, LowerContext& cx) {
  if (!ts_node_is_null(f.naming.computed_key)) {
    cx.edits.insert(node_begin(f.naming.computed_key) + 1, cx.js.open_call(Helper::key), Order::opening(f.depth));
    cx.edits.insert(node_end(f.naming.computed_key) - 1, ")", Order::closing(f.depth));
    return cx.js.call(Helper::key_name, {});
  }
  if (!f.naming.key) return std::nullopt;
  if (!f.naming.own.empty() && !f.naming.self_binding) return "";
  return name_literal(*f.naming.key);
}

std::string name_literal(const std::string& key) { return key == js::string("") ? "" : js::key(key); }

bool lower_function_expression(const AsyncFunction& f, LowerContext& cx) {
  // (sloppy code reading arguments.callee, and expressions assigning their own name, stay functions)
  if (f.kind != FunctionKind::expression || f.captures.callee) return false;
  // (--assume plain-functions: stays a function, named natively where it stands)
  if (cx.plain_functions && !f.generator) return false;
  if (!f.naming.key && ts_node_is_null(f.naming.computed_key)) return false;
  std::string name = *name_argument(f, cx);
  bool cached = generator_cacheable(f);
  // A generator that keeps its own name needs none for traces.
  GeneratorWrap named = f.naming.own.empty() || f.naming.self_binding ? name_generator(f, cached, cx.src) : GeneratorWrap{};
  // (a generator named for traces: an anonymous function says its name is "")
  if (named.named && name.empty() && f.naming.own.empty()) name = js::string("");
  std::string make = cx.js.open_call(f.generator ? Helper::generator_function : Helper::function) +
                     (cached ? open_generator_cache(cx) : "") + named.open;
  std::string open = f.naming.self_binding ? "((" + *f.naming.key + ") => " + *f.naming.key + " = " + make : make;
  cx.edits.replace(node_begin(f.async_token), async_token_end(f, cx.src), open);
  if (f.naming.self_binding) {
    guard_statement_start(f.asi_guard, cx);
    uint32_t at = static_cast<uint32_t>(f.naming.own.data() - cx.src.data());
    cx.edits.replace(at, at + static_cast<uint32_t>(f.naming.own.size()), "");
  }
  if (!f.generator) cx.edits.insert(node_end(find_token(f.node, "function")), "*", Order::opening(f.depth));
  cx.edits.insert(node_end(f.body),
                  named.close + (cached ? ")" : "") + (name.empty() ? ")" : ", " + js::list({js::flag(false), name}) + ")") +
                      (f.naming.self_binding ? ")()" : ""),
                  Order::closing(f.depth));
  return true;
}

// { async m(a) {...} }    =>  { m: __async_function(function* (a) {...}, 0, "m") }
// { async *[k](a) {...} } =>  { [__async_key(k)]: __async_generator_function(function* (a) {...}, 0, __async_key_name()) }
// A method that needs no home object is a property whose value the runtime makes, as an
// expression's: no fix-up of the object afterwards, whatever else the literal puts under the key.
void lower_object_method(const AsyncFunction& f, LowerContext& cx) {
  TSNode name = child_by_field(f.method.object_method, "name");
  std::string given;
  if (node_type(name) == "computed_property_name") {
    cx.edits.insert(node_begin(name) + 1, cx.js.open_call(Helper::key), Order::opening(f.depth));
    cx.edits.insert(node_end(name) - 1, ")", Order::closing(f.depth));
    given = cx.js.call(Helper::key_name, {});
  } else {
    given = js::key(node_text(name, cx.src));  // (`{ async ""() {} }` too)
  }
  cx.edits.replace(node_begin(f.async_token), async_token_end(f, cx.src), "");
  if (f.generator) cx.edits.replace(node_begin(f.star), node_end(f.star), "");
  std::string make = cx.js.open_call(f.generator ? Helper::generator_function : Helper::function);
  bool cached = generator_cacheable(f);
  GeneratorWrap named = name_generator(f, cached, cx.src);
  cx.edits.insert(node_end(name), ": " + make + (cached ? open_generator_cache(cx) : "") + named.open + "function* ",
                  Order::opening(f.depth));
  cx.edits.insert(node_end(f.body), named.close + (cached ? ")" : "") + ", " + js::list({js::flag(false), given}) + ")",
                  Order::closing(f.depth));
}

}  // namespace a2g
