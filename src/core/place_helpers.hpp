// Stage 5 of the pipeline: how the file gets the runtime helpers it calls (--helpers): appended
// (inline: only those it calls and what they need, see runtime_pieces.hpp), imported from a shared
// module, or expected on the global object; and the statements the file starts with.
#pragma once
#include <tree_sitter/api.h>

#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/lower_file.hpp"
#include "core/transpile.hpp"

namespace a2g {

// Adds to `file.edits` what brings the runtime in, its bootstrap, the file's prologue and
// epilogue. `runtime_offset`: the end of the file, or where its sourceMappingURL comment starts.
// Returns false (an internal error in `diagnostics`) if the file calls a helper the runtime lacks.
bool place_helpers(LoweredFile& file, TSNode root, std::string_view source, const Names& names,
                   const TranspileOptions& options, uint32_t runtime_offset, std::vector<Diagnostic>& diagnostics);

}  // namespace a2g
