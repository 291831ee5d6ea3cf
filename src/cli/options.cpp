// Option parsing with CLI11; usage errors exit with code 2.
#include "cli/options.hpp"
#include "cli/file_io.hpp"

#include "async2gen/async2gen.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <map>

namespace a2g {

ParsedOptions parse_options(int argc, char** argv) {
  ParsedOptions parsed;
  Options& o = parsed.options;
  CLI::App app{"async2gen: rewrites async functions and await into generators driven by a small runtime helper."};
  app.name("async2gen");
  app.set_version_flag("--version", std::string("async2gen ") + std::string(async2gen::version()));
  app.add_option("inputs", o.inputs, "JavaScript files ('-' or none: standard input); files or folders with -d");
  auto* output = app.add_option("-o,--output", o.output, "Write the result to this file (atomically)");
  app.add_option("-d,--out-dir", o.out_dir, "Mirror the inputs (files or folders) under this folder")
      ->excludes(output);
  app.add_option("-j,--jobs", o.jobs, "Files processed in parallel with -d (default: the machine's cores)");
  app.add_option("--extensions", o.extensions, "File endings picked up in folders, comma-separated (default: .js,.mjs,.cjs)")
      ->delimiter(',');
  app.add_option("--ignore", o.ignore, "Glob pattern of files to skip in folders, matched against their path inside the input folder (repeatable; default: none)");
  app.add_flag("--copy-files", o.copy_files, "With -d, copy the other files of the input folders too");
  app.add_flag("--allow-overwrite", o.allow_overwrite, "Allow writing an output over its own input");
  app.add_flag("--check", o.check, "Write nothing; exit 1 if any output would differ from what is on disk");
  std::string maps = "none";
  app.add_flag("--source-maps{external}", maps, "Write source maps (default: none). --source-maps or =external: a NAME.map file beside each output, with a comment pointing to it; =inline: the map in a data: URL comment; =both")
      ->check(CLI::IsMember({"none", "external", "inline", "both"}));
  app.add_option("--source-root", o.source_root, "The maps' sourceRoot (default: none)");
  app.add_option("--input-source-map", o.input_source_map,
                 "The input's own source map, to chain through (default: its //# sourceMappingURL comment)");
  bool no_content = false;
  app.add_flag("--no-sources-content", no_content, "Leave sourcesContent out of the maps (default: they hold the input's text)");
  app.add_option("--stdin-filename", o.stdin_filename, "Name of standard input in diagnostics and maps (default: <stdin>); a .mjs or .cjs ending counts as a file's would");
  std::string color = "auto";
  app.add_option("--color", color, "Colour diagnostics: auto (the default: when stderr is a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  std::string format = "human";
  app.add_option("--error-format", format, "Diagnostics as human text (the default) or JSON lines")
      ->check(CLI::IsMember({"human", "json"}));
  std::string promise = "intrinsic";
  app.add_option("--promise", promise,
                 "Promise used by async functions: intrinsic (the default: captured when the file starts, as natively) or "
                 "global (the global Promise at each call, for zone.js-style code)")
      ->check(CLI::IsMember({"intrinsic", "global"}));
  std::string helpers = "inline";
  app.add_option("--helpers", helpers,
                 "Runtime delivery: inline (the default: the functions each file calls, appended to it), import (from --helpers-module, with import or "
                 "require), global (expected on globalThis; see --print-helpers global), file (with -d: one runtime "
                 "file at the top of the output folder, see --helpers-file, imported or required by a relative path)")
      ->check(CLI::IsMember({"inline", "import", "global", "file"}));
  app.add_option("--helpers-file", o.helpers_file_name,
                 "With --helpers=file: the runtime file's name, without extension (default: async2gen-runtime; "
                 "NAME.mjs and NAME.cjs are written)");
  app.add_option("--helpers-module", o.helpers_module, "With --helpers=import: the module the runtime is imported from (default: async2gen/runtime)");
  std::string module_kind = "auto";
  app.add_option("--module-kind", module_kind,
                 "Whether a file is an ES module (which decides its top-level rules, and import or require for helpers): "
                 "auto (the default: import/export syntax, a .mjs name, or a .js file whose nearest package.json says "
                 "\"type\": \"module\"; .cjs never), esm, cjs")
      ->check(CLI::IsMember({"auto", "esm", "cjs"}));
  app.add_option("--print-helpers", o.print_helpers, "Print the runtime as a module (esm, cjs) or a global script")
      ->check(CLI::IsMember({"esm", "cjs", "global"}));
  app.add_flag("--top-level-await", o.top_level_await,
               "Allow top-level await in CommonJS files and scripts: the file then runs as the body of an async "
               "function (its exports can be set late; ES modules: still an error; see README)");
  app.add_flag("--async-stack-traces", o.async_stack_traces,
               "For debugging: errors thrown in lowered code show the lowered async functions waiting for it as "
               "`at async NAME (file:line:col)` frames, as V8 shows native ones (where the engine has "
               "Error.captureStackTrace; costs time at each await; default: off)");
  std::vector<std::string> assume;
  app.add_option("--assume", assume,
                 "Assume what the program promises, for a smaller output (comma-separated, repeatable; default: "
                 "none, the output is exact). plain-functions: the program does not look at the function objects "
                 "of its async functions, async arrows and async methods (their prototype, [[Prototype]], "
                 "`prototype` property, constructor) and does not call them with new: they stay the plain "
                 "functions the output declares, and the runtime leaves out what makes them look native. Calls "
                 "stay exact: this, arguments, the order of every await, rejections, names and lengths. Async "
                 "generator functions stay exact. See README, Assumptions")
      ->delimiter(',')
      ->allow_extra_args(false);
  bool no_fast_paths = false;
  app.add_flag("--no-fast-paths", no_fast_paths,
               "Parse every file whole (by default, a file without async syntax is copied unparsed, and in the "
               "others only the statements that may hold async syntax are parsed, so a syntax error elsewhere is "
               "not reported; the output is otherwise the same)");
  bool parse_async_only = false;
  app.add_flag("--parse-async-only", parse_async_only,
               "Accepted for compatibility; does nothing (what it turned on is now the default)");
  app.add_option("--max-input-size", o.max_input_mib,
                 "Refuse inputs larger than this many MiB (default 64; about 100 bytes of memory are needed per "
                 "input byte)")
      ->check(CLI::Range(uint64_t{1}, largest_input_bytes >> 20));
  app.add_flag("-q,--quiet", o.quiet, "Print no progress and no summary");
  app.add_flag("-v,--verbose", o.verbose, "Print each file as it is written");
  app.footer(
      "Exit codes: 0 success, 1 the input has errors (syntax, or a form not supported yet; with --check:\n"
      "            an output differs), 2 usage or I/O problems.\n"
      "Diagnostics: file:line:col: error: message (1-based; columns count UTF-16 code units).");
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    parsed.exit_now = app.exit(e);
    return parsed;
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    parsed.exit_now = exit_usage_or_io;
    return parsed;
  }
  static const std::map<std::string, SourceMaps> map_kinds{
      {"none", SourceMaps::none}, {"external", SourceMaps::external}, {"inline", SourceMaps::inline_},
      {"both", SourceMaps::both}};
  o.source_maps = map_kinds.at(maps);
  o.sources_content = !no_content;
  o.global_promise = promise == "global";
  for (const std::string& name : assume) {
    if (std::optional<std::string> unknown = o.assumptions.add_list(name)) {
      std::cerr << "async2gen: error: --assume: " << unknown_assumption_message(*unknown) << "\n";
      parsed.exit_now = exit_usage_or_io;
    }
  }
  o.fast_paths = !no_fast_paths;
  o.helpers = helpers == "import" || helpers == "file" ? HelperDelivery::import
              : helpers == "global"                     ? HelperDelivery::global
                                                        : HelperDelivery::inline_;
  o.helpers_file = helpers == "file";
  if (o.helpers_file && o.out_dir.empty()) {
    std::cerr << "async2gen: error: --helpers=file needs -d/--out-dir (use --helpers=import for single files)\n";
    parsed.exit_now = exit_usage_or_io;
  }
  if (o.helpers_file && (o.helpers_file_name.empty() || o.helpers_file_name.find_first_of("/\\") != std::string::npos ||
                         o.helpers_file_name == "." || o.helpers_file_name == "..")) {
    std::cerr << "async2gen: error: --helpers-file takes a file name without folders\n";
    parsed.exit_now = exit_usage_or_io;
  }
  o.module_kind = module_kind == "esm" ? ModuleKind::esm : module_kind == "cjs" ? ModuleKind::cjs : ModuleKind::automatic;
  if (o.global_promise && o.helpers != HelperDelivery::inline_) {
    std::cerr << "async2gen: error: --promise=global needs --helpers=inline\n";
    parsed.exit_now = exit_usage_or_io;
  }
  o.error_format = format == "json" ? ErrorFormat::json : ErrorFormat::human;
  bool no_color_env = std::getenv("NO_COLOR") && *std::getenv("NO_COLOR");
  o.color = color == "always" || (color == "auto" && !no_color_env && stderr_is_terminal());
  if (o.inputs.size() > 1 && o.out_dir.empty()) {
    std::cerr << "async2gen: error: several inputs need -d/--out-dir\n";
    parsed.exit_now = exit_usage_or_io;
  }
  if (o.source_maps != SourceMaps::none && o.source_maps != SourceMaps::inline_ && o.output.empty() &&
      o.out_dir.empty()) {
    std::cerr << "async2gen: error: external source maps need -o or -d (use --source-maps=inline for stdout)\n";
    parsed.exit_now = exit_usage_or_io;
  }
  return parsed;
}

}  // namespace a2g
