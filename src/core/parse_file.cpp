// The parse and its repairs (parse_file.hpp).
#include "core/parse_file.hpp"

#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

#include "core/early_errors.hpp"
#include "core/module_kind.hpp"
#include "core/source.hpp"
#include "core/syntax_errors.hpp"
#include "core/using_declarations.hpp"

namespace a2g {
namespace {

// Annex B's `for (var x = INIT in obj)` (sloppy code): the grammar reads INIT as an expression
// that `in` continues, so `var x = a = 0 in y` and `var x = a ? b : c in y` fail to parse. In the
// parse copy, the loop's `in` becomes `of` (same length), which ends INIT. The early errors and
// the lowering read the operator from the source, which says `in`. The loop's `in`: the first
// `in` word outside brackets and strings after `for (var NAME =`, before a `;` or the `)`.
// (Missed ones, such as a `)` in a regular expression, are left to the repair loop below.)
void mask_for_in_initializers(std::string_view src, std::string& masked) {
  auto word_at = [&](size_t at, std::string_view w) {
    return src.substr(at, w.size()) == w && (at == 0 || !is_identifier_char(src[at - 1])) &&
           (at + w.size() >= src.size() || !is_identifier_char(src[at + w.size()]));
  };
  auto skip_blanks = [&](size_t at) { return std::min(src.find_first_not_of(" \t\r\n", at), src.size()); };
  for (size_t at = src.find("for"); at != std::string_view::npos; at = src.find("for", at + 3)) {
    if (!word_at(at, "for")) continue;
    size_t open = skip_blanks(at + 3);
    if (open >= src.size() || src[open] != '(') continue;
    size_t var = skip_blanks(open + 1);
    if (!word_at(var, "var")) continue;
    size_t name = skip_blanks(var + 3), name_end = name;
    while (name_end < src.size() && (is_identifier_char(src[name_end]) || src[name_end] == '\\')) ++name_end;
    size_t eq = skip_blanks(name_end);
    if (name_end == name || eq >= src.size() || src[eq] != '=' || src.substr(eq, 2) == "==") continue;
    int depth = 0;
    for (size_t k = eq + 1; k < src.size(); ++k) {
      char c = src[k];
      if (c == '"' || c == '\'' || c == '`') {
        for (++k; k < src.size() && src[k] != c; ++k) k += src[k] == '\\';
        continue;
      }
      if (c == '(' || c == '[' || c == '{') ++depth;
      if ((c == ')' || c == ']' || c == '}') && --depth < 0) break;
      if (depth == 0 && c == ';') break;
      if (depth == 0 && word_at(k, "in")) {
        // (the grammar's ASI would end the initializer at a line break before `of`, not before
        // `in`: the line breaks there become blanks; not after a line comment, which they end)
        size_t gap = src.find_last_not_of(" \t\r\n", k - 1) + 1;
        size_t line = src.find_last_of("\r\n", gap - 1);
        line = line == std::string_view::npos ? 0 : line + 1;
        if (src.substr(gap, k - gap).find_first_of("\r\n") != std::string_view::npos &&
            src.substr(line, gap - line).find("//") != std::string_view::npos) {
          break;
        }
        if (masked.empty()) masked.assign(src);
        masked[k] = 'o';
        masked[k + 1] = 'f';
        for (size_t j = gap; j < k; ++j) {
          if (masked[j] == '\r' || masked[j] == '\n') masked[j] = ' ';
        }
        break;
      }
    }
  }
}

// A candidate repair (offset, length) with this bit in its length joins lines (line breaks become
// blanks) instead of masking a word.
constexpr size_t join_flag = size_t{1} << (sizeof(size_t) * 8 - 1);  // (lengths are below 4 GiB; wasm32 has a 32-bit size_t)
// ... with this bit, turns the `in` there into `of` (see for_in_operators).
constexpr size_t of_flag = size_t{1} << (sizeof(size_t) * 8 - 2);

// Annex B's `for (var x = INIT in y)` in sloppy code: the grammar reads the initializer as an
// expression that `in` continues, so `var x = a = 0 in y` or `var x = a ? b : c in y` fail. In
// the parse copy, the loop's `in` becomes `of` (same length): the initializer then ends before
// it. The early errors and the lowering read the operator from the source, which says `in`.
// Candidates: the `in` words directly inside the parentheses of the nearest `for (var` that
// starts at the error or before it (the error may be inside its head: `var x = yield 1 in y`).
std::vector<std::pair<size_t, size_t>> for_in_operators(std::string_view text, size_t begin) {
  std::vector<std::pair<size_t, size_t>> out;
  auto skip_blanks = [&](size_t at) { return std::min(text.find_first_not_of(" \t\r\n", at), text.size()); };
  auto word_at = [&](size_t at, std::string_view w) {
    return text.substr(at, w.size()) == w && (at == 0 || !is_identifier_char(text[at - 1])) &&
           (at + w.size() >= text.size() || !is_identifier_char(text[at + w.size()]));
  };
  size_t var = std::string_view::npos;
  for (size_t at = begin + 1; at-- > 0 && begin - at < 1000;) {
    at = text.rfind("for", at);
    if (at == std::string_view::npos) break;
    if (!word_at(at, "for")) continue;
    size_t open = skip_blanks(at + 3);
    if (open < text.size() && text[open] == '(' && word_at(skip_blanks(open + 1), "var")) var = skip_blanks(open + 1);
    break;
  }
  if (var == std::string_view::npos) return out;
  int depth = 0;
  for (size_t at = var + 3; at < text.size() && out.size() < 2; ++at) {
    char c = text[at];
    if (c == '(' || c == '[' || c == '{') ++depth;
    if (c == ')' || c == ']' || c == '}') {
      if (--depth < 0) break;
    }
    if (depth == 0 && word_at(at, "in")) out.emplace_back(at, 2 | of_flag);
  }
  return out;
}

// Words the grammar takes for keywords that are also names (`var await`, `for (async of => 1;;)`,
// `undefined => x`, a class field `static get` then a line break and `=`) around a syntax error [begin, end): of each word, the first two inside it,
// the last two before it, and the last two before its end, in that order, the nearest first.
std::vector<std::pair<size_t, size_t>> keyword_words_near(std::string_view text, size_t begin, size_t end) {
  std::vector<std::pair<size_t, size_t>> groups[3];  // (offset, length)
  auto whole_word = [&](size_t at, size_t length) {
    if ((at > 0 && is_identifier_char(text[at - 1])) || (at + length < text.size() && is_identifier_char(text[at + length]))) {
      return false;
    }
    // (`get`/`set` as a name: only before `=`, `;`, `}` or `(`, comments skipped; `get\nfunction`
    // is a getter)
    if (length == 3 && (text.substr(at, 3) == "get" || text.substr(at, 3) == "set")) {
      size_t next = skip_blanks_and_comments(text, at + 3);
      return next == text.size() || std::string_view("=;}(").find(text[next]) != std::string_view::npos;
    }
    return true;
  };
  for (std::string_view word : {"await", "yield", "of", "undefined", "get", "set"}) {
    size_t at = begin;
    for (int found = 0; found < 2;) {
      at = text.find(word, at);
      if (at == std::string_view::npos || at >= end) break;
      if (whole_word(at, word.size())) {
        groups[0].emplace_back(at, word.size());
        ++found;
      }
      ++at;
    }
    for (int g = 1; g <= 2; ++g) {
      at = g == 1 ? begin : end;
      for (int found = 0; found < 2 && at > 0;) {
        at = text.rfind(word, at - 1);
        if (at == std::string_view::npos) break;
        if (whole_word(at, word.size())) {
          groups[g].emplace_back(at, word.size());
          ++found;
        }
      }
    }
  }
  std::sort(groups[0].begin(), groups[0].end());
  std::sort(groups[1].begin(), groups[1].end(), std::greater<>());
  std::sort(groups[2].begin(), groups[2].end(), std::greater<>());
  std::vector<std::pair<size_t, size_t>> out;
  for (const auto& group : groups) {
    for (auto c : group) {
      if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
    }
  }
  if (out.size() > 8) out.resize(8);  // (each is a parse of the whole file)
  return out;
}

// The blanks and block comments that end at `end`, read backwards: the first line break and the
// first blank among the blanks (npos if none), and whether a comment holds a line break.
struct Gap {
  size_t line_break = std::string_view::npos;
  size_t blank = std::string_view::npos;
  bool comment_break = false;
};

Gap gap_before(std::string_view text, size_t end) {
  Gap g;
  for (size_t i = end; i > 0;) {
    if (std::string_view(" \t\r\n").find(text[i - 1]) != std::string_view::npos) {
      --i;
      (text[i] == '\n' || text[i] == '\r' ? g.line_break : g.blank) = i;
    } else if (i >= 2 && text.substr(i - 2, 2) == "*/" && text.rfind("/*", i - 2) != std::string_view::npos) {
      size_t open = text.rfind("/*", i - 2);
      g.comment_break = g.comment_break || text.substr(open, i - open).find_first_of("\r\n") != std::string_view::npos;
      i = open;
    } else {
      break;
    }
  }
  return g;
}

// Whether a `;` inserted at `at` is one that ASI would insert: before a line break, a `}` or the
// end, never as an empty statement or in a `for` header. (An anonymous `export default async
// function () {}` is a declaration, which the grammar reads as an expression that needs a `;`.)
bool automatic_semicolon(TSNode root, std::string_view text, size_t at) {
  TSNode semicolon = slow_descendant_for_byte_range(root, static_cast<uint32_t>(at), static_cast<uint32_t>(at + 1));
  TSNode parent = slow_parent(semicolon);
  std::string_view pt = node_type(parent);
  if (node_type(semicolon) != ";" || pt == "empty_statement" || pt == "for_statement") return false;
  if (pt == "export_statement") {
    std::string_view value = node_type(child_by_field(parent, "value"));
    if (value == "function_expression" || value == "generator_function" || value == "class") return true;
  }
  // (`text` is the original: the blank at `at` may be the line break itself.) Between the tokens
  // around `at`: blanks and comments, where a line break may stand.
  Gap before = gap_before(text, at + 1);
  bool line_break = before.line_break != std::string_view::npos || before.comment_break;
  size_t next = at + 1;
  for (;;) {
    size_t token = text.find_first_not_of(" \t\r\n", next);
    if (token == std::string_view::npos) return true;
    line_break = line_break || text.substr(next, token - next).find_first_of("\r\n") != std::string_view::npos;
    next = token;
    if (text.substr(next, 2) == "//") {
      line_break = true;  // (a line break ends it)
      size_t end = text.find_first_of("\r\n", next);
      if (end == std::string_view::npos) return true;
      next = end;
      continue;
    }
    if (text.substr(next, 2) != "/*") break;
    size_t close = text.find("*/", next + 2);
    if (close == std::string_view::npos) return true;
    line_break = line_break || text.substr(next, close - next).find_first_of("\r\n") != std::string_view::npos;
    next = close + 2;
  }
  if (text[next] == '}') return true;
  // After an expression, a token that continues it is allowed there: no ASI (`x = a\n[k]() {}` in
  // a class body is `a[k]()`, `x = 1\nin` is `1 in`).
  TSNode field = pt == "class_body" ? slow_prev_sibling(semicolon) : parent;  // (a field's `;` is the body's)
  // (a declaration ends in an expression only when its last declarator has a value: `let set\n(a)`
  // is `let set; (a)`)
  bool declaration = pt == "lexical_declaration" || pt == "variable_declaration";
  bool expression_before = (node_type(field) == "field_definition" && !ts_node_is_null(child_by_field(field, "value"))) ||
                           pt == "expression_statement" || pt == "return_statement" || pt == "throw_statement" ||
                           (declaration && !ts_node_is_null(child_by_field(slow_prev_sibling(semicolon), "value")));
  if (expression_before) {
    std::string_view rest = text.substr(next, 10);
    auto word = [&](std::string_view w) {
      return rest.starts_with(w) && (rest.size() == w.size() || !is_identifier_char(rest[w.size()]));
    };
    bool continues = std::string_view("[(.`*/%<>&|^?,=").find(rest[0]) != std::string_view::npos ||
                     rest.starts_with("!=") ||
                     ((rest[0] == '+' || rest[0] == '-') && !rest.starts_with("++") && !rest.starts_with("--")) ||
                     word("in") || word("instanceof");
    if (continues) return false;
  }
  return line_break;
}

// Where a `;` would stand if the grammar applied ASI inside the error node: the first blank
// before its first line break (`#a\n[k] = 1` in a class body), or npos.
size_t asi_candidate(std::string_view text, const Diagnostic& error) {
  // A MISSING node (zero width) sits where the `;` belongs.
  if (error.begin == error.end && error.begin < text.size() &&
      std::string_view(" \t\r\n").find(text[error.begin]) != std::string_view::npos) {
    return error.begin;
  }
  // Before an offending token on a new line (`[k]\nin() {}` in a class body, `async /*\n*/ x()`):
  // a line break between it and the token before, else a blank there (outside comments).
  Gap before = gap_before(text, error.begin);
  if (before.line_break != std::string_view::npos) return before.line_break;
  if (before.comment_break && before.blank != std::string_view::npos) return before.blank;
  // Before a block comment that holds a line break, in the error (`x /*\n*/ f()`): a blank before it.
  size_t after = text.find_first_not_of(" \t", error.end);  // (or right after it)
  size_t last = after != std::string_view::npos && text.substr(after, 2) == "/*" ? after : error.end;
  for (size_t open = text.find("/*", error.begin); open != std::string_view::npos && open <= last;
       open = text.find("/*", open + 2)) {
    size_t close = text.find("*/", open + 2);
    if (close == std::string_view::npos) break;
    bool breaks = text.substr(open, close - open).find_first_of("\r\n") != std::string_view::npos;
    if (breaks && open > error.begin && (text[open - 1] == ' ' || text[open - 1] == '\t')) return open - 1;
  }
  // After a `}` (`export default function () {} f()`, which the grammar reads as an expression).
  size_t previous = error.begin == 0 ? std::string_view::npos : text.find_last_not_of(" \t\r\n", error.begin - 1);
  if (previous != std::string_view::npos && previous + 1 < error.begin && text[previous] == '}') return previous + 1;
  size_t line_break = text.find_first_of("\r\n", error.begin);
  if (line_break == std::string_view::npos || line_break > error.end + 1) return std::string_view::npos;
  size_t at = line_break;
  while (at > error.begin && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  return at > error.begin ? at : std::string_view::npos;
}

// `f() = v`, `f() += v` are valid syntax (a call as a target throws a ReferenceError when it
// runs), which the grammar refuses. Near a syntax error, an assignment operator after `)` that,
// turned into `,`, makes the error go away (or move past it) is such a target: not supported.
std::optional<Diagnostic> call_target_near(Parser& parser, std::string_view text, const Diagnostic& error) {
  size_t from = error.begin > 300 ? error.begin - 300 : 0;
  int tries = 0;
  for (size_t close = text.find(')', from); close != std::string_view::npos && close <= error.end + 1 && tries < 3;
       close = text.find(')', close + 1)) {
    size_t op = text.find_first_not_of(" \t\r\n", close + 1);
    if (op == std::string_view::npos) break;
    size_t eq = text.find_first_not_of("+-*/%&|^<>", op);
    bool assignment = eq != std::string_view::npos && text[eq] == '=' && eq - op <= 3 && text.substr(eq, 2) != "==" &&
                      text.substr(eq, 2) != "=>" && !(eq > op && std::string_view("=!").find(text[eq - 1]) != std::string_view::npos);
    bool of = text.substr(op, 2) == "of" && (op + 2 >= text.size() || !is_identifier_char(text[op + 2]));
    if (!assignment && !of) continue;
    // (a call: what is before the matching `(` ends an expression)
    int depth = 0;
    size_t open = close + 1;
    while (open > 0 && (depth += text[open - 1] == ')' ? 1 : text[open - 1] == '(' ? -1 : 0) > 0) --open;
    size_t callee = open > 1 ? text.find_last_not_of(" \t\r\n", open - 2) : std::string_view::npos;
    if (callee == std::string_view::npos ||
        !(is_identifier_char(text[callee]) || std::string_view(")]}`").find(text[callee]) != std::string_view::npos)) {
      continue;
    }
    ++tries;
    // `f() = v` as `f() , v` (a name after it masked, `await` as in `f() = await`); `for (f() of
    // xs)` as `for (f[] of xs)`.
    std::string copy(text);
    if (assignment) {
      for (size_t k = op; k < eq; ++k) copy[k] = ' ';
      copy[eq] = ',';
      size_t word = copy.find_first_not_of(" \t\r\n", eq + 1);
      if (word != std::string::npos && (copy.compare(word, 5, "await") == 0 || copy.compare(word, 5, "yield") == 0)) copy[word + 4] = '$';
    } else {
      copy[open - 1] = '[';
      copy[close] = ']';
      // (spread arguments cannot be in a subscript: `f(...a)` as `f[   a]`)
      for (size_t k = copy.find("...", open); k != std::string::npos && k < close; k = copy.find("...", k + 3)) {
        copy.replace(k, 3, "   ");
      }
    }
    Tree retry = parser.parse(copy);
    if (!retry) continue;
    std::vector<Diagnostic> retry_errors = find_syntax_errors(retry.root(), copy);
    if (retry_errors.empty() || retry_errors[0].begin > error.end) {
      uint32_t at = static_cast<uint32_t>(op);
      return Diagnostic{Severity::error, at, assignment ? static_cast<uint32_t>(eq + 1) : at + 2,
                        "a call as an assignment target (`f() = v`, `for (f() of xs)`, which throw when they run) "
                        "is not supported"};
    }
  }
  return std::nullopt;
}

// The grammar treats `await` (and `yield`) as keywords everywhere, but in scripts they are also
// ordinary names: `var await = 1; f(await)`. On a syntax error, the nearest such word before it
// is masked in a copy of the text (`awai$`: same length, so every offset stays valid) and the
// copy is parsed again. Analysis reads names from the original text, so it still sees `await`
// and reports it where a name cannot be `await` (inside an async function).
Tree parse_masking_keyword_names(Parser& parser, std::string_view source, std::string& masked,
                                  std::vector<Diagnostic>& errors) {
  constexpr int max_masks = 32;
  Tree tree = parser.parse(masked.empty() ? source : std::string_view(masked));
  if (!tree) return tree;
  errors = find_syntax_errors(tree.root(), source);
  // A mask that leaves the first error where it was may still be needed with another one
  // (`() => await\n for (async of => {};;)`): twice at most, undone if errors remain.
  int sideways = 2;
  std::optional<std::pair<std::string, std::vector<Diagnostic>>> before_sideways;
  for (int i = 0; !errors.empty() && i < max_masks; ++i) {
    std::string_view text = masked.empty() ? source : std::string_view(masked);
    // Repairs of the parse copy, each keeping every offset: a for-in's `in` as `of` (Annex B's
    // initializer), keywords as names (`awai$`, `o$`), and a semicolon the grammar's ASI misses
    // (one blank becomes `;`).
    // (the loop's `in` first: `yield` masked in `var x = yield 1 in y` would move the error too)
    std::vector<std::pair<size_t, size_t>> candidates = for_in_operators(text, errors[0].begin);
    for (auto candidate : keyword_words_near(text, errors[0].begin, errors[0].end)) candidates.push_back(candidate);
    size_t semicolon = asi_candidate(text, errors[0]);
    if (semicolon != std::string_view::npos) candidates.emplace_back(semicolon, 0);
    // `export` then a line break, which the grammar ends by ASI: joined (`export\ndefault f`), the
    // comments between blanked.
    size_t exported = text.rfind("export", errors[0].begin);
    size_t after = exported == std::string_view::npos ? exported : skip_blanks_and_comments(text, exported + 6);
    if (after != std::string_view::npos && after < text.size() && after <= errors[0].end &&
        text.substr(exported + 6, after - exported - 6).find_first_of("\r\n") != std::string_view::npos &&
        (exported == 0 || !is_identifier_char(text[exported - 1]))) {
      candidates.emplace_back(exported + 6, after - exported - 6);
      candidates.back().second |= join_flag;
    }
    bool repaired = false;
    std::optional<std::string> sideways_copy;
    for (auto [at, length] : candidates) {
      std::string copy(text);
      if (length & of_flag) {
        copy[at] = 'o';
        copy[at + 1] = 'f';
      } else if (length & join_flag) {
        for (size_t k = at; k < at + (length & ~join_flag); ++k) copy[k] = copy[k] == '\t' ? '\t' : ' ';  // (blanks and comments only)
      } else if (length > 0) {
        copy[at + length - 1] = '$';
      } else {
        copy[at] = ';';
      }
      Tree retry = parser.parse(copy);
      if (!retry) continue;
      std::vector<Diagnostic> retry_errors = find_syntax_errors(retry.root(), copy);
      // Keep a repair only if it moved the first error later (or removed all of them): a real
      // syntax error is then still reported where it is.
      bool word = length > 0 && !(length & (join_flag | of_flag));
      if (word && !sideways_copy && !retry_errors.empty() && retry_errors[0].begin == errors[0].begin) sideways_copy = copy;
      if (!retry_errors.empty() && retry_errors[0].begin <= errors[0].begin) continue;
      // A semicolon must also get the parse past the token after it, or it only moved the error,
      // and be one that ASI inserts.
      size_t next_token = copy.find_first_not_of(" \t\r\n", at + 1);
      if (length == 0 && ((!retry_errors.empty() && (next_token == std::string::npos || retry_errors[0].begin <= next_token)) ||
                          !automatic_semicolon(retry.root(), text, at))) {
        continue;
      }
      masked = std::move(copy);
      tree = std::move(retry);
      errors = std::move(retry_errors);
      repaired = true;
      break;
    }
    if (!repaired && sideways_copy && sideways-- > 0) {
      if (!before_sideways) before_sideways.emplace(masked, errors);
      masked = std::move(*sideways_copy);
      tree = parser.parse(masked);
      if (!tree) return tree;
      errors = find_syntax_errors(tree.root(), masked);
      repaired = true;
    }
    if (!repaired) break;
  }
  if (!errors.empty() && before_sideways) {
    masked = std::move(before_sideways->first);
    errors = std::move(before_sideways->second);
    tree = parser.parse(masked.empty() ? source : std::string_view(masked));
  }
  if (!errors.empty()) {
    if (auto target = call_target_near(parser, masked.empty() ? source : std::string_view(masked), errors[0])) errors[0] = *target;
  }
  return tree;
}

}  // namespace

ParsedFile parse_file(Parser& parser, std::string_view source) {
  ParsedFile file;
  file.masked = mask_using_declarations(source);  // `using x = v` as `const x = v`
  mask_for_in_initializers(source, file.masked);   // `for (var x = a = 0 in y)` as `... of y)`
  file.tree = parse_masking_keyword_names(parser, source, file.masked, file.errors);
  if (!file.tree) file.errors = {{Severity::internal_error, 0, 0, "the parser returned no tree"}};
  return file;
}

std::optional<ParsedFile> parse_reduced(Parser& parser, std::string_view source, ReducedSource reduced) {
  ParsedFile file;
  file.masked = mask_using_declarations(reduced.text);
  if (file.masked.empty()) file.masked = std::move(reduced.text);
  file.tree = parser.parse_ranges(file.masked, reduced.ranges);
  if (!file.tree || !find_syntax_errors(file.tree.root(), source).empty()) return std::nullopt;
  return file;
}

Facts analyze_file(Parser& parser, ParsedFile& file, std::string_view source, const TranspileOptions& options) {
  Facts facts;
  for (int round = 0;; ++round) {
    bool module = may_be_module(file.tree.root(), source, options);
    bool top_level_await = options.top_level_await && !module;
    facts = analyze(file.tree.root(), source, top_level_await,
                    options.assumptions.contains(Assumption::plain_functions));
    // What the grammar misread: the repairs of early_errors.cpp (`await` as a name before a line
    // break, ...), else `yield` used as a name where it saw an expression (from the analysis);
    // made in the parse copy, parsed again. (`await` first: in `() => await\nyield* x` the
    // grammar reads the yield as await's operand, a name; once `await` is one, it is a yield.)
    std::vector<ParseRepair> repairs;
    bool last = round == 8;
    std::vector<Diagnostic> early = find_early_errors(file.tree.root(), source, module, top_level_await,
                                                      last ? nullptr : &repairs);
    if (repairs.empty() && !last) {
      for (uint32_t at : facts.misparsed_yields) repairs.push_back({at + 4, '$'});
    }
    if (repairs.empty() || last) {
      // Early errors come first: the analysis's errors only for a program engines accept.
      if (!early.empty()) facts.errors = std::move(early);
      // (the repairs' `;`: where the copy has one and the source does not)
      const char* copy = file.masked.data();
      for (const char* at = copy; file.masked.size() > 0;) {
        at = static_cast<const char*>(std::memchr(at, ';', file.masked.size() - (at - copy)));
        if (at == nullptr) break;
        size_t offset = static_cast<size_t>(at - copy);
        if (source[offset] != ';') facts.statement_ends.push_back(static_cast<uint32_t>(offset));
        ++at;
      }
      return facts;
    }
    if (file.masked.empty()) file.masked.assign(source);
    for (ParseRepair r : repairs) file.masked[r.offset] = r.byte;
    std::vector<Diagnostic> errors;
    file.tree = parse_masking_keyword_names(parser, source, file.masked, errors);
    if (!file.tree) errors = {{Severity::internal_error, 0, 0, "the parser returned no tree"}};
    if (!errors.empty()) {
      facts.errors = std::move(errors);
      return facts;
    }
  }
}

}  // namespace a2g
