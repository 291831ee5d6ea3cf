// Fixture tests: fixtures/<category>/<case>/input.js against output.js (exact bytes) or
// errors.txt (diagnostics, file named input.js). UPDATE_FIXTURES=1 rewrites the expected files;
// a missing expected file is written outside CI and fails under CI. Every lowered output is also
// checked for the invariants: it parses without errors, has no async syntax left, comes out
// unchanged when fed back in, and the same input gives the same bytes twice; and every case gives
// the same output or diagnostics with the fast paths off (--no-fast-paths, the whole-file parse).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/analyze.hpp"
#include "core/source.hpp"
#include "core/transpile.hpp"

namespace fs = std::filesystem;
using namespace a2g;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const fs::path& p, const std::string& content) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << content;
}

bool env_set(const char* name) {
  const char* v = std::getenv(name);
  return v && *v && std::string(v) != "0";
}

std::vector<fs::path> fixture_cases() {
  std::vector<fs::path> cases;
  for (const auto& category : fs::directory_iterator(A2G_FIXTURES_DIR)) {
    if (!category.is_directory()) continue;
    for (const auto& c : fs::directory_iterator(category.path())) {
      if (fs::exists(c.path() / "input.js")) cases.push_back(c.path());
    }
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

std::string name_of(const fs::path& dir) {
  return dir.parent_path().filename().string() + "/" + dir.filename().string();
}

// A short report of the first differing line, with its neighbours.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected), a(actual);
  std::string el, al;
  for (int line = 1;; ++line) {
    bool he = static_cast<bool>(std::getline(e, el));
    bool ha = static_cast<bool>(std::getline(a, al));
    if (!he && !ha) return "(no line differs; line endings or final newline differ)";
    if (el != al || he != ha) {
      return "line " + std::to_string(line) + ":\n- expected: " + (he ? el : "<end>") +
             "\n+ actual:   " + (ha ? al : "<end>");
    }
  }
}

std::string diagnostics_text(const TranspileResult& r, const std::string& source) {
  LineIndex lines(source);
  std::string out;
  for (const Diagnostic& d : r.diagnostics) out += format_diagnostic(d, "input.js", source, lines);
  return out;
}

void check_invariants(const std::string& name, const std::string& source, const TranspileResult& r,
                      const TranspileOptions& options) {
  INFO("fixture: " << name);
  Transpiler again;
  TranspileResult fed_back = again.run(r.output, options);
  CHECK_MESSAGE(fed_back.ok(), "the output does not parse or is refused");
  CHECK_MESSAGE(!fed_back.changed, "the output still has async syntax (not idempotent)");
  CHECK_MESSAGE(again.run(source, options).output == r.output, "not deterministic");
  TranspileOptions slow = options;
  slow.fast_paths = !options.fast_paths;
  CHECK_MESSAGE(again.run(source, slow).output == r.output, "fast paths on and off give different outputs");
}

// Compares `actual` with the expected file, or writes it in update mode.
void check_expected(const std::string& name, const fs::path& file, const std::string& actual, bool update) {
  INFO("fixture: " << name);
  bool exists = fs::exists(file);
  if (update || (!exists && !env_set("CI"))) {
    if (!exists || read_file(file) != actual) {
      write_file(file, actual);
      MESSAGE("updated " << file.string());
    }
    return;
  }
  REQUIRE_MESSAGE(exists, "missing " << file.string() << " (run with UPDATE_FIXTURES=1 and read the diff)");
  std::string expected = read_file(file);
  CHECK_MESSAGE(expected == actual, "differs from " << file.filename().string() << ", "
                                                    << first_difference(expected, actual));
}

}  // namespace

TEST_SUITE("fixtures") {
  TEST_CASE("every fixture gives its expected output or diagnostics") {
    bool update = env_set("UPDATE_FIXTURES");
    auto cases = fixture_cases();
    REQUIRE_MESSAGE(cases.size() > 0, "no fixtures found in " A2G_FIXTURES_DIR);
    Transpiler transpiler;
    for (const fs::path& dir : cases) {
      std::string name = name_of(dir);
      std::string source = read_file(dir / "input.js");
      // An `args` file holds command-line flags; those that change the transpilation are mapped.
      TranspileOptions options;
      if (fs::exists(dir / "args")) {
        std::string args = read_file(dir / "args");
        options.global_promise = args.find("--promise=global") != std::string::npos;
        options.top_level_await = args.find("--top-level-await") != std::string::npos;
        options.async_stack_traces = args.find("--async-stack-traces") != std::string::npos;
        // `--assume LIST` or `--assume=LIST`, as the CLI reads it
        std::istringstream words(args);
        for (std::string word, list; words >> word;) {
          if (word == "--assume") words >> list;
          else if (word.starts_with("--assume=")) list = word.substr(9);
          else continue;
          std::optional<std::string> unknown = options.assumptions.add_list(list);
          REQUIRE_MESSAGE(!unknown, name << "/args: " << unknown_assumption_message(unknown.value_or("")));
        }
      }
      TranspileResult r = transpiler.run(source, options);
      bool expects_errors = fs::exists(dir / "errors.txt") || (!fs::exists(dir / "output.js") && !r.ok());
      if (expects_errors) {
        INFO("fixture: " << name);
        CHECK_MESSAGE(!r.ok(), "expected errors, but it transpiled");
        CHECK(r.output.empty());
        check_expected(name, dir / "errors.txt", diagnostics_text(r, source), update);
        // (the fast paths may miss a syntax error outside async syntax, never report another one:
        // every error fixture has its errors where they are seen either way)
        TranspileOptions slow = options;
        slow.fast_paths = !options.fast_paths;
        CHECK_MESSAGE(diagnostics_text(transpiler.run(source, slow), source) == diagnostics_text(r, source),
                      "fast paths on and off give different diagnostics");
        continue;
      }
      if (!r.ok()) {
        INFO("fixture: " << name);
        FAIL_CHECK("unexpected diagnostics:\n" << diagnostics_text(r, source));
        continue;
      }
      check_expected(name, dir / "output.js", r.output, update);
      check_invariants(name, source, r, options);
      if (name.starts_with("passthrough/")) {
        INFO("fixture: " << name);
        CHECK_MESSAGE(r.output == source, "a passthrough fixture changed");
      }
    }
    MESSAGE(cases.size() << " fixtures checked");
  }
}
