// Lowering of async functions, arrows and methods into plain functions whose body hands a
// generator to the runtime helper. The original parameter list and body are kept in place and
// become the generator's; only text around them is inserted, so no line of user code moves.
#include <algorithm>
#include <string>
#include <vector>

#include "core/lower.hpp"
#include "core/parse.hpp"
#include "core/source.hpp"

namespace a2g {
namespace {

struct Params {
  bool simple = true;                   // only plain identifiers
  std::vector<std::string_view> names;  // when simple
  size_t count = 0;                     // parameters other than a rest parameter
  size_t length = 0;                    // the function's `length`: those before the first default/rest
  bool rest = false;
};

// A parameter named `arguments` (sloppy code) would hide the object the outer function hands
// over, and one named `yield` is renamed inside the generator (the outer function may itself be
// in one, where `yield` is no name): such lists get placeholders like non-simple ones.
bool repeatable(std::string_view name) {
  std::string decoded = identifier_name(name);
  return decoded != "arguments" && decoded != "yield";
}

Params read_params(const AsyncFunction& f, std::string_view src) {
  Params p;
  if (node_type(f.params) == "identifier") {  // async x => ...
    p.simple = repeatable(node_text(f.params, src));
    if (p.simple) p.names.push_back(node_text(f.params, src));
    p.count = p.length = 1;
    return p;
  }
  bool counting = true;
  for (TSNode c : named_children(f.params)) {
    std::string_view type = node_type(c);
    if (type == "comment") continue;
    if (type == "identifier" && repeatable(node_text(c, src))) {
      p.names.push_back(node_text(c, src));
    } else {
      p.simple = false;
      if (type == "assignment_pattern") counting = false;
      if (type == "rest_pattern") {
        p.rest = true;
        counting = false;
        continue;
      }
    }
    ++p.count;
    if (counting) ++p.length;
  }
  return p;
}

// The outer function's parameter list (without parentheses) and, for arrows, the array of
// argument values it hands to the generator. Simple lists are repeated (normalised to one line);
// others become placeholders with the same `length`, and the generator gets the real ones.
void outer_params(const AsyncFunction& f, const Params& p, const Names& names, std::string& list,
                  std::string& values) {
  bool arrow = f.kind == FunctionKind::arrow;
  std::vector<std::string> params, args;
  if (p.simple) {
    for (auto name : p.names) params.emplace_back(name);
    args = params;
  } else {
    size_t shown = arrow ? p.count : p.length;
    for (size_t i = 0; i < shown; ++i) {
      params.push_back(names.param(i) + (i < p.length ? "" : " = " + std::string(js::undefined)));
      args.push_back(names.param(i));
    }
    if (arrow && p.rest) {
      params.push_back("..." + names.param(p.count));
      args.push_back("..." + names.param(p.count));
    }
  }
  list = js::list(params);
  values = arrow ? "[" + js::list(args) + "]" : "arguments";
}

// What the outer body declares before handing over: directive and captures.
std::string outer_prologue(const AsyncFunction& f, const Names& names, Emitter& js) {
  std::string out = f.strict_body ? js::string("use strict") + "; " : "";
  std::vector<std::string> captures;
  if (f.captures.assigns_arguments) {  // (sloppy code: an arrow assigns the enclosing function's binding)
    captures.push_back(names.arguments + " = () => arguments, " + names.arguments_ref + " = " +
                       js.call(Helper::super_ref, {names.arguments, "(k, v) => arguments = v", js::number(0)}));
  } else if (f.captures.arguments) {
    captures.push_back(names.arguments + " = arguments");
  }
  if (f.captures.new_target) captures.push_back(names.new_target + " = new.target");
  if (f.captures.this_value) captures.push_back(names.this_value + " = () => this");
  // In an object literal's method the arrows say no `super`: they go through the literal (lower_super.cpp).
  bool through_home = !ts_node_is_null(f.captures.super_home);
  std::string home = names.home_binding(f.captures.super_home_binding);
  std::string strict = js::flag(f.strict);
  if (f.captures.super_home_handed) captures.push_back(take_home(names, js));  // first
  if (f.captures.super_get) {
    captures.push_back(names.super_get + " = (k) => " +
                       (through_home ? js.call(Helper::home_get, {home, "k", "this"}) : "super[k]"));
  }
  if (f.captures.super_set) {
    captures.push_back(names.super_set + " = (k, v) => " +
                       (through_home ? js.call(Helper::home_set, {home, "k", "v", "this", strict}) : "super[k] = v"));
  }
  if (f.captures.super_call) captures.push_back(names.super_call + " = (...a) => super(...a)");
  if (f.captures.super_update) {
    captures.push_back(names.super_update + " = " +
                       (through_home ? "(k, op) => " + js.call(Helper::home_update, {home, "k", "op", "this", strict})
                                     : super_update_arrow()));
  }
  if (f.captures.callee) captures.push_back(names.callee + " = arguments.callee");
  if (!captures.empty()) out += "const " + js::list(captures) + "; ";
  return out;
}


// Whether the statement ends by ASI right after `end`, where a call could go on: a repair of the
// parse copy put the `;` there (Facts::statement_ends), or a line break comes before a token
// that continues an expression (the grammar inserted it: `}\n\u00A0(g)()`, NBSP being no blank to it).
bool statement_ends_after(uint32_t end, const LowerContext& cx) {
  size_t next = skip_blanks_and_comments(cx.src, end);
  if (cx.statement_ends != nullptr) {
    auto semicolon = std::lower_bound(cx.statement_ends->begin(), cx.statement_ends->end(), end);
    if (semicolon != cx.statement_ends->end() && *semicolon < next) return true;
  }
  return next < cx.src.size() && std::string_view("([`+-/.*%<>&|^").find(cx.src[next]) != std::string_view::npos &&
         has_line_break(cx.src.substr(end, next - end));
}

}  // namespace

// A function whose generator can be shared (made once, or naming nothing from the scopes around
// it) and needs nothing from one call's outer body makes its generator once, on the first call,
// and keeps it in a file-level variable: a generator closure made per call costs about 4x per call
// (V8 makes an initial map for each generator closure on its first call).
bool generator_cacheable(const AsyncFunction& f) {
  return f.sharing.shareable && !f.captures.arguments && !f.captures.new_target && !f.captures.this_value &&
         !f.captures.super_any() && !f.captures.callee && !f.handover.rebind_arguments && !f.naming.self_binding;
}

// `__async_g<hash>_N || (__async_g<hash>_N = `, to be closed by `)` after the generator.
std::string open_generator_cache(LowerContext& cx) {
  std::string name = cached_generator_name(cx, ++cx.cached_generators);
  return name + " || (" + name + " = ";
}

std::string file_hash(LowerContext& cx) {
  if (cx.hash.empty()) {
    uint64_t hash = 14695981039346656037ull;  // FNV-1a
    for (char c : cx.src) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 8; ++i) cx.hash += digits[(hash >> (4 * i)) & 15];
  }
  return cx.hash;
}

std::string cached_generator_name(LowerContext& cx, int n) {
  // (a module's variables are its own: no hash)
  if (cx.cache_prefix.empty()) cx.cache_prefix = cx.names.generator_cache(cx.module ? "" : file_hash(cx));
  return cx.cache_prefix + std::to_string(n);
}

std::string trace_site(LowerContext& cx) { return js::string(file_hash(cx) + ":" + std::to_string(++cx.trace_sites)); }

// `async` and the blanks after it (never a line break, so lines stay where they are).
uint32_t async_token_end(const AsyncFunction& f, std::string_view src) {
  uint32_t end = node_end(f.async_token);
  while (end < src.size() && (src[end] == ' ' || src[end] == '\t')) ++end;
  return end;
}

// async function f(a, {b}) { body }
//   => function f(a, _p1) { return __async(this, arguments, function* (a, {b}) { body }, new.target); }
// async (a, b = 1) => expr
//   => (_p0, _p1 = void 0) => { return __async(this, [_p0, _p1], function* (a, b = 1) { return (expr); }); }
// The generator is named as the function is, for stack traces (`{m: function* ...}.m`, see
// frame_names.cpp). The generator receives the real parameters, so default values and destructuring run inside
// the helper's try (a throw rejects) and `arguments` aliases them as natively. `this` is handed
// over as the generator's receiver; arrows hand it over only when they use it, so an arrow in a
// derived constructor before super() still works. Functions that would otherwise be constructors
// also hand over `new.target`, so `new f()` throws.
// A generator without a yield of its own gets one that never runs, before the end of its body:
//   async function f() { return 1 }  =>  function* f() { return 1 ; if (0) yield; }
// (`async x => x`: `{ if (0) yield; return (x); }`, see below.) Rhino 1.7.14, compiling to JVM
// classes (its default), runs a `function*` without `yield` as a broken generator: its first
// parameter holds the function itself and its return value is lost. (An empty body loses nothing.)
void keep_generator(const AsyncFunction& f, LowerContext& cx) {
  if (f.yields || node_type(f.body) != "statement_block") return;
  if (ts_node_is_null(first_named_child(f.body))) return;
  uint32_t close = node_end(f.body) - 1;
  size_t last = cx.src.find_last_not_of(" \t\r\n", close - 1);
  bool needs_semicolon = last != std::string_view::npos && cx.src[last] != ';' && cx.src[last] != '{';
  bool blank_before = std::string_view(" \t\r\n").find(cx.src[close - 1]) != std::string_view::npos;
  std::string text = needs_semicolon ? ";" : "";
  if (needs_semicolon || !blank_before) text += " ";
  cx.edits.insert(close, text + "if (0) yield; ", Order::closing(f.depth));
}

void lower_function(const AsyncFunction& f, LowerContext& cx) {
  keep_generator(f, cx);
  if (f.kind == FunctionKind::declaration && lower_declaration(f, cx)) return;
  if (lower_function_expression(f, cx)) return;
  if (f.method.as_property) {
    lower_object_method(f, cx);
    return;
  }
  Params p = read_params(f, cx.src);
  std::string list, values;
  outer_params(f, p, cx.names, list, values);
  bool arrow = f.kind == FunctionKind::arrow;
  std::string_view self = !arrow || f.handover.this_value ? "this" : js::undefined;
  Helper driver = f.generator ? Helper::generator : Helper::async;
  bool cached = f.kind != FunctionKind::expression && generator_cacheable(f);
  std::string cache = cached ? open_generator_cache(cx) : "";
  GeneratorWrap traced = name_generator(f, cached, cx.src);
  std::string hand_over = outer_prologue(f, cx.names, cx.js) + "return " + cx.js.open_call(driver) + js::list({self, values}) +
                          ", " + cache + traced.open + "function* ";
  Order closer = Order::closing(f.depth);
  std::string end_cache = traced.close + (cached ? ")" : "");
  // Sloppy code that reads arguments.callee sees the outer function, not the generator.
  if (f.captures.callee) cx.edits.insert(node_begin(f.body) + 1, " arguments.callee = " + cx.names.callee + ";", Order::opening(f.depth));
  if (!arrow) {
    cx.edits.replace(node_begin(f.async_token), async_token_end(f, cx.src), "");
    if (f.generator) {
      // async function* g(a) { body }
      //   => function g(a) { return __async_generator(this, arguments, function* (a) { body }, g, new.target); }
      // The function itself is passed when it can be named, so that objects it returns inherit
      // from its `prototype`, as natively; expressions are wrapped to fix that prototype up at
      // once (declarations: see lower_declaration.cpp).
      cx.edits.replace(node_begin(f.star), node_end(f.star), "");
      // (an anonymous default export is named by lower_declaration)
      std::string own_name = f.kind == FunctionKind::declaration && f.naming.own.empty() ? cx.names.default_export
                                                                                 : f.naming.generator_name;
      bool named = !own_name.empty();
      bool wrap = named && f.kind == FunctionKind::expression;
      std::string self_reference = named ? js::list({own_name, "new.target"}) : std::string(js::undefined);
      if (wrap) cx.edits.insert(node_begin(f.async_token), cx.js.open_call(Helper::generator_fixup), Order::opening(f.depth));
      if (!ts_node_is_null(f.method.noted_key)) mark_method(f, cx);
      cx.edits.insert(node_begin(f.params),
                      (f.naming.add_generator_name ? " " + f.naming.generator_name : "") + "(" + list + ") { " + hand_over, Order::opening(f.depth));
      cx.edits.insert(node_end(f.body), end_cache + ", " + self_reference + "); }" + (wrap ? ")" : ""), closer);
      return;
    }
    if (!ts_node_is_null(f.method.noted_key)) mark_method(f, cx);
    cx.edits.insert(node_begin(f.params), "(" + list + ") { " + hand_over, Order::opening(f.depth));
    // Methods are not constructors already; functions hand `new.target` over so that the
    // helper throws a TypeError for `new f()`, as for a native async function. Not with
    // --assume plain-functions: they are constructors then, and the added code stays within the
    // README's floor (ES5 and generators: Rhino 1.7.14 has no new.target).
    bool constructible = f.kind != FunctionKind::method && !cx.plain_functions;
    cx.edits.insert(node_end(f.body), end_cache + (constructible ? ", new.target); }" : "); }"), closer);
    return;
  }
  // The arrow becomes an instance of %AsyncFunction% with the name it would have had where it
  // stands: __async_arrow((a) => {...}, "f"). (Unless that name cannot be given by the runtime.)
  // (--assume plain-functions: the arrow stays one, named natively where it stands)
  std::optional<std::string> name = cx.plain_functions ? std::nullopt : name_argument(f, cx);
  std::string wrap = name ? cx.js.open_call(Helper::arrow) : "";
  std::string unwrap = !name ? "" : name->empty() ? ")" : ", " + *name + ")";
  bool bare = node_type(f.params) == "identifier";
  bool expression_body = node_type(f.body) != "statement_block";
  cx.edits.replace(node_begin(f.async_token), async_token_end(f, cx.src),
                   wrap + "(" + list + ") => { " + hand_over + (bare ? "(" : ""));
  if (!name) guard_statement_start(f.asi_guard, cx);
  if (bare) cx.edits.insert(node_end(f.params), ")", closer);
  uint32_t arrow_end = node_end(f.arrow);
  // `(x) => {` loses its `=>` and one of the blanks around it: `(x) {`.
  if (!expression_body && arrow_end < cx.src.size() && cx.src[arrow_end] == ' ' && node_begin(f.arrow) > 0 &&
      cx.src[node_begin(f.arrow) - 1] == ' ') {
    ++arrow_end;
  }
  std::string rebind = f.handover.clears_arguments  ? "arguments = " + std::string(js::undefined) + "; "
                       : f.handover.rebind_arguments ? "arguments = " + cx.names.arguments + "; "
                                                     : "";
  std::string never = f.yields ? "" : "if (0) yield; ";  // (see keep_generator)
  cx.edits.replace(node_begin(f.arrow), arrow_end, expression_body ? "{ " + rebind + never + "return (" : "");
  if (!expression_body && !rebind.empty()) cx.edits.insert(node_begin(f.body) + 1, " " + rebind, Order::opening(f.depth));
  cx.edits.insert(node_end(f.body), (expression_body ? "); }" + end_cache + "); }" : end_cache + "); }") + unwrap, closer);
  // An arrow cannot go on (`() => {}\n(g)()` is two statements by ASI, which a repair wrote in
  // the parse copy), but a call of __async_arrow could: the `;` is written, after every rewrite
  // that ends there.
  if (name && statement_ends_after(node_end(f.body), cx)) cx.edits.insert(node_end(f.body), ";", Order::statement_end());
}

}  // namespace a2g
