// async2gen: the command-line entry. Reads one input, transpiles, writes or reports.
#include <iostream>

#include "cli/file_io.hpp"
#include "cli/options.hpp"
#include "core/source.hpp"
#include "core/transpile.hpp"

int main(int argc, char** argv) {
  using namespace a2g;
  ParsedOptions parsed = parse_options(argc, argv);
  if (parsed.exit_now) return *parsed.exit_now;
  const Options& o = parsed.options;
  bool from_stdin = o.input.empty() || o.input == "-";
  std::string display = from_stdin ? o.stdin_filename : o.input;

  if (!o.output.empty() && !from_stdin && same_file(o.input, o.output)) {
    std::cerr << "async2gen: error: refusing to write over the input " << o.input << '\n';
    return exit_usage_or_io;
  }
  std::string source, error;
  if (!read_input(o.input, source, error)) {
    std::cerr << "async2gen: error: " << error << '\n';
    return exit_usage_or_io;
  }
  TranspileResult result;
  try {
    result = Transpiler().run(source);
  } catch (const std::exception& e) {
    std::cerr << "async2gen: internal error: " << e.what() << '\n';
    return exit_usage_or_io;
  }
  if (!result.ok()) {
    LineIndex lines(source);
    for (const Diagnostic& d : result.diagnostics) std::cerr << format_diagnostic(d, display, source, lines);
    return exit_input_errors;
  }
  if (o.output.empty()) {
    std::cout.write(result.output.data(), static_cast<std::streamsize>(result.output.size()));
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "async2gen: error: cannot write to standard output\n";
      return exit_usage_or_io;
    }
    return exit_ok;
  }
  if (!write_atomically(o.output, result.output, error)) {
    std::cerr << "async2gen: error: " << error << '\n';
    return exit_usage_or_io;
  }
  return exit_ok;
}
