// The libFuzzer target over the core (README.md beside this file). Any bytes in; checked on each:
// no crash, no sanitizer report, no internal error, at most 5 s of CPU time; a refused input gets diagnostics inside it and
// no output; an accepted input's output parses, holds no async syntax, and is a fixed point
// (transpiled again, it comes out unchanged, and accepted); its source map builds.
// Options come from a hashbang first line (`#!--top-level-await --promise=global`), which is
// valid JavaScript, so every input is one program.
#include <time.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/parse_file.hpp"
#include "core/source.hpp"
#include "core/source_map.hpp"
#include "core/transpile.hpp"

namespace {

using namespace a2g;

[[noreturn]] void finding(const char* what, std::string_view input, std::string_view output) {
  std::fprintf(stderr, "a2g_fuzz: %s\n--- input (%zu bytes)\n%.*s\n--- output (%zu bytes)\n%.*s\n---\n", what,
               input.size(), static_cast<int>(input.size()), input.data(), output.size(),
               static_cast<int>(std::min<size_t>(output.size(), 4000)), output.data());
  std::abort();
}

TranspileOptions options_for(std::string_view input) {
  TranspileOptions o;
  if (!input.starts_with("#!")) return o;
  std::string_view line = input.substr(0, input.find('\n'));
  auto has = [&](std::string_view flag) { return line.find(flag) != std::string_view::npos; };
  o.top_level_await = has("--top-level-await");
  o.global_promise = has("--promise=global");
  if (has("--module-kind=esm")) o.module_kind = ModuleKind::esm;
  if (has("--module-kind=cjs")) o.module_kind = ModuleKind::cjs;
  if (has("--helpers=import")) o.helpers = HelperDelivery::import;
  if (has("--helpers=global")) o.helpers = HelperDelivery::global;
  return o;
}

// Whether a line terminator stands between `token` and the next token (comments included).
bool line_break_after(TSNode token, std::string_view src) {
  TSNode next = ts_node_next_sibling(token);
  while (!ts_node_is_null(next) && node_type(next) == "comment") next = ts_node_next_sibling(next);
  uint32_t end = ts_node_is_null(next) ? static_cast<uint32_t>(src.size()) : ts_node_start_byte(next);
  std::string_view gap = src.substr(ts_node_end_byte(token), end - ts_node_end_byte(token));
  return gap.find_first_of("\r\n") != std::string_view::npos || gap.find("\xE2\x80\xA8") != std::string_view::npos ||
         gap.find("\xE2\x80\xA9") != std::string_view::npos;
}

// Async syntax that no reading of the text can take for something else: the `async` keyword
// without a line break after it (a name `async` is an identifier node; `async /*\n*/ function`
// is the name, then a plain function) and `for await`. (An await expression outside any async
// function may be a call of a function named `await` in a script: the transpiler, fed the
// output again, decides.)
bool has_async_keywords(TSNode root, std::string_view src) {
  bool found = false;
  visit_nodes(root, false, any_depth, [&](TSNode n, uint32_t) {
    std::string_view type = node_type(n);
    found = (type == "async" && !line_break_after(n, src)) ||
            (type == "await" && node_type(ts_node_parent(n)) == "for_in_statement");
    return !found;
  });
  return found;
}

void check_refused(std::string_view input, const TranspileResult& r) {
  if (!r.output.empty()) finding("refused, yet an output", input, r.output);
  LineIndex lines(input);
  for (const Diagnostic& d : r.diagnostics) {
    if (d.severity == Severity::internal_error) finding(("internal error: " + d.message).c_str(), input, "");
    if (d.begin > d.end || d.end > input.size()) finding("a diagnostic outside the input", input, d.message);
    std::string text = format_diagnostic(d, "input.js", input, lines);
    if (text.size() > d.message.size() + 1000) finding("a diagnostic longer than its window", input, text);
  }
}

// Whether the accepted input is a program the whole parse accepts too: the fast paths parse only
// what may hold async syntax (a file without `async` and `await` not at all), so the rest may be
// anything; parsed whole, it must come out the same.
bool parses(std::string_view input, const TranspileResult& r, const TranspileOptions& options) {
  if (!r.changed && r.output != input) finding("unchanged, yet a different output", input, r.output);
  if (!options.fast_paths) return true;
  TranspileOptions slow = options;
  slow.fast_paths = false;
  static Transpiler parsing;
  TranspileResult parsed = parsing.run(input, slow);
  if (parsed.ok() && parsed.output != r.output) finding("fast paths on and off give different outputs", input, parsed.output);
  return parsed.ok();
}

void check_accepted(std::string_view input, const TranspileResult& r, const TranspileOptions& options) {
  if (!parses(input, r, options)) return;
  // Fed back in: accepted, nothing left to lower.
  static Transpiler again;
  TranspileResult fed_back = again.run(r.output, options);
  if (!fed_back.ok()) {
    LineIndex lines(r.output);
    finding(("the output is refused: " + format_diagnostic(fed_back.diagnostics[0], "output.js", r.output, lines)).c_str(),
            input, r.output);
  }
  if (fed_back.changed || fed_back.output != r.output) finding("the output is not a fixed point", input, r.output);
  // Parsed as the transpiler parses it (with its repairs), without errors or async keywords.
  static Parser parser;
  ParsedFile parsed = parse_file(parser, r.output);
  if (!parsed.errors.empty()) finding("the output has syntax errors", input, r.output);
  if (has_async_keywords(parsed.tree.root(), r.output)) finding("the output holds async syntax", input, r.output);
  if (r.changed) {
    EditList edits = r.edits;
    uint32_t conflict = 0;
    if (!edits.finish(input, &conflict) || edits.apply(input) != r.output) {
      finding("the edits do not give the output", input, r.output);
    }
    SourceMapOptions map_options;
    map_options.file = "output.js";
    map_options.source = "input.js";
    std::string map = build_source_map(input, edits, map_options);
    if (!decode_source_map(map)) finding("the source map does not decode", input, map);
  }
}

// The CPU time of this thread, in seconds: the bound on an input's time, which a loaded machine
// does not stretch as it does wall time (libFuzzer's -timeout, the backstop for a hang).
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}
constexpr double cpu_limit_seconds = 5;  // for all the checks of one input of at most 4 KB, under ASan

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  TranspileOptions options = options_for(input);
  static Transpiler transpiler;
  double start = cpu_seconds();
  TranspileResult r = transpiler.run(input, options);
  if (r.ok()) {
    check_accepted(input, r, options);
  } else {
    check_refused(input, r);
  }
  if (cpu_seconds() - start > cpu_limit_seconds) finding("over the CPU time limit", input, r.output);
  return 0;
}
