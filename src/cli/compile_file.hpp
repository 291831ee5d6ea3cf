// One file through the public API as the CLI needs it: the options from the command line and the
// file system (module type, map names, the input's map file), formatted diagnostics. Shared by
// single-file and batch mode; reads only the input's own source map.
#pragma once
#include <string>
#include <string_view>

#include "async2gen/async2gen.hpp"
#include "cli/options.hpp"

namespace a2g {

struct Compiled {
  bool ok = false;
  std::string code;         // the output, with its sourceMappingURL comment when maps are on
  std::string map;          // an external map's JSON (empty when none is written)
  std::string map_path;     // where it goes
  std::string diagnostics;  // formatted for stderr
};

// `input_path` is empty for standard input; `output_path` is empty for standard output.
Compiled compile_source(async2gen::Transpiler& transpiler, std::string_view source, const std::string& display_name,
                        const std::string& input_path, const std::string& output_path, const Options& options);

std::string format_diagnostics(const std::vector<async2gen::Diagnostic>& diagnostics, const Options& options);

}  // namespace a2g
