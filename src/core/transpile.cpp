// The pipeline: the stages in the order they run, each in its own file.
//   1. parse_file     the parse, with its repairs
//   2. syntax_errors  static checks: the tree's syntax errors
//   3. analyze        the tree into facts, and the errors no lowering could handle; then
//      early_errors   static semantics: what engines refuse that the grammar accepts
//   4. lower_file     the facts into one edit list
//   5. place_helpers  the runtime helpers the file calls, and the statements it starts with
//   6. output         the edit list spliced into the source
#include "core/transpile.hpp"

#include <algorithm>
#include <string>

#include "core/lower_file.hpp"
#include "core/module_kind.hpp"
#include "core/names.hpp"
#include "core/output.hpp"
#include "core/parse_arena.hpp"
#include "core/parse_file.hpp"
#include "core/place_helpers.hpp"
#include "core/prescan.hpp"
#include "core/source.hpp"

namespace a2g {
namespace {

// A file whose text holds neither `async` nor `await` as a word has nothing to lower or to refuse
// (unless its last line is a sourceMappingURL comment that a template literal or block comment
// might hold).
bool copied_unparsed(std::string_view source, const TranspileOptions& options, bool map_comment) {
  return options.fast_paths && !may_be_keyword(source, "async") && !may_be_keyword(source, "await") &&
         (!map_comment || (source.find('`') == std::string_view::npos && source.find("/*") == std::string_view::npos));
}

TranspileResult unchanged(std::string_view source, TranspileResult result) {
  result.output = std::string(source);
  return result;
}

TranspileResult failed(std::vector<Diagnostic> diagnostics) {
  TranspileResult result;
  result.diagnostics = std::move(diagnostics);
  sort_and_dedupe(result.diagnostics);
  return result;
}

// The parse and the analysis take memory in proportion to the input: a limit that fails clearly
// rather than swapping or being killed.
TranspileResult too_large(std::string_view source, const TranspileOptions& options) {
  uint64_t limit = std::min(options.max_input_bytes, largest_input_bytes);
  return failed({{Severity::error, 0, 0,
                  "input too large: " + std::to_string(source.size()) + " bytes, over the limit of " +
                      std::to_string(limit) + " bytes (about 100 bytes of memory are needed per input byte; " +
                      "--max-input-size MIB raises the limit)"}});
}

}  // namespace

TranspileResult Transpiler::run(std::string_view source, const TranspileOptions& options) {
  TranspileResult result;
  result.source_map_comment = trailing_source_map_comment(source);
  if (copied_unparsed(source, options, result.source_map_comment.has_value())) return unchanged(source, result);
  if (source.size() > std::min(options.max_input_bytes, largest_input_bytes)) return too_large(source, options);

  // Tree-sitter's memory for this file comes from the thread's arena (a small file's), which is
  // reset when it ends: the parser and every tree are made after it, so they are deleted first.
  ParseArena arena(source.size());
  Parser parser;

  // The fast path parses a copy with the runs of statements that cannot matter blanked
  // (prescan.hpp); whatever it cannot answer for sure the whole file's parse answers.
  std::optional<ParsedFile> reduced;
  if (options.fast_paths) {
    size_t comment = result.source_map_comment ? result.source_map_comment->first : std::string_view::npos;
    std::optional<ReducedSource> r = reduce_source(source, comment);
    if (r) reduced = parse_reduced(parser, source, std::move(*r));
  }
  Facts facts;
  if (reduced) {
    facts = analyze_file(parser, *reduced, source, options);
    if (!facts.errors.empty() || facts.async_program) reduced.reset();
  }
  ParsedFile file = reduced ? std::move(*reduced) : parse_file(parser, source);  // 1, 2
  if (!file.errors.empty()) return failed(std::move(file.errors));
  result.source_map_comment = source_map_comment(file.tree.root(), source);

  // (analysis may parse again: the tree of `file` is the one its facts point into)
  if (!reduced) facts = analyze_file(parser, file, source, options);  // 3, early errors
  if (!facts.errors.empty()) return failed(std::move(facts.errors));
  bool module = may_be_module(file.tree.root(), source, options);
  if (facts.functions.empty() && !facts.async_program) return unchanged(source, result);

  Names names = choose_names(source);
  LoweredFile lowered = lower_file(source, names, facts, module, options.async_stack_traces,
                                     options.assumptions.contains(Assumption::plain_functions));  // 4

  uint32_t runtime_offset =
      result.source_map_comment ? result.source_map_comment->first : static_cast<uint32_t>(source.size());
  if (!place_helpers(lowered, file.tree.root(), source, names, options,  // 5
                     runtime_offset, result.diagnostics)) {
    return result;
  }

  if (!write_output(lowered.edits, source, result.output, result.diagnostics)) return result;  // 6
  result.changed = true;
  result.edits = std::move(lowered.edits);
  return result;
}

}  // namespace a2g
