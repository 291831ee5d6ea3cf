// The one public entry of the core: source text in, output text and diagnostics out.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "core/assumptions.hpp"
#include "core/diagnostic.hpp"
#include "core/edit.hpp"
#include "core/parse.hpp"

namespace a2g {

enum class HelperDelivery { inline_, import, global };
enum class ModuleKind { automatic, esm, cjs };
enum class HelperModuleKind { esm, cjs, global };


struct TranspileResult {
  std::string output;  // empty when there are errors
  std::vector<Diagnostic> diagnostics;
  bool changed = false;  // false: output is the input, byte for byte
  EditList edits;        // what turned the input into the output (for source maps)
  // The input's last line `//# sourceMappingURL=...` when it is a comment (not the inside of a
  // template literal or of a block comment): the runtime goes before it, a new map replaces it.
  std::optional<std::pair<uint32_t, uint32_t>> source_map_comment;
  bool ok() const { return diagnostics.empty(); }
};

// The whole runtime as one shared module (--print-helpers): ESM exports, CommonJS exports, or
// a script that puts the functions on the global object (place_helpers.cpp).
std::string runtime_module(HelperModuleKind kind);

// Inputs larger than this are refused ("input too large"): the parse tree and the analysis take
// about 70-120 bytes of memory per input byte (up to about 250 for code nested 100,000 deep),
// so this bounds what one file can take (README, Performance).
constexpr uint64_t default_max_input_bytes = uint64_t{64} << 20;
// (tree-sitter's offsets are 32-bit)
constexpr uint64_t largest_input_bytes = (uint64_t{1} << 32) - 1;

struct TranspileOptions {
  HelperDelivery helpers = HelperDelivery::inline_;
  std::string helpers_module = "async2gen/runtime";  // --helpers=import: where from
  std::string helpers_module_cjs;                     // ... for require, when it differs (--helpers=file)
  ModuleKind module_kind = ModuleKind::automatic;     // import or require (auto: syntax, then .mjs/.cjs)
  std::string file_name;                              // for the module kind (.mjs / .cjs)
  // Async functions use the global `Promise` of the moment they are called (zone.js-style code
  // replaces it) instead of the intrinsic %Promise% captured when the file starts.
  bool global_promise = false;
  // Fast paths on (default): a file whose text holds neither `async` nor `await` cannot contain
  // anything to lower or to refuse, and is copied without parsing; in the others, only the top-level
  // statements and the function bodies that may hold async syntax are parsed (prescan.hpp), the rest
  // of the text blanked, so a syntax error in the rest is not reported. Off: always the whole file.
  bool fast_paths = true;
  // Top-level await / for await in a file that is no ES module: the whole program runs as the
  // body of an async function (see README). Off: an error, as always in ES modules.
  bool top_level_await = false;
  uint64_t max_input_bytes = default_max_input_bytes;  // larger inputs are refused
  // --async-stack-traces: the runtime keeps which lowered calls await which, and where, and adds
  // them to the stacks of errors as `at async` frames (engines with Error.captureStackTrace).
  bool async_stack_traces = false;
  // --assume: what the program promises (assumptions.hpp); none by default (exact output).
  Assumptions assumptions;
};

// One per thread (each file gets a parser of its own, from the thread's arena: parse_arena.hpp).
class Transpiler {
 public:
  // The pipeline, stage by stage (transpile.cpp).
  TranspileResult run(std::string_view source, const TranspileOptions& options = {});
};

}  // namespace a2g
