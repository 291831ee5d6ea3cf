// Names the output introduces (helper, captures, dummy parameters): one prefix per file that
// occurs nowhere in its text, so neither it nor any name derived from it can collide.
#pragma once
#include <string>
#include <string_view>

namespace a2g {

struct Names {
  std::string helper;       // the runtime function: `__async`
  std::string arguments;    // an async arrow's captured `arguments`
  std::string new_target;   // an async arrow's captured `new.target`
  std::string super_get;    // (k) => super[k]
  std::string super_set;    // (k, v) => super[k] = v
  std::string super_update; // (k, op) => super[k]++ (and --, prefix forms, delete)
  std::string super_call;   // (...a) => super(...a), in derived constructors
  std::string yield_name;   // `yield` used as a name in sloppy code
  std::string callee;       // the outer function, for arguments.callee
  std::string this_value;   // () => this, in async arrows of derived constructors
  std::string param(size_t i) const { return helper + "_p" + std::to_string(i); }
  // A runtime function of the async generator runtime: `__async_` + name.
  std::string runtime(std::string_view name) const { return helper + "_" + std::string(name); }
};

Names choose_names(std::string_view source);

}  // namespace a2g
