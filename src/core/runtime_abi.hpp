// The contract between the lowering and the runtime (src/runtime/*.js), in one place: every
// helper the output calls, with its name and parameter count, and every number the runtime reads
// from a call. Lowerings name helpers through `Helper` only (a misspelt one does not compile), and
// what they ask for is recorded in a HelperSet: the helpers a file needs, without scanning text.
// tests/unit/runtime_abi_test.cpp checks this table against the runtime's source.
#pragma once
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace a2g {

enum class Helper : uint8_t {
  // async.js
  async,               // drives an async function's generator
  function,            // the function object of an async function
  arrow,               // an async arrow as an instance of %AsyncFunction%
  method_key,          // notes a computed key of an async method
  methods,             // fixes up an object's or class's async methods
  key,                 // a computed key, converted once
  key_name,            // the name that key gives
  super_call,          // super.m(...)
  super_bind,          // super.m as a template tag or optional call
  super_ref,           // a reference to super[k] (compound assignment, destructuring target)
  home_get,            // super[k] through an object literal's home binding
  home_set,            // super[k] = v through it
  home_update,         // super[k]++ and the like through it
  home_taken,          // the home handed to a method by its wrapper (METHOD_HOME)
  rt,                  // the runtime's state, made on first use (bootstrap)
  traces,              // --async-stack-traces: turns the runtime's records on (line 1)
  at,                  // --async-stack-traces: where the running function awaits
  // async_generator.js
  generator,           // drives an async generator's generator
  generator_function,  // the function object of an async generator function
  generator_fixup,     // fixes up an async generator expression's `prototype`
  await,               // an await marker inside an async generator
  delegate,            // yield*
  iterator,            // for await: the iterator record
  next,                // for await: the next result
  step,                // for await: whether to run the body
  threw,               // for await: the body threw
  close,               // for await: closing the iterator
  closed,              // for await: the outcome of closing it
  // dispose.js
  using_stack,         // await using: a scope's disposal stack
  use,                 // await using: adds a resource to it
  using_threw,         // await using: the scope threw
  dispose,             // await using: DisposeResources at the end of the scope, up to its next await
  disposed,            // await using: the outcome of that await
};

struct HelperInfo {
  Helper id;
  std::string_view name;  // in the runtime's source, before a file's prefix replaces `__async`
  int parameters;         // as the runtime declares them; callers may pass fewer
  bool variadic = false;  // reads more arguments than it declares (`arguments`)
};

// To rename a helper, change its line here and its `function` line in the runtime.
inline constexpr HelperInfo helper_table[] = {
    {Helper::async, "__async", 4},
    {Helper::function, "__async_function", 3},
    {Helper::arrow, "__async_arrow", 2},
    {Helper::method_key, "__async_method_key", 2},
    {Helper::methods, "__async_methods", 3, true},
    {Helper::key, "__async_key", 1},
    {Helper::key_name, "__async_key_name", 0},
    {Helper::super_call, "__async_super_call", 4},
    {Helper::super_bind, "__async_super_bind", 4},
    {Helper::super_ref, "__async_super_ref", 4},
    {Helper::home_get, "__async_home_get", 3},
    {Helper::home_set, "__async_home_set", 5},
    {Helper::home_update, "__async_home_update", 5},
    {Helper::home_taken, "__async_home_taken", 0},
    {Helper::rt, "__async_rt", 0},
    {Helper::traces, "__async_traces", 0},
    {Helper::at, "__async_at", 3},
    {Helper::generator, "__async_generator", 5},
    {Helper::generator_function, "__async_generator_function", 3},
    {Helper::generator_fixup, "__async_generator_fixup", 1},
    {Helper::await, "__async_await", 1},
    {Helper::delegate, "__async_delegate", 1},
    {Helper::iterator, "__async_iterator", 2},
    {Helper::next, "__async_next", 1},
    {Helper::step, "__async_step", 2},
    {Helper::threw, "__async_threw", 2},
    {Helper::close, "__async_close", 1},
    {Helper::closed, "__async_closed", 3},
    {Helper::using_stack, "__async_using_stack", 1},
    {Helper::use, "__async_use", 3},
    {Helper::using_threw, "__async_using_threw", 2},
    {Helper::dispose, "__async_dispose", 1},
    {Helper::disposed, "__async_disposed", 3},
};
inline constexpr size_t helper_count = std::size(helper_table);

constexpr bool helper_table_in_enum_order() {
  for (size_t i = 0; i < helper_count; ++i) {
    if (static_cast<size_t>(helper_table[i].id) != i) return false;
  }
  return true;
}
static_assert(helper_table_in_enum_order(), "helper_table lists the helpers in the order of enum Helper");

constexpr const HelperInfo& helper_info(Helper h) { return helper_table[static_cast<size_t>(h)]; }

// The prefix every runtime name starts with in the runtime's source; a file replaces it with its own.
inline constexpr std::string_view runtime_prefix = "__async";

// The helper's name in a file whose prefix is `prefix` (`__async2_await`).
inline std::string helper_name(Helper h, std::string_view prefix) {
  return std::string(prefix) + std::string(helper_info(h).name.substr(runtime_prefix.size()));
}

// The helpers a file calls, as the lowerings asked for them.
class HelperSet {
 public:
  void add(Helper h) { bits_.set(static_cast<size_t>(h)); }
  void remove(Helper h) { bits_.reset(static_cast<size_t>(h)); }
  bool contains(Helper h) const { return bits_.test(static_cast<size_t>(h)); }
  bool empty() const { return bits_.none(); }
  template <class F>
  void for_each(F&& f) const {
    for (const HelperInfo& info : helper_table) {
      if (contains(info.id)) f(info);
    }
  }

 private:
  std::bitset<helper_count> bits_;
};

// A boolean argument (`plain`, `isClass`, `convert`, `optional`, `inGenerator`) is written as 1
// or 0, and read by the runtime as truthy or falsy.

// Flags of an async (generator) method, summed: the `flags` of __async_method_key, and those
// after each key listed to __async_methods.
enum MethodFlag : int {
  method_plain = 0,
  method_static = 1,
  method_generator = 2,
  method_class_name = 4,  // the key is the name of the anonymous class that the call wraps
  method_private = 8,     // the key is a static private async method itself (`this.#m`)
  method_home = 16,       // the method takes its object literal's home at each call (SuperHome::handed)
  method_sync = 32,       // ... a method that is not async (SuperHome::takers): only that
  method_getter = 64,     // ... a getter
  method_setter = 128,    // ... a setter
};

constexpr int method_flags(bool is_static, bool generator) {
  return (is_static ? method_static : method_plain) | (generator ? method_generator : method_plain);
}

// The `op` of the arrow `(k, op) => ...` that a lowered method declares for updates of super
// properties (lower_function.cpp declares it, lower_super.cpp calls it), which __async_home_update
// reads too (an object literal's method, see lower_function.cpp).
enum class SuperUpdate : int {
  post_increment = 0,  // super[k]++
  post_decrement = 1,  // super[k]--
  pre_increment = 2,   // ++super[k]
  pre_decrement = 3,   // --super[k]
  remove = 4,          // delete super[k]
};

// A number shared with the runtime under a name: the runtime declares it as a comment line
// `// abi NAME = VALUE`, which the ABI test compares with this table.
struct AbiConstant {
  std::string_view name;
  int value;
};

inline constexpr AbiConstant abi_constants[] = {
    {"METHOD_STATIC", method_static},
    {"METHOD_GENERATOR", method_generator},
    {"METHOD_CLASS_NAME", method_class_name},
    {"METHOD_PRIVATE", method_private},
    {"METHOD_HOME", method_home},
    {"METHOD_SYNC", method_sync},
    {"METHOD_GETTER", method_getter},
    {"METHOD_SETTER", method_setter},
    {"SUPER_POST_INCREMENT", static_cast<int>(SuperUpdate::post_increment)},
    {"SUPER_POST_DECREMENT", static_cast<int>(SuperUpdate::post_decrement)},
    {"SUPER_PRE_INCREMENT", static_cast<int>(SuperUpdate::pre_increment)},
    {"SUPER_PRE_DECREMENT", static_cast<int>(SuperUpdate::pre_decrement)},
    {"SUPER_DELETE", static_cast<int>(SuperUpdate::remove)},
};

}  // namespace a2g
