// Source map v3 derived from the same edit list as the output: every token of untouched text
// maps to itself, inserted or replaced text maps to the start of what it replaced.
// Columns count UTF-16 code units, as the format requires.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/edit.hpp"

namespace a2g {

struct SourceMapOptions {
  std::string file;         // the generated file's name ("file")
  std::string source;       // the input's name as it should appear in "sources"
  std::string source_root;  // "sourceRoot", omitted when empty
  bool include_content = true;
};

// A decoded input map (the input was itself generated): our mappings are chained through it, so
// the final map points at the original sources.
struct InputSourceMap {
  struct Segment {
    int64_t generated_column = 0;
    int64_t source = -1;  // -1: this segment maps to nothing
    int64_t line = 0;
    int64_t column = 0;
  };
  std::vector<std::string> sources;  // with sourceRoot applied
  std::vector<std::optional<std::string>> contents;
  std::vector<std::vector<Segment>> lines;  // per generated line, by column
  // The segment that covers (line, column) of the map's generated file, if any.
  const Segment* lookup(int64_t line, int64_t column) const;
};
std::optional<InputSourceMap> decode_source_map(std::string_view json);

// The JSON text of the map for `edits` applied to `source`, chained through `input` if given.
std::string build_source_map(std::string_view source, const EditList& edits, const SourceMapOptions& options,
                             const InputSourceMap* input = nullptr);

// Base64 (for inline maps) and JSON string quoting.
std::string base64_encode(std::string_view bytes);
std::optional<std::string> base64_decode(std::string_view text);
std::string json_quote(std::string_view text);

}  // namespace a2g
