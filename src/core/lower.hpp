// Lowering: facts -> edits, one function per construct. Each appends to the one edit list.
#pragma once
#include <string>
#include <string_view>

#include "core/analyze.hpp"
#include "core/edit.hpp"
#include "core/emit.hpp"
#include "core/names.hpp"

namespace a2g {

struct LowerContext {
  LowerContext(std::string_view source, const Names& file_names, EditList& edit_list, Emitter& emitter, bool is_module)
      : src(source), names(file_names), edits(edit_list), js(emitter), module(is_module) {}
  std::string_view src;
  const Names& names;
  EditList& edits;
  Emitter& js;  // helper calls and the like; records the helpers the file needs
  // Statements for the start of the file (after directives), gathered while lowering.
  std::string file_prologue;
  // With --top-level-await, a program with top-level `await using`: the end of its disposal
  // block, before the end of the async function the program runs in (lower_file).
  std::string program_epilogue;
  bool module = false;  // the file is an ES module
  const std::vector<uint32_t>* statement_ends = nullptr;  // Facts::statement_ends
  // --assume plain-functions: async functions, arrows and methods stay the functions the lowering
  // declares; the runtime makes no function objects for them (async generators: as without it).
  bool plain_functions = false;
  int cached_generators = 0;  // file-level variables for generators (see lower_function)
  // --async-stack-traces: each await notes where it waits, `(yield __async_at(x))`.
  bool trace_awaits = false;
  std::string cache_prefix;    // their names but the number
  std::string hash;            // of the file's text (file_hash)
  int trace_sites = 0;         // --async-stack-traces: the awaits numbered so far
};

// The name argument of a function the runtime makes or names (`"x"`, `__async_key_name()`), empty
// when the function keeps its own or has none; for a computed key, adds the key's conversion.
// nullopt: the name is given where the function stands, in a way the runtime cannot repeat.
std::optional<std::string> name_argument(const AsyncFunction& f, LowerContext& cx);
// A name as a JavaScript literal from the key that gives it (`x` => `"x"`, `'a'`, `42`); "" for none.
std::string name_literal(const std::string& key);
// The text around a lowered function's generator that names it for stack traces as the original
// is named there (frame_names.cpp): `{m: ` ... `}.m`, or for an anonymous one that a file-level
// variable keeps, `(() => ` ... `)()`. `named`: the generator now has a name (so a runtime call that
// would take its name from the generator must be told the function's own).
struct GeneratorWrap {
  std::string open;
  std::string close;
  bool named = false;
};
GeneratorWrap name_generator(const AsyncFunction& f, bool cached, std::string_view src);
void lower_object_method(const AsyncFunction& f, LowerContext& cx);
void lower_function(const AsyncFunction& f, LowerContext& cx);
// A named declaration: binds it at the start of its scope; false if it stays a plain function.
bool lower_declaration(const AsyncFunction& f, LowerContext& cx);
// An expression made into its function object by the runtime; false if it stays a function.
bool lower_function_expression(const AsyncFunction& f, LowerContext& cx);
void lower_await(const Await& a, LowerContext& cx);
void lower_super_access(const SuperAccess& s, LowerContext& cx);
// The arrow a lowered method declares to update super properties (called by lower_super_access).
std::string super_update_arrow();
void lower_capture(const CaptureUse& c, LowerContext& cx);
void lower_yield_delegate(const YieldDelegate& d, LowerContext& cx);
void lower_generator_return(const GeneratorReturn& r, LowerContext& cx);
void lower_for_await(const ForAwait& loop, int id, LowerContext& cx);
void lower_using_scope(const UsingScope& s, int id, LowerContext& cx);
void mark_method(const AsyncFunction& f, LowerContext& cx);
void lower_method_holder(const MethodHolder& h, LowerContext& cx);
// lower_super.cpp: an object literal bound for its methods' `super`, `((__async_home) => __async_home = `
// + the literal + `)()`, or `(__async_homeN = ` + the literal + `)` (SuperHome::binding).
void lower_super_home(const SuperHome& h, LowerContext& cx);
std::string open_super_home(int binding, LowerContext& cx);
std::string close_super_home(int binding);
std::string take_home(const Names& names, Emitter& js);
// lower_declaration.cpp: `statement;` first in a block or function body (after its directives).
void run_at_block_start(TSNode block, const std::string& statement, LowerContext& cx);
// The file-level variable that keeps the n-th cached generator (lower_function). Scripts share
// one global scope, so there the name carries a hash of the file's text besides the file's
// prefix (`__async_g1a2b3c4d_1`); a module's are its own (`__async_g_1`).
std::string cached_generator_name(LowerContext& cx, int n);
// 8 hex digits of a hash of the file's text.
std::string file_hash(LowerContext& cx);
// --async-stack-traces: the next await's SITE argument of __async_at, `"HASH:N"`, unique in a program.
std::string trace_site(LowerContext& cx);
bool generator_cacheable(const AsyncFunction& f);
std::string open_generator_cache(LowerContext& cx);
// The end of `async` and the blanks after it (never a line break, so lines stay where they are).
uint32_t async_token_end(const AsyncFunction& f, std::string_view src);
// The body of a `finally` that awaits through the runtime with a plain yield (no yield*, which
// Rhino mishandles): `KEYWORD (PENDING(R)) try { SETTLED(R, (yield R.value)); } catch (E) {
// SETTLED(R, E, 1); }`, with KEYWORD `if` (for await closing its iterator) or `while` (await using
// disposing its resources one by one).
std::string await_in_finally(std::string_view keyword, Helper pending, Helper settled, const std::string& record,
                             const std::string& error, LowerContext& cx);
// Called for a node whose rewrite starts with `(`: keeps it from joining the line before, with
// the `;` the analysis found for it (statement_start_guard, block_start_guard), if any.
void guard_statement_start(std::optional<uint32_t> at, LowerContext& cx);

}  // namespace a2g
