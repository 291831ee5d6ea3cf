// Stage 6 of the pipeline: the output, spliced from the source and the finished edit list; and
// where the input's own source map comment is (the runtime goes before it, a new map replaces it).
#pragma once
#include <tree_sitter/api.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/edit.hpp"

namespace a2g {

// The [begin, end of file) range of a last line `//# sourceMappingURL=...`, if there is one, by
// its text alone.
std::optional<std::pair<uint32_t, uint32_t>> trailing_source_map_comment(std::string_view source);

// The same, when the parser sees it as a comment (not the inside of a template literal or of a
// block comment).
std::optional<std::pair<uint32_t, uint32_t>> source_map_comment(TSNode root, std::string_view source);

// Finishes `edits` and splices them into `source`; false (an internal error in `diagnostics`)
// when two of them overlap.
bool write_output(EditList& edits, std::string_view source, std::string& output, std::vector<Diagnostic>& diagnostics);

}  // namespace a2g
