// Stage 1 of the pipeline: the parse, with the repairs of what the grammar reads otherwise than
// JavaScript does. Every repair edits a copy of the text without moving a byte, so every offset
// into the tree is one into the source; analysis reads names from the source itself.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analyze.hpp"
#include "core/diagnostic.hpp"
#include "core/parse.hpp"
#include "core/prescan.hpp"
#include "core/transpile.hpp"

namespace a2g {

struct ParsedFile {
  Tree tree{nullptr};
  std::string masked;               // the repaired copy the tree was parsed from; empty: the source
  std::vector<Diagnostic> errors;   // syntax errors (stage 2), or the parser's failure
};

ParsedFile parse_file(Parser& parser, std::string_view source);

// The parse of `reduced` (prescan.hpp: the source with runs of statements blanked) in place of
// the source, or nothing when it has a syntax error (the whole file is parsed then, which
// reports it, or repairs what the grammar misreads).
std::optional<ParsedFile> parse_reduced(Parser& parser, std::string_view source, ReducedSource reduced);

// Stage 3 with the repairs it can ask for, then the early errors (early_errors.cpp): `yield`
// words the grammar took for yield expressions outside any generator (Facts::misparsed_yields)
// and the repairs find_early_errors asks for are made in the parse copy, and the file parsed and
// analysed again (up to 8 rounds). Whether the file is a module is read from each tree. Syntax
// errors of such a parse, else the early errors, else the analysis's errors, come back as the
// facts' errors.
Facts analyze_file(Parser& parser, ParsedFile& file, std::string_view source, const TranspileOptions& options);

}  // namespace a2g
