// Analysis: one walk over the tree that turns it into plain facts for the lowering passes:
// the async functions to lower, their awaits, and the uses of this / arguments / new.target /
// super that a generator body cannot see by itself. Forms that cannot be lowered yet become
// diagnostics here, so no later pass has to know about them.
#pragma once
#include <tree_sitter/api.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/runtime_abi.hpp"

namespace a2g {

enum class FunctionKind { declaration, expression, arrow, method };

// How an async function is named (see lower_expression.cpp, lower_declaration.cpp).
struct FunctionNaming {
  std::string_view own;  // declarations and named expressions: their name
  // Function expressions whose function object the runtime can make (lower_expression.cpp): the
  // property key that gives the function its name, as written (`x`, `'a b'`, `42`, `""`).
  std::optional<std::string> key;
  bool self_binding = false;  // a named expression whose body uses its own name
  // An anonymous expression that is the value of `[k]: ...` in an object literal: the key.
  TSNode computed_key{};
  // The assignment_expression whose right side the function is (with parentheses): `o.x = async () => {}`.
  TSNode assignment{};
  // Async generators: the name the function object is passed under (so its objects inherit from
  // its `prototype`), added to an anonymous expression whose inferred name it is; empty: none.
  std::string generator_name;
  bool add_generator_name = false;
};

// What the outer function declares for its generator, which cannot see these itself.
struct OuterCaptures {
  bool arguments = false;         // arrows: the enclosing function's `arguments`
  bool assigns_arguments = false;  // ... which one of them assigns: a getter and a setter arrow
  bool new_target = false;
  bool this_value = false;   // arrows in derived constructors: () => this (see collect_this)
  bool super_get = false;    // (k) => super[k]
  bool super_set = false;    // (k, v) => super[k] = v
  bool super_update = false;  // (k, op) => super[k]++, ... (SuperUpdate)
  bool super_call = false;   // (...a) => super(...a) (derived constructors)
  // In an object literal's method: the literal (a SuperHome), which the arrows above reach super
  // through (`(k) => __async_home_get(__async_home, k, this)`) instead of saying `super`; null
  // where they say it (classes, and a literal that cannot be wrapped: see collect_super_homes.cpp).
  TSNode super_home{};
  int32_t super_home_depth = 0;
  int super_home_binding = 0;  // its SuperHome::binding
  bool super_home_handed = false;  // its SuperHome::handed: the home is taken at the start of each call
  // An async arrow in a method of the literal that is not async (a method_definition): where the
  // home is handed, that method takes it as it starts, and the arrow reads it from there.
  TSNode super_home_taker{};
  // Sloppy, simple parameters, mentions `callee`: arguments.callee must be the outer function.
  bool callee = false;
  bool super_any() const { return super_get || super_set || super_update || super_call; }
};

// How an async arrow hands the lexical `this` and `arguments` to its generator.
struct ArrowHandover {
  bool this_value = false;  // as the generator's receiver
  bool rebind_arguments = false;  // sloppy, with a direct eval: the generator's `arguments` = the captured one
  // Sloppy, its body declares `var arguments`: an arrow's starts undefined, a generator's would
  // start as the generator's arguments object, so the body starts with `arguments = void 0;`.
  bool clears_arguments = false;
};

// Whether its generator can be made once for the file (see shared_generators.hpp).
struct GeneratorSharing {
  // Created once per run of the file: no function, loop, class field or static block around it.
  bool created_once = false;
  // Created once, or naming nothing that a scope around it declares.
  bool shareable = false;
};

// An async method: how its holder (MethodHolder) fixes it up.
struct MethodRole {
  // An object literal's method (its method_definition), and whether it becomes a property whose
  // value the runtime makes (`m: __async_function(function* ...)`), see lower_expression.cpp.
  TSNode object_method{};
  bool as_property = false;
  TSNode noted_key{};  // a computed key, noted as it is evaluated (__async_method_key)
  int listed = -1;     // else its place in its holder's MethodHolder::listed (a key written out)
  bool is_static = false;
};

struct AsyncFunction {
  FunctionKind kind = FunctionKind::declaration;
  std::optional<uint32_t> asi_guard;  // a `;` for a rewrite that starts with `(` (asi_guard.cpp)
  bool generator = false;  // async function*: driven by __async_generator
  int32_t depth = 0;
  TSNode node{};  // the function, arrow or method
  // Its tokens and parts.
  TSNode async_token{};
  TSNode star{};            // the `*` token of an async generator
  TSNode function_token{};  // declarations: the `function` keyword
  TSNode params{};          // formal_parameters, or the bare identifier of `async x => ...`
  TSNode arrow{};           // the `=>` token of an arrow
  TSNode body{};            // statement_block, or the expression body of an arrow
  // Declarations: the program, statement_block or switch_body at whose start the declared name is
  // bound to the function object (see lower_declaration.cpp); null for an anonymous default export.
  TSNode declaration_scope{};
  // That scope is a program or a function's body (not a block, where sloppy code's Annex B would
  // hoist a plain function declaration out; see lower_declaration.cpp).
  bool function_level_scope = false;
  // Another function declaration of its name follows in that scope: the name holds that one, so
  // this one is never bound to it.
  bool declared_again = false;
  bool strict = false;       // the function's code is strict
  bool strict_body = false;  // its body starts with a "use strict" directive
  // Its generator has a yield of its own (an await, a for await, in an async generator also a
  // yield or a return); if not, the lowering gives it one that never runs (lower_function.cpp).
  bool yields = false;
  FunctionNaming naming;
  OuterCaptures captures;
  ArrowHandover handover;
  GeneratorSharing sharing;
  MethodRole method;
};

// An async (generator) method whose key is written out: passed to __async_methods by its holder.
struct ListedMethod {
  std::string key;           // as written: `m`, `'a b'`, `42`, or `#m` for a static private method
  int flags = method_plain;  // MethodFlag: static, generator, private
};

// An object literal or class whose async (generator) methods are fixed up once it exists: each
// such method's key is noted as it is evaluated, then the holder fixes them up.
struct MethodHolder {
  int32_t depth = 0;
  TSNode node{};           // the object, or the class declaration / named class expression
  bool is_class = false;
  // A class that uses ES2022 class elements (fields, static blocks, private methods): the fix-up
  // is its first static initializer, so that they see the methods fixed up, and an instance field
  // fixes its private async methods up. No wrapping is needed then, also for an anonymous class.
  TSNode static_init_body{};  // its class_body, then
  std::vector<std::string> private_instance;  // `#m` of its private async methods (not static)
  bool is_declaration = false;
  bool default_export = false;  // `export default class {}`: a declaration, which ends at its `}`
  std::string_view class_name;
  std::string class_name_key;  // an anonymous class expression: the key that names it where it stands
  int count = 0;           // its async and async generator methods with computed keys (noted)
  bool super_home = false;  // an object literal that is also a SuperHome: one wrapping for both
  int super_home_binding = 0;  // (SuperHome::binding)
  std::vector<ListedMethod> listed;  // the others
};

// An object literal whose methods' lowered functions reach `super` through it: bound as it is made,
// `((__async_home) => __async_home = { ... })()` (lower_super.cpp), unless it is a MethodHolder
// too (MethodHolder::super_home), whose wrapping does both.
struct SuperHome {
  int32_t depth = 0;
  TSNode node{};  // the object
  // 0: bound by an arrow around it; N: by `var __async_homeN;` (see var_binding) at the start of `block`.
  int binding = 0;
  TSNode block{};
  // The binding is a `var` in a function (Rhino 1.7.14's compiled generators lose a block's `let` when
  // resumed in a try of that block), a `let` at the top level (no global object property).
  bool var_binding = false;
  // Or not bound at all (a literal that is made in a loop and cannot move into an arrow): its async
  // methods become wrappers that hand it to them at each call (METHOD_HOME), taken at their start
  // (`const __async_home = __async_home_taken()`).
  bool handed = false;
  // The methods of the literal that are not async but hold async arrows reaching `super`: each
  // takes the home as it starts (`const __async_home = __async_home_taken();`).
  std::vector<TSNode> takers;
  bool is_holder = false;  // a MethodHolder too, whose wrapping binds it
};

struct Await {
  int32_t depth = 0;
  bool in_generator = false;  // inside an async generator: an await marker, not a plain yield
  TSNode keyword{};
  TSNode operand{};
  std::optional<uint32_t> asi_guard;
};

// `yield* x` inside an async generator: delegates through __async_delegate(x).
struct YieldDelegate {
  int32_t depth = 0;
  TSNode star{};  // the `*` of `yield*`
  TSNode operand{};
};

// `return v` inside an async generator: the return value is awaited before `finally` runs.
struct GeneratorReturn {
  int32_t depth = 0;
  TSNode statement{};
  TSNode argument{};
  std::optional<uint32_t> let_guard;  // `let` then a line break before it: a `;` there (the block is no pattern)
};

// `for await (LEFT of RIGHT) BODY`, with the labels in front of it (moved onto the inner loop).
struct ForAwait {
  int32_t depth = 0;
  bool in_generator = false;
  TSNode loop{};
  TSNode labels_start{};  // the outermost labeled_statement around the loop, or null
  std::vector<std::string_view> labels;  // as written, outermost first (a label `yield` is renamed)
  TSNode kind{};          // const / let / var, or null for an existing target
  TSNode left{};
  TSNode right{};
  TSNode body{};
  // let / const names that the iterable mentions: declared (uninitialized) around it, so that
  // reading them there throws as natively (`for await (const x of x)`)
  std::vector<std::string> dead_zone_names;
  std::optional<uint32_t> let_guard;  // `let` then a line break before it: a `;` there
};

// A `using` or `await using` declaration of a UsingScope: lowered to `const x = __async_use(S, v, hint)`.
struct UsingDeclaration {
  int32_t depth = 0;
  TSNode declaration{};  // lexical_declaration, or the for_in_statement whose head declares it
  uint32_t kind_begin = 0;  // the word `using`
  std::optional<uint32_t> await_begin;  // the `await` of `await using`
};

// A scope with an `await using` declaration: its resources are disposed when it is left (after
// `{`: `const S = __async_using_stack(); try {`, before `}`: `} catch (E) { throw
// __async_using_threw(S, E); } finally { yield* __async_dispose(S); }`). Its sync `using`
// declarations share the one stack. Scopes with only `using` pass through (see README).
struct UsingScope {
  int32_t depth = 0;
  bool in_generator = false;  // inside an async generator: await markers
  // statement_block; for_statement (the loop as a whole); for_in_statement (its body, each turn)
  TSNode scope{};
  std::vector<UsingDeclaration> declarations;
  bool awaits = false;  // one of them is `await using`
  std::optional<uint32_t> let_guard;  // (for_statement) `let` then a line break before it: a `;` there
  // (for_statement) where the block around the loop starts: its first label (`L: for (...)`, so
  // that `continue L` still names the loop), or the loop
  uint32_t wrap_begin = 0;
  int32_t wrap_depth = 0;
};

// compound: super.x += v (named keys); update: super.x++, --super[k], delete super.x;
// reference: super[k] += v, super.x as a destructuring or for-in/of target
// construct: super(...) in an async arrow of a derived constructor
enum class SuperUse { get, call, set, compound, update, reference, construct };

struct SuperAccess {
  SuperUse use = SuperUse::get;
  int32_t depth = 0;
  TSNode super_token{};
  TSNode access{};  // member_expression or subscript_expression whose object is `super`
  TSNode parent{};  // the call_expression or assignment_expression around it (call, set)
  bool lazy_this = false;  // in a derived constructor: a call passes __async_this(), not `this`
  TSNode target{};  // the access with the parentheses around it, if any
  std::optional<uint32_t> asi_guard;  // (for `parent`)
  bool constructed = false;  // `new super.K(a)`: the access is what `new` calls
};

// Names replaced in the output: `arguments` / `new.target` inside async arrows (captured by the
// outermost one), and `yield` used as a name in sloppy code (renamed everywhere in the file,
// since the generator a body becomes makes it a keyword).
enum class Capture { arguments, new_target, yield_name, this_value };

struct CaptureUse {
  Capture what = Capture::arguments;
  TSNode node{};
  bool shorthand = false;  // `{ arguments }` in an object literal
  // `arguments` in async arrows whose enclosing function's `arguments` is assigned in one of them:
  // read through `__async_arguments()`; as a target through a reference (`target`).
  bool live = false;
  bool target = false;
};

struct Facts {
  std::vector<AsyncFunction> functions;
  std::vector<Await> awaits;
  std::vector<SuperAccess> supers;
  std::vector<CaptureUse> captures;
  std::vector<YieldDelegate> delegates;
  std::vector<GeneratorReturn> generator_returns;
  std::vector<ForAwait> for_awaits;
  std::vector<UsingScope> using_scopes;
  std::vector<MethodHolder> method_holders;
  std::vector<SuperHome> super_homes;
  bool async_program = false;          // top-level await used, and allowed: the program is an async body
  std::vector<Diagnostic> errors;
  // `yield` keywords the grammar took for yield expressions outside any generator (`yield + 1`
  // in sloppy code is the name `yield` plus one): the caller masks them and parses again.
  std::vector<uint32_t> misparsed_yields;
  // Where a repair of the parse copy put the `;` that ASI inserts (the source has a blank or a
  // comment there), in order: a rewrite that ends right before one writes it.
  std::vector<uint32_t> statement_ends;
};

// `top_level_await`: in a file that is no ES module, top-level await and for await are allowed;
// the whole program then runs as the body of an async function (Facts::async_program).
// `plain_functions` (--assume plain-functions): async methods are left as methods, without the
// holder's fix-ups that make them instances of %AsyncFunction% (async generator methods keep them).
Facts analyze(TSNode root, std::string_view source, bool top_level_await = false, bool plain_functions = false);

// The error for top-level `await` / `for await` (`what`) where it is not allowed.
std::string top_level_error(std::string_view what);

}  // namespace a2g
