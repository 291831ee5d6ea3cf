// Module detection (module_kind.hpp).
#include "core/module_kind.hpp"

#include "core/parse.hpp"

namespace a2g {

namespace {

// Whether a statement of the program (top level) is an import (with `imports`) or an export.
bool has_module_statement(TSNode root, bool imports) {
  bool found = false;
  for_each_named_child(root, [&](TSNode statement) {
    std::string_view type = node_type(statement);
    found |= type == "export_statement" || (imports && type == "import_statement");
  });
  return found;
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
