// Picks the first prefix `__async`, `__async2`, ... that does not occur in the source text.
#include "core/names.hpp"

#include "core/runtime_abi.hpp"

namespace a2g {

Names choose_names(std::string_view source) {
  std::string prefix(runtime_prefix);
  for (int n = 2; source.find(prefix) != std::string_view::npos; ++n) prefix = std::string(runtime_prefix) + std::to_string(n);
  return {prefix,
          prefix + "_arguments",
          prefix + "_arguments_ref",
          prefix + "_new_target",
          prefix + "_super_get",
          prefix + "_super_set",
          prefix + "_super_update",
          prefix + "_super_ctor",
          prefix + "_home",
          prefix + "_yield",
          prefix + "_callee",
          prefix + "_this",
          prefix + "_default",
          prefix + "_fix",
          prefix + "_fixi"};
}

}  // namespace a2g
