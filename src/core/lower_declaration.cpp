// Lowering of async function declarations and async generator declarations. The declaration
// stays a hoisted declaration where it is, turned into the generator of its body:
//   async function f(a) { body }    =>  function* f(a) { body }
//   async function* g(a) { body }   =>  function* g(a) { body }
// and the start of its scope binds the name to the function object the runtime makes from it:
//   f = __async_function(f);   g = __async_generator_function(g);
// A generator declaration is hoisted and scoped exactly like an async one (in a block also in
// sloppy code, where Annex B hoists only plain functions), and nothing runs between the start of
// a scope and its first statement, so no code sees the generator under that name. In a block the
// binding is repeated after the declaration (`function* f(a) { body } f = __async_function(f);`),
// for Rhino, which binds block declarations where they stand.
// At the top level of a module, another module of an import cycle may call the declaration before
// this module runs: there it stays a plain function doing the work (lower_function), and the
// start of the module binds the name to a method that calls it.
#include <string>

#include "core/directives.hpp"
#include "core/lower.hpp"
#include "core/parse.hpp"

namespace a2g {
namespace {

// Runs `assignment` (an expression) first when `scope` is entered.
void run_at_scope_start(TSNode scope, const std::string& assignment, LowerContext& cx) {
  std::string_view type = node_type(scope);
  if (type == "program") {
    cx.file_prologue += " " + assignment + ";";
    return;
  }
  if (type == "switch_body") {
    // The clauses share one scope, entered before the first `case` test is evaluated; that
    // test is the first code that runs in it (`case (f = __async_function(f)), X:`).
    TSNode first_case{};
    TSNode default_clause{};
    for_each_named_child(scope, [&](TSNode clause) {
      if (node_type(clause) == "switch_case" && ts_node_is_null(first_case)) first_case = clause;
      if (node_type(clause) == "switch_default") default_clause = clause;
    });
    if (!ts_node_is_null(first_case)) {
      cx.edits.insert(node_begin(child_by_field(first_case, "value")), "(" + assignment + "), ", Order::scope_start());
      return;
    }
    cx.edits.insert(node_end(find_token(default_clause, ":")), " " + assignment + ";", Order::scope_start());
    return;
  }
  run_at_block_start(scope, assignment, cx);
}

}  // namespace

// A block or a function body: after `{`, or after the directives of a function body.
void run_at_block_start(TSNode block, const std::string& statement, LowerContext& cx) {
  DirectivePrologue directives = directive_prologue(block, cx.src);
  uint32_t at = ts_node_is_null(directives.last) ? node_begin(block) + 1 : node_end(directives.last);
  std::string semicolon = directives.last_has_semicolon ? "" : ";";
  cx.edits.insert(at, semicolon + " " + statement + ";", Order::scope_start());
}

bool lower_declaration(const AsyncFunction& f, LowerContext& cx) {
  if (ts_node_is_null(f.declaration_scope)) return false;
  // --assume plain-functions: the declaration stays a plain function doing the work, as at the top
  // level of a module. Not in a block of sloppy code: Annex B would hoist a plain function
  // declaration out of it (never an async one), so there it stays a generator, bound as above.
  bool sloppy_block = !(f.strict && !f.strict_body) && !f.function_level_scope;
  if (cx.plain_functions && !f.generator && !sloppy_block) return false;
  bool plain = cx.module && node_type(f.declaration_scope) == "program";
  std::string name(f.naming.own);
  bool anonymous = name.empty();
  if (anonymous) {
    // export default async function () {}: named for the binding, named "default" by the runtime
    name = cx.names.default_export;
    TSNode before_name = f.generator ? f.star : f.function_token;
    cx.edits.insert(node_end(before_name), " " + name, Order::opening(f.depth));
  }
  if (!f.declared_again) {
    Helper make = f.generator ? Helper::generator_function : Helper::function;
    // (at the top level, a call in the statements that run first)
    auto call = [&](std::initializer_list<std::string_view> args) {
      return node_type(f.declaration_scope) == "program" ? cx.js.call_at_file_start(make, args) : cx.js.call(make, args);
    };
    std::string made = anonymous ? call({name, js::flag(true), js::string("default")})
                       : plain   ? call({name, js::flag(true)})
                                 : call({name});
    run_at_scope_start(f.declaration_scope, name + " = " + made, cx);
    // In a block, once more where it stands: Rhino 1.7.14 binds a block's function declarations
    // only when they are reached (at the block's start the name is undefined, which the runtime
    // hands back). Elsewhere the name is bound to the function object by then, which this keeps.
    if (!f.function_level_scope) {
      cx.edits.insert(node_end(f.node), " " + name + " = " + made + ";", Order::statement_end());
    }
  }
  if (plain) return false;
  uint32_t end = async_token_end(f, cx.src);
  cx.edits.replace(node_begin(f.async_token), end, "");
  if (!f.generator) cx.edits.insert(node_end(f.function_token), "*", Order::opening(f.depth));
  // Sloppy code that reads arguments.callee sees the function, not its generator.
  if (f.captures.callee) cx.edits.insert(node_begin(f.body) + 1, " arguments.callee = " + name + ";", Order::opening(f.depth));
  return true;
}

}  // namespace a2g
