// One file through the pipeline as the CLI needs it: transpile, source map, formatted
// diagnostics. Shared by single-file and batch mode; does no I/O.
#pragma once
#include <string>
#include <string_view>

#include "cli/options.hpp"
#include "core/transpile.hpp"

namespace a2g {

struct Compiled {
  bool ok = false;
  std::string code;         // the output, with its sourceMappingURL comment when maps are on
  std::string map;          // an external map's JSON (empty when none is written)
  std::string map_path;     // where it goes
  std::string diagnostics;  // formatted for stderr
};

// `input_path` is empty for standard input; `output_path` is empty for standard output.
Compiled compile_source(Transpiler& transpiler, std::string_view source, const std::string& display_name,
                        const std::string& input_path, const std::string& output_path, const Options& options);

std::string format_diagnostics(const std::vector<Diagnostic>& diagnostics, const std::string& display_name,
                               std::string_view source, const Options& options);

}  // namespace a2g
