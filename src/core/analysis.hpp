// Inside the analysis (analyze.hpp): the state the walk shares with its collectors, and the
// collectors, one per construct (collect_*.cpp), which the walk (analyze.cpp) calls as it enters
// and leaves nodes. A collector adds facts and errors; what it learns about an async function
// goes to that function's record in its scope, which goes into the facts when the scope closes.
#pragma once
#include <tree_sitter/api.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/analyze.hpp"
#include "core/parse.hpp"
#include "core/scope_tracker.hpp"
#include "core/shared_generators.hpp"

namespace a2g {

// An object literal on the walk's path: the scope it is in (ScopeTracker index), and whether a
// node at that level inside it keeps it from being wrapped in an arrow (collect_super_homes.cpp).
struct OpenObject {
  TSNode node{};
  size_t scope = 0;
  bool tainted = false;
  TSNode block{};  // the block around it at its level, if no loop of that level is around it
  bool in_function = false;  // its level is a function's (or an arrow's, or a static block's), not the program's
};

// A block or a loop on the walk's path (collect_super_homes.cpp).
struct OpenBlock {
  TSNode node{};
  size_t scope = 0;
  bool in_loop = false;  // a loop, or inside one of the same function
};

struct Analysis {
  Analysis(std::string_view source, TSNode root, bool allow_top_level_await, bool assume_plain_functions)
      : src(source),
        top_level_await(allow_top_level_await),
        plain_functions(assume_plain_functions),
        words(source),
        shared(source, root, words) {}
  void error(TSNode n, std::string message);
  // The parent of the node being entered or of one of its ancestors (see NodePath).
  TSNode parent(TSNode n) const { return path.parent(n); }

  std::string_view src;
  bool top_level_await = false;  // allowed, when the file is no module
  bool plain_functions = false;  // --assume plain-functions (see analyze)
  int32_t depth = 0;             // of the node being entered
  Facts facts;
  ScopeTracker scopes;
  NodePath path;  // the walk's ancestors
  Words words;
  SharedGenerators shared;
  // Function declarations by statement list and name: the offset of the last one (see
  // AsyncFunction::declared_again).
  std::unordered_map<std::string, uint32_t> last_declaration;
  std::unordered_map<const void*, size_t> holder_index;  // MethodHolder by node id, in facts.method_holders
  std::unordered_set<const void*> not_holders;  // classes whose methods are left as they are (describe_holder)
  // `await` outside async functions: an error unless the file uses `await` as a name.
  std::vector<Diagnostic> stray_awaits;
  bool has_await_identifier = false;
  // `yield` used as a name: renamed everywhere if any use is inside a lowered function.
  std::vector<CaptureUse> yield_names;
  bool yield_name_in_lowered = false;
  // Object literals on the walk's path, innermost last, and those found tainted (collect_super_homes.cpp).
  std::vector<OpenObject> open_objects;
  std::vector<OpenBlock> open_blocks;
  std::unordered_map<const void*, OpenObject> tainted_objects;  // (as it was left)
  // Scopes with `using` declarations, by node id: an index into facts.using_scopes.
  std::unordered_map<const void*, size_t> using_scope_index;
};

// collect_functions.cpp: a function's scope, and its record when it is async.
void enter_function(TSNode n, ScopeKind kind, Analysis& a);
void leave_function(Scope& closed, Analysis& a);
// The name an anonymous function (or class) expression gets from where it stands, as a property
// key as written; nullopt when it is computed at run time.
std::optional<std::string> inferred_name_key(TSNode fn, const Analysis& a);

// collect_methods.cpp: async methods and the objects and classes that hold them.
void note_method(TSNode n, AsyncFunction& f, Analysis& a);
void settle_object_method(AsyncFunction& f, Analysis& a);
// The holder of h.node: h, added, or the one already known.
MethodHolder& known_holder(MethodHolder h, Analysis& a);

// collect_captures.cpp: `this`, `arguments`, `new.target` and direct eval inside async arrows.
void collect_this(TSNode n, Analysis& a);
void collect_direct_eval(TSNode n, Analysis& a);
void collect_capture(TSNode n, Capture what, bool shorthand, Analysis& a);
void settle_arguments_uses(Scope& closed);  // (when the owner arrow closes)

// collect_super.cpp: super property accesses and super() calls inside lowered functions.
void collect_super(TSNode n, Analysis& a);

// collect_super_homes.cpp: object literals that bind themselves for their methods' `super`.
void enter_object(TSNode n, Analysis& a);
void leave_object(TSNode n, Analysis& a);
// Blocks and loops (other nodes are ignored).
void enter_block(TSNode n, Analysis& a);
void leave_block(TSNode n, Analysis& a);
// `n` (yield, await, direct eval, super) keeps the object literal around it at its level unwrapped.
void taint_object(TSNode n, Analysis& a);
// After the walk: each function's home is kept (and listed as a SuperHome or a holder's) or dropped.
void finish_super_homes(Analysis& a);

// collect_awaits.cpp: await, `await` as a name, yield, and return in async generators.
void collect_await(TSNode n, Analysis& a);
void collect_await_name(TSNode n, Analysis& a);
void collect_yield(TSNode n, bool shorthand, Analysis& a);
void collect_return(TSNode n, Analysis& a);

// collect_for_await.cpp
void collect_for_await(TSNode n, TSNode await_token, Analysis& a);

// collect_using.cpp: `using` and `await using` declarations (read as `const` by the grammar);
// finish_using_scopes keeps the scopes that have an `await using`.
void collect_using(TSNode declaration, TSNode kind, Analysis& a);
void finish_using_scopes(Analysis& a);

// asi_guard.cpp: where a `;` must be added if the rewrite of the statement that starts at `offset`
// (with node `from`, on the walk's path) starts with `(`; the same for a rewrite that starts it
// with `{` after `let`.
std::optional<uint32_t> statement_start_guard(TSNode from, uint32_t offset, const Analysis& a);
std::optional<uint32_t> block_start_guard(TSNode statement, const Analysis& a);

// The key of Analysis::last_declaration.
std::string declaration_key(TSNode list, std::string_view name);

// `n` (the node being entered or one of its ancestors) with the parentheses around it, if any: `((n))`.
TSNode with_parentheses(TSNode n, const Analysis& a);

}  // namespace a2g
