// async2gen: the command-line entry. One input to stdout or -o, or many with -d (batch.cpp).
#include <iostream>

#include "cli/batch.hpp"
#include "cli/compile_file.hpp"
#include "cli/file_io.hpp"
#include "cli/options.hpp"
#include "cli/temp_files.hpp"

namespace {

using namespace a2g;

int run_single(const Options& o) {
  std::string input = o.inputs.empty() ? "-" : o.inputs[0];
  bool from_stdin = input == "-";
  std::string display = from_stdin ? o.stdin_filename : input;
  if (!o.output.empty() && !from_stdin && !o.allow_overwrite && same_file(input, o.output)) {
    std::cerr << "async2gen: error: refusing to write over the input " << input << " (--allow-overwrite)\n";
    return exit_usage_or_io;
  }
  std::string source, error;
  if (!read_input(input, source, error)) {
    std::cerr << "async2gen: error: " << error << '\n';
    return exit_usage_or_io;
  }
  async2gen::Transpiler transpiler;
  Compiled c = compile_source(transpiler, source, display, from_stdin ? "" : input, o.output, o);
  if (!c.ok) {
    std::cerr << c.diagnostics;
    return exit_input_errors;
  }
  if (o.check) {
    std::string existing;
    bool same = !o.output.empty() && read_input(o.output, existing, error) && existing == c.code;
    if (!same && !o.quiet) std::cerr << "async2gen: would change " << (o.output.empty() ? "<stdout>" : o.output) << '\n';
    return same ? exit_ok : exit_input_errors;
  }
  if (o.output.empty()) {
    std::cout.write(c.code.data(), static_cast<std::streamsize>(c.code.size()));
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "async2gen: error: cannot write to standard output\n";
      return exit_usage_or_io;
    }
    return exit_ok;
  }
  if (!write_atomically(o.output, c.code, error, from_stdin ? -1 : file_mode(input), true) ||
      (!c.map.empty() && !write_atomically(c.map_path, c.map, error, -1, true))) {
    std::cerr << "async2gen: error: " << error << '\n';
    return exit_usage_or_io;
  }
  return exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace a2g;
  ParsedOptions parsed = parse_options(argc, argv);
  if (parsed.exit_now) return *parsed.exit_now;
  if (!parsed.options.print_helpers.empty()) {
    const std::string& kind = parsed.options.print_helpers;
    std::cout << runtime_module(kind == "esm" ? HelperModuleKind::esm : kind == "cjs" ? HelperModuleKind::cjs
                                                                                      : HelperModuleKind::global);
    return exit_ok;
  }
  bool writes_files = !parsed.options.check && (!parsed.options.output.empty() || !parsed.options.out_dir.empty());
  if (writes_files) remove_temp_files_on_signals();
  try {
    return parsed.options.out_dir.empty() ? run_single(parsed.options) : run_batch(parsed.options);
  } catch (const std::exception& e) {
    std::cerr << "async2gen: internal error: " << e.what() << '\n';
    return exit_usage_or_io;
  }
}
