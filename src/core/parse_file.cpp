// The parse and its repairs (parse_file.hpp).
#include "core/parse_file.hpp"

#include "core/source.hpp"
#include "core/syntax_errors.hpp"

namespace a2g {
namespace {

// The last `await` or `yield` word that starts before `end`, or npos.
size_t last_keyword_word_before(std::string_view text, size_t end) {
  size_t best = std::string_view::npos;
  for (std::string_view word : {"await", "yield"}) {
    size_t at = end;
    while (at > 0) {
      at = text.rfind(word, at - 1);
      if (at == std::string_view::npos) break;
      bool starts = at == 0 || !is_identifier_char(text[at - 1]);
      bool ends = at + word.size() >= text.size() || !is_identifier_char(text[at + word.size()]);
      if (starts && ends) {
        if (best == std::string_view::npos || at > best) best = at;
        break;
      }
    }
  }
  return best;
}

// Where a `;` would stand if the grammar applied ASI inside the error node: the first blank
// before its first line break (`#a\n[k] = 1` in a class body), or npos.
size_t asi_candidate(std::string_view text, const Diagnostic& error) {
  // A MISSING node (zero width) sits where the `;` belongs.
  if (error.begin == error.end && error.begin < text.size() &&
      std::string_view(" \t\r\n").find(text[error.begin]) != std::string_view::npos) {
    return error.begin;
  }
  size_t line_break = text.find_first_of("\r\n", error.begin);
  if (line_break == std::string_view::npos || line_break > error.end + 1) return std::string_view::npos;
  size_t at = line_break;
  while (at > error.begin && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  return at > error.begin ? at : std::string_view::npos;
}

// The grammar treats `await` (and `yield`) as keywords everywhere, but in scripts they are also
// ordinary names: `var await = 1; f(await)`. On a syntax error, the nearest such word before it
// is masked in a copy of the text (`awai$`: same length, so every offset stays valid) and the
// copy is parsed again. Analysis reads names from the original text, so it still sees `await`
// and reports it where a name cannot be `await` (inside an async function).
Tree parse_masking_keyword_names(Parser& parser, std::string_view source, std::string& masked,
                                  std::vector<Diagnostic>& errors) {
  constexpr int max_masks = 32;
  Tree tree = parser.parse(source);
  if (!tree) return tree;
  errors = find_syntax_errors(tree.root(), source);
  for (int i = 0; !errors.empty() && i < max_masks; ++i) {
    std::string_view text = masked.empty() ? source : std::string_view(masked);
    // Two repairs of the parse copy, both keeping every offset: `await`/`yield` as names
    // (`awai$`), and a semicolon the grammar's ASI misses (one blank becomes `;`).
    size_t keyword = last_keyword_word_before(text, errors[0].end);
    size_t semicolon = asi_candidate(text, errors[0]);
    bool repaired = false;
    for (int attempt = 0; attempt < 2 && !repaired; ++attempt) {
      size_t at = attempt == 0 ? keyword : semicolon;
      if (at == std::string_view::npos) continue;
      std::string copy(text);
      if (attempt == 0) copy[at + 4] = '$';
      else copy[at] = ';';
      Tree retry = parser.parse(copy);
      if (!retry) continue;
      std::vector<Diagnostic> retry_errors = find_syntax_errors(retry.root(), copy);
      // Keep a repair only if it moved the first error later (or removed all of them): a real
      // syntax error is then still reported where it is.
      if (!retry_errors.empty() && retry_errors[0].begin <= errors[0].begin) continue;
      // A semicolon must also get the parse past the token after it, or it only moved the error.
      size_t next_token = copy.find_first_not_of(" \t\r\n", at + 1);
      if (attempt == 1 && !retry_errors.empty() &&
          (next_token == std::string::npos || retry_errors[0].begin <= next_token)) {
        continue;
      }
      masked = std::move(copy);
      tree = std::move(retry);
      errors = std::move(retry_errors);
      repaired = true;
    }
    if (!repaired) break;
  }
  return tree;
}

}  // namespace

ParsedFile parse_file(Parser& parser, std::string_view source) {
  ParsedFile file;
  file.tree = parse_masking_keyword_names(parser, source, file.masked, file.errors);
  if (!file.tree) file.errors = {{Severity::internal_error, 0, 0, "the parser returned no tree"}};
  return file;
}

Facts analyze_file(Parser& parser, ParsedFile& file, std::string_view source, bool top_level_await) {
  Facts facts = analyze(file.tree.root(), source, top_level_await);
  for (int round = 0; !facts.misparsed_yields.empty() && round < 4; ++round) {
    if (file.masked.empty()) file.masked.assign(source);
    for (uint32_t at : facts.misparsed_yields) file.masked[at + 4] = '$';
    file.tree = parser.parse(file.masked);
    std::vector<Diagnostic> errors = find_syntax_errors(file.tree.root(), source);
    if (!errors.empty()) {
      facts.errors = std::move(errors);
      return facts;
    }
    facts = analyze(file.tree.root(), source, top_level_await);
  }
  return facts;
}

}  // namespace a2g
