// Names the output introduces (helper, captures, dummy parameters): one prefix per file that
// occurs nowhere in its text, so neither it nor any name derived from it can collide.
#pragma once
#include <string>
#include <string_view>

namespace a2g {

struct Names {
  std::string prefix;       // `__async`: helpers are named from it too (runtime_abi.hpp)
  std::string arguments;    // an async arrow's captured `arguments`
  std::string arguments_ref;  // ... and a reference to it (get and set), when one of them assigns it
  std::string new_target;   // an async arrow's captured `new.target`
  std::string super_get;    // (k) => super[k]
  std::string super_set;    // (k, v) => super[k] = v
  std::string super_update; // (k, op) => super[k]++ (and --, prefix forms, delete)
  std::string super_call;   // (...a) => super(...a), in derived constructors
  std::string home;         // an object literal, for its methods' super (lower_super.cpp)
  std::string home_binding(int n) const { return n ? home + std::to_string(n) : home; }
  std::string yield_name;   // `yield` used as a name in sloppy code
  std::string callee;       // the outer function, for arguments.callee
  std::string this_value;   // () => this, in async arrows of derived constructors
  std::string default_export;      // the binding of `export default async function () {}`
  std::string fix_field;           // the static field of a class that fixes up its async methods
  std::string fix_instance_field;  // the instance field that fixes up its private ones
  std::string param(size_t i) const { return prefix + "_p" + std::to_string(i); }
  // A `for await` loop's iterator record, caught error and block label (ids from 1).
  std::string loop_record(int id) const { return prefix + "_r" + std::to_string(id); }
  std::string returned() const { return prefix + "_v"; }  // an async generator's awaited return value
  std::string loop_error(int id) const { return prefix + "_e" + std::to_string(id); }
  std::string loop_block(int id) const { return prefix + "_b" + std::to_string(id); }
  // A scope's disposal stack and caught error, for `await using` (ids from 1).
  std::string using_stack(int id) const { return prefix + "_d" + std::to_string(id); }
  std::string using_error(int id) const { return prefix + "_x" + std::to_string(id); }
  // The start of the names of the file-level variables that keep shared generators (lower_function).
  std::string generator_cache(std::string_view hash) const { return prefix + "_g" + std::string(hash) + "_"; }
};

Names choose_names(std::string_view source);

}  // namespace a2g
