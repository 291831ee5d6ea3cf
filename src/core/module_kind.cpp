// Module detection (module_kind.hpp).
#include "core/module_kind.hpp"

#include "core/parse.hpp"
#include "core/source.hpp"

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

// Whether the program reads `import.meta` (node's syntax detection runs such a file as an ES
// module, as one with import or export statements).
bool has_import_meta(TSNode root, std::string_view src) {
  for (size_t at = src.find("import"); at != std::string_view::npos; at = src.find("import", at + 6)) {
    if ((at > 0 && is_identifier_char(src[at - 1])) || (at + 6 < src.size() && is_identifier_char(src[at + 6]))) continue;
    size_t dot = src.find_first_not_of(" \t\r\n", at + 6);
    if (dot == std::string_view::npos || src[dot] != '.') continue;
    TSNode token = slow_descendant_for_byte_range(root, static_cast<uint32_t>(at), static_cast<uint32_t>(at + 6));
    if (node_type(slow_parent(token)) == "meta_property") return true;
  }
  return false;
}

}  // namespace

bool is_module(TSNode root, std::string_view src) {
  return has_module_statement(root, true) || has_import_meta(root, src);
}

bool has_exports(TSNode root) { return has_module_statement(root, false); }

bool imports_helpers(TSNode root, std::string_view src, const TranspileOptions& options) {
  if (options.module_kind != ModuleKind::automatic) return options.module_kind == ModuleKind::esm;
  return (is_module(root, src) || options.file_name.ends_with(".mjs")) && !options.file_name.ends_with(".cjs");
}

bool may_be_module(TSNode root, std::string_view src, const TranspileOptions& options) {
  return is_module(root, src) || imports_helpers(root, src, options);
}

}  // namespace a2g
