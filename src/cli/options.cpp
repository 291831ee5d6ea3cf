// Option parsing with CLI11; usage errors exit with code 2.
#include "cli/options.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

namespace a2g {

ParsedOptions parse_options(int argc, char** argv) {
  ParsedOptions parsed;
  Options& o = parsed.options;
  CLI::App app{"async2gen: rewrites async functions and await into generators driven by a small runtime helper."};
  app.name("async2gen");
  app.set_version_flag("--version", std::string("async2gen ") + A2G_VERSION);
  app.add_option("input", o.input, "JavaScript file to transpile ('-' or none: standard input)");
  app.add_option("-o,--output", o.output, "Write the result to this file (atomically) instead of standard output");
  app.add_option("--stdin-filename", o.stdin_filename, "Name of standard input in diagnostics")
      ->default_str("<stdin>");
  app.footer(
      "Exit codes: 0 success, 1 the input has errors (syntax, or a form not supported yet),\n"
      "            2 usage or I/O problems.\n"
      "Diagnostics: file:line:col: error: message (1-based; columns count UTF-16 code units).");
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    parsed.exit_now = app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    parsed.exit_now = exit_usage_or_io;
  }
  if (o.stdin_filename.empty()) o.stdin_filename = "<stdin>";
  return parsed;
}

}  // namespace a2g
