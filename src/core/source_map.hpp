// Source map v3 derived from the same edit list as the output: every token of untouched text
// maps to itself, inserted or replaced text maps to the start of what it replaced.
// Columns count UTF-16 code units, as the format requires.
#pragma once
#include <string>
#include <string_view>

#include "core/edit.hpp"

namespace a2g {

struct SourceMapOptions {
  std::string file;         // the generated file's name ("file")
  std::string source;       // the input's name as it should appear in "sources"
  std::string source_root;  // "sourceRoot", omitted when empty
  bool include_content = true;
};

// The JSON text of the map for `edits` applied to `source`.
std::string build_source_map(std::string_view source, const EditList& edits, const SourceMapOptions& options);

// Base64 (for inline maps) and JSON string quoting.
std::string base64_encode(std::string_view bytes);
std::string json_quote(std::string_view text);

}  // namespace a2g
