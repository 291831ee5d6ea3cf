// async2gen: the public C++ API. Source text in; code, source map and diagnostics out.
// No file system access, no printing, no exceptions thrown for bad input. Used by the command-line
// tool (src/cli), the WebAssembly build (src/wasm) and the tests; installed with `cmake --install`
// (find_package(async2gen) gives the imported target async2gen::async2gen).
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace async2gen {

// The version of the library (the project's version).
std::string_view version();

// How a source map is given back.
enum class SourceMaps {
  none,      // no map
  separate,  // Result::map holds it; the code gets no comment
  external,  // Result::map holds it; the code ends with `//# sourceMappingURL=<output_filename>.map`
  inline_,   // the code ends with a data: URL comment holding it (Result::map holds it too)
  both,      // inline_ and external: the comment holds the map, Result::map too
};
enum class Helpers {
  inline_,  // the runtime functions a file calls are appended to it (the default)
  import,   // imported (ES modules) or required (the rest) from Options::helpers_module
  global,   // expected on globalThis (runtime_module(RuntimeKind::global) defines them)
};
enum class ModuleKind { automatic, esm, cjs };  // automatic: import/export syntax, then .mjs/.cjs names
enum class PromiseMode { intrinsic, global };   // global: the global Promise at each call (zone.js)
enum class RuntimeKind { esm, cjs, global };    // the shared runtime as a module or a script
// What the program promises, for a smaller output (--assume; README, "Assumptions"):
enum class Assumption {
  // The program does not look at the function objects of its async functions, async arrows and
  // async methods, nor calls them with `new`; they stay plain functions. Calls stay exact. Async
  // generator functions stay exact.
  plain_functions,
};
// The assumption named `name` as --assume spells it (`plain-functions`), if there is one.
std::optional<Assumption> assumption_named(std::string_view name);

struct Options {
  // The input's name: in diagnostics, the map's "sources" (unless map_source is set), and for the
  // module kind (a .mjs name is an ES module, a .cjs name is not).
  std::string filename = "<input>";
  SourceMaps source_maps = SourceMaps::none;
  std::string output_filename;  // the map's "file" and the external comment's `NAME.map` (base name)
  std::string map_source;       // the map's "sources" entry (default: filename)
  std::string source_root;      // the map's "sourceRoot" (omitted when empty)
  bool sources_content = true;  // the map holds the input's text
  // The input's own map (it was itself generated): the output's map is chained through it. When
  // empty, the input's last-line `//# sourceMappingURL=` comment is used: a data: URL directly,
  // another URL through load_input_map (when set; nullopt: no chaining). Invalid maps are ignored.
  std::string input_source_map;
  std::function<std::optional<std::string>(std::string_view url)> load_input_map;
  Helpers helpers = Helpers::inline_;
  std::string helpers_module = "async2gen/runtime";  // Helpers::import: where from
  std::string helpers_module_cjs;                     // ... for require, when it differs
  ModuleKind module_kind = ModuleKind::automatic;
  PromiseMode promise = PromiseMode::intrinsic;  // global needs Helpers::inline_
  bool top_level_await = false;     // CommonJS and scripts: the program runs as an async function body
  bool async_stack_traces = false;  // `at async` frames for lowered callers (debugging)
  std::vector<Assumption> assume;   // none: the output is exact
  // A file without `async`/`await` is copied unparsed; in the others only what may hold async
  // syntax is parsed (a syntax error elsewhere is not reported). false: every file parsed whole.
  bool fast_paths = true;
  uint64_t max_input_bytes = uint64_t{64} << 20;  // larger inputs are refused
};

enum class Severity { error, internal_error };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;          // Options::filename
  uint32_t line = 0;         // 1-based
  uint32_t column = 0;       // 1-based, in UTF-16 code units (as JavaScript tools count)
  uint32_t offset = 0;       // byte range in the input
  uint32_t end_offset = 0;
  std::string message;       // without position
  std::string rendered;      // `file:line:col: error: message`, the source line and a caret (ends in \n)
};

struct Result {
  std::string code;  // empty when there are errors
  std::string map;   // the source map's JSON (when maps are on and there are no errors)
  std::vector<Diagnostic> diagnostics;
  bool changed = false;  // false: code is the input, byte for byte (maps off)
  bool ok() const { return diagnostics.empty(); }
  std::string rendered_diagnostics() const;  // every Diagnostic::rendered, in order
};

// Holds a parser reused across calls: one per thread.
class Transpiler {
 public:
  Transpiler();
  ~Transpiler();
  Transpiler(const Transpiler&) = delete;
  Transpiler& operator=(const Transpiler&) = delete;
  Result transpile(std::string_view source, const Options& options = {});

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One call with a parser of its own.
Result transpile(std::string_view source, const Options& options = {});

// The whole runtime as one shared module (ESM exports, CommonJS exports) or a global script.
std::string runtime_module(RuntimeKind kind);

}  // namespace async2gen
