// Command-line options and their parsing (CLI11).
#pragma once
#include <optional>
#include <string>

namespace a2g {

// Exit codes, also listed in README and --help.
enum ExitCode { exit_ok = 0, exit_input_errors = 1, exit_usage_or_io = 2 };

struct Options {
  std::string input;            // "-" or empty: standard input
  std::string output;           // empty: standard output
  std::string stdin_filename;   // the name stdin has in diagnostics
};

// Parses argv. Returns the options, or an exit code when the program should stop now
// (--help, --version, a usage error; messages already printed).
struct ParsedOptions {
  Options options;
  std::optional<int> exit_now;
};
ParsedOptions parse_options(int argc, char** argv);

}  // namespace a2g
