// Module detection (module_kind.hpp).
#include "core/module_kind.hpp"

#include "core/parse.hpp"

namespace a2g {

bool is_module(TSNode root) {
  uint32_t count = ts_node_named_child_count(root);
  for (uint32_t i = 0; i < count; ++i) {
    std::string_view type = node_type(ts_node_named_child(root, i));
    if (type == "import_statement" || type == "export_statement") return true;
  }
  return false;
}

bool imports_helpers(TSNode root, const TranspileOptions& options) {
  if (options.module_kind != ModuleKind::automatic) return options.module_kind == ModuleKind::esm;
  return (is_module(root) || options.file_name.ends_with(".mjs")) && !options.file_name.ends_with(".cjs");
}

bool may_be_module(TSNode root, const TranspileOptions& options) {
  return is_module(root) || imports_helpers(root, options);
}

}  // namespace a2g
