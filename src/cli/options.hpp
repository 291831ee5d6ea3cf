// Command-line options and their parsing (CLI11).
#pragma once
#include <optional>

#include "core/transpile.hpp"
#include <string>
#include <vector>

namespace a2g {

// Exit codes, also listed in README and --help.
enum ExitCode { exit_ok = 0, exit_input_errors = 1, exit_usage_or_io = 2 };

enum class SourceMaps { none, external, inline_, both };
enum class ErrorFormat { human, json };

struct Options {
  std::vector<std::string> inputs;  // empty or "-": standard input
  std::string output;               // -o: one output file
  std::string out_dir;              // -d: mirror the inputs under this folder
  std::string stdin_filename = "<stdin>";
  unsigned jobs = 0;  // 0: the machine's cores
  std::vector<std::string> extensions{".js", ".mjs", ".cjs"};
  std::vector<std::string> ignore;  // glob patterns on paths relative to their input folder
  bool copy_files = false;
  bool allow_overwrite = false;
  bool check = false;
  SourceMaps source_maps = SourceMaps::none;
  std::string source_root;
  std::string input_source_map;  // the input's own map (default: its sourceMappingURL comment)
  bool sources_content = true;
  ErrorFormat error_format = ErrorFormat::human;
  bool color = false;
  bool quiet = false;
  bool verbose = false;
  bool global_promise = false;  // --promise=global
  bool fast_paths = true;       // --no-fast-paths: parse every file whole
  uint64_t max_input_mib = default_max_input_bytes >> 20;  // --max-input-size: larger inputs are refused
  bool top_level_await = false; // --top-level-await: CommonJS and scripts run as an async function body
  bool async_stack_traces = false;  // --async-stack-traces: `at async` frames of lowered callers
  Assumptions assumptions;          // --assume LIST (core/assumptions.hpp)
  HelperDelivery helpers = HelperDelivery::inline_;
  std::string helpers_module = "async2gen/runtime";
  // --helpers=file (with -d): one runtime file at the top of the output folder, NAME.mjs for ES
  // modules and NAME.cjs for the rest, that every output imports or requires by a relative path.
  bool helpers_file = false;
  std::string helpers_file_name = "async2gen-runtime";
  ModuleKind module_kind = ModuleKind::automatic;
  std::string print_helpers;  // esm | cjs | global: print the runtime module and stop
};

struct ParsedOptions {
  Options options;
  std::optional<int> exit_now;  // --help, --version, usage errors (messages already printed)
};
ParsedOptions parse_options(int argc, char** argv);

}  // namespace a2g
