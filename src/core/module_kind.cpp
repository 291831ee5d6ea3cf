// Module detection (module_kind.hpp).
#include "core/module_kind.hpp"

#include "core/parse.hpp"

namespace a2g {

namespace {

// Whether a statement of the program (top level) is an import (with `imports`) or an export.
bool has_module_statement(TSNode root, bool imports) {
  uint32_t count = ts_node_named_child_count(root);
  for (uint32_t i = 0; i < count; ++i) {
    std::string_view type = node_type(ts_node_named_child(root, i));
    if (type == "export_statement" || (imports && type == "import_statement")) return true;
  }
  return false;
}

}  // namespace

bool is_module(TSNode root) { return has_module_statement(root, true); }

bool has_exports(TSNode root) { return has_module_statement(root, false); }

bool imports_helpers(TSNode root, const TranspileOptions& options) {
  if (options.module_kind != ModuleKind::automatic) return options.module_kind == ModuleKind::esm;
  return (is_module(root) || options.file_name.ends_with(".mjs")) && !options.file_name.ends_with(".cjs");
}

bool may_be_module(TSNode root, const TranspileOptions& options) {
  return is_module(root) || imports_helpers(root, options);
}

}  // namespace a2g
