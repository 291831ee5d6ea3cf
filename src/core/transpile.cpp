// The pipeline: parse, report syntax errors, analyze, lower into one edit list, splice.
#include "core/transpile.hpp"

#include <algorithm>
#include <set>

#include "core/analyze.hpp"
#include "core/directives.hpp"
#include "core/early_errors.hpp"
#include "core/lower.hpp"
#include "core/names.hpp"
#include "core/runtime_pieces.hpp"
#include "core/source.hpp"
#include "core/source_map.hpp"

namespace a2g {

extern const std::string_view runtime_async_js;
extern const std::string_view runtime_async_generator_js;

std::optional<std::pair<uint32_t, uint32_t>> trailing_source_map_comment(std::string_view src) {
  size_t end = src.find_last_not_of(" \t\r\n");
  if (end == std::string_view::npos) return std::nullopt;
  size_t line_start = src.rfind('\n', end);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::string_view last = src.substr(line_start, end + 1 - line_start);
  if (last.starts_with("//# sourceMappingURL=") || last.starts_with("//@ sourceMappingURL=")) {
    return std::make_pair(static_cast<uint32_t>(line_start), static_cast<uint32_t>(src.size()));
  }
  return std::nullopt;
}

namespace {

// A runtime file with the file's chosen prefix and the file's line-break style.
std::string helper_text(std::string_view rt, const Names& names, bool crlf) {
  std::string out;
  const std::string_view placeholder = "__async";
  for (size_t i = 0; i < rt.size();) {
    if (rt.compare(i, placeholder.size(), placeholder) == 0) {
      out += names.helper;
      i += placeholder.size();
    } else {
      if (rt[i] == '\n' && crlf) out += '\r';
      out += rt[i++];
    }
  }
  return out;
}

// Where the helper goes: the end of the file, or before a trailing `//# sourceMappingURL=` line.
// A trailing `//# sourceMappingURL=` line that the parser sees as a comment.
std::optional<std::pair<uint32_t, uint32_t>> source_map_comment(TSNode root, std::string_view src) {
  auto comment = trailing_source_map_comment(src);
  if (!comment) return std::nullopt;
  TSNode n = ts_node_descendant_for_byte_range(root, comment->first, comment->first + 2);
  if (node_type(n) != "comment" || node_begin(n) != comment->first) return std::nullopt;
  return comment;
}

// Where a statement can run first without moving a line: after the directive prologue (its
// last directive, adding the `;` it may lack), else after a shebang line or BOM.
struct Prologue {
  uint32_t offset = 0;
  bool needs_semicolon = false;
};

Prologue prologue_position(TSNode root, std::string_view src) {
  Prologue p;
  if (src.starts_with("\xEF\xBB\xBF")) p.offset = 3;
  TSNode first = ts_node_named_child(root, 0);
  if (!ts_node_is_null(first) && node_type(first) == "hash_bang_line") {
    size_t eol = src.find('\n', node_end(first));
    p.offset = eol == std::string_view::npos ? static_cast<uint32_t>(src.size()) : static_cast<uint32_t>(eol + 1);
  }
  DirectivePrologue directives = directive_prologue(root, src);
  if (!ts_node_is_null(directives.last)) {
    p.offset = node_end(directives.last);
    p.needs_semicolon = !directives.last_has_semicolon;
  }
  return p;
}

// The helper captures %Promise% and friends when the file starts running, before user code can
// replace them; the helper itself is a hoisted declaration appended at the end.
// The runtime functions a file may call, by their name after the prefix.
bool is_module(TSNode root) {
  uint32_t count = ts_node_named_child_count(root);
  for (uint32_t i = 0; i < count; ++i) {
    std::string_view type = node_type(ts_node_named_child(root, i));
    if (type == "import_statement" || type == "export_statement") return true;
  }
  return false;
}

// Whether the helpers are imported with `import` (else `require`): --module-kind, else
// import/export statements or `.mjs`.
bool imports_helpers(TSNode root, const TranspileOptions& options) {
  if (options.module_kind != ModuleKind::automatic) return options.module_kind == ModuleKind::esm;
  return (is_module(root) || options.file_name.ends_with(".mjs")) && !options.file_name.ends_with(".cjs");
}

// Whether the file may be an ES module, whose top-level declarations another module can call early.
bool may_be_module(TSNode root, const TranspileOptions& options) {
  return is_module(root) || imports_helpers(root, options);
}

// How the file gets the runtime (--helpers): appended (inline), imported from a module, or
// expected on the global object. Inline files capture the intrinsics on line 1 themselves.
// With --top-level-await, a program that uses it runs as the body of an async function:
//   __async(this, typeof arguments === "undefined" ? [] : arguments, function* () { PROGRAM
//   });
void add_helper(EditList& edits, TSNode root, std::string_view src, const Names& names, const Facts& facts,
                const TranspileOptions& options, std::string file_prologue, uint32_t helper_offset) {
  bool generators = facts.uses_async_generators;
  if (facts.async_program) {
    file_prologue = " " + names.helper + "(this, typeof arguments === \"undefined\" ? [] : arguments, function* () {" +
                    file_prologue;
  }
  // The runtime functions the rewritten code calls (as `__async...`).
  std::set<std::string, std::less<>> used;
  for (const Edit& e : edits.edits()) runtime_names_in(e.text, names.helper, used);
  runtime_names_in(file_prologue, names.helper, used);
  Prologue p = prologue_position(root, src);
  std::string statements;
  if (options.helpers == HelperDelivery::inline_) {
    statements = names.helper + ".rt = " + names.helper + "_intrinsics();";
    if (options.global_promise) statements += " " + names.helper + ".rt.live = true;";
    if (generators) statements += " " + names.runtime("ag") + "(" + names.helper + ".rt);";
    runtime_names_in(statements, names.helper, used);
  }
  std::erase_if(used, [](const std::string& name) { return !runtime_has(name); });  // not `__async_r1`
  if (options.helpers == HelperDelivery::import) {
    bool esm = imports_helpers(root, options);
    std::string list;
    for (const std::string& exported : used) {
      std::string name = names.helper + exported.substr(7);
      if (!list.empty()) list += ", ";
      list += exported == name ? name : esm ? exported + " as " + name : exported + ": " + name;
    }
    statements = esm ? "import { " + list + " } from " + json_quote(options.helpers_module) + ";"
                     : "const { " + list + " } = require(" + json_quote(options.helpers_module) + ");";
  }
  if (options.helpers == HelperDelivery::global && names.helper != "__async" && !used.empty()) {
    // The file mentions `__async`, so its names have another prefix: alias them to the globals
    // (`var`, which another script may declare again).
    std::string list;
    for (const std::string& exported : used) {
      list += (list.empty() ? "" : ", ") + names.helper + exported.substr(7) + " = globalThis." + exported;
    }
    statements = "var " + list + ";";
  }
  statements += file_prologue;
  if (!statements.empty() && statements[0] == ' ') statements.erase(0, 1);
  if (!statements.empty()) {
    bool directive = p.needs_semicolon || (p.offset > 0 && src[p.offset - 1] == ';');
    bool blank_next = p.offset >= src.size() || std::string_view(" \t\r\n").find(src[p.offset]) != std::string_view::npos;
    edits.insert(p.offset, (p.needs_semicolon ? "; " : directive ? " " : "") + statements + (blank_next ? "" : " "),
                 INT32_MIN);
  }
  bool crlf = src.find("\r\n") != std::string_view::npos;
  uint32_t at = helper_offset;
  std::string text;
  if (at > 0 && src[at - 1] != '\n') text += crlf ? "\r\n" : "\n";
  if (facts.async_program) text += crlf ? "});\r\n" : "});\n";
  if (options.helpers == HelperDelivery::inline_) text += helper_text(runtime_pieces(used), names, crlf);
  if (options.helpers == HelperDelivery::inline_ || facts.async_program) edits.insert(at, std::move(text), INT32_MAX);
}

}  // namespace

namespace {

// `export default function () {}` is a declaration, which needs no `;`; the grammar reads it as
// an expression and asks for one (`export default async function () {}foo()`).
bool missing_after_default_export(TSNode n) {
  TSNode parent = ts_node_parent(n);
  if (ts_node_is_null(parent) || node_type(n) != ";" || node_type(parent) != "export_statement") return false;
  std::string_view value = node_type(child_by_field(parent, "value"));
  return value == "function_expression" || value == "generator_function" || value == "class";
}

}  // namespace

// `using x = ...` and `await using x = ...` (explicit resource management), which the grammar
// does not know: the error follows the word `using`. The diagnostic for it, if so.
std::optional<Diagnostic> using_declaration(std::string_view src, uint32_t error_begin) {
  std::string_view rest = src.substr(error_begin);
  size_t name = rest.find_first_not_of(" \t", 5);
  if (rest.starts_with("using") && name != std::string_view::npos && name > 5 && is_identifier_char(rest[name])) {
    return Diagnostic{Severity::error, error_begin, error_begin + 5,
                      "'using' and 'await using' declarations (explicit resource management) are not supported yet"};
  }
  size_t end = error_begin;
  while (end > 0 && std::string_view(" \t\r\n").find(src[end - 1]) != std::string_view::npos) --end;
  if (end < 5 || src.substr(end - 5, 5) != "using" || (end > 5 && is_identifier_char(src[end - 6]))) return std::nullopt;
  if (end < src.size() && end == error_begin) return std::nullopt;  // `usingx`
  return Diagnostic{Severity::error, static_cast<uint32_t>(end - 5), static_cast<uint32_t>(end),
                    "'using' and 'await using' declarations (explicit resource management) are not supported yet"};
}

std::vector<Diagnostic> find_syntax_errors(TSNode root, std::string_view src) {
  if (!ts_node_has_error(root)) return {};
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  std::vector<Diagnostic> out;
  // Depth first through the nodes that contain an error, to the first ERROR or MISSING node.
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    bool skip = !ts_node_has_error(n) || missing_after_default_export(n);
    if (!skip && ts_node_is_missing(n)) {
      out.push_back({Severity::error, node_begin(n), node_end(n),
                     "syntax error: missing '" + std::string(node_type(n)) + "'"});
      break;
    }
    if (!skip && ts_node_is_error(n)) {
      std::string_view text = node_text(n, src);
      size_t cut = text.find_first_of("\r\n");
      if (cut != std::string_view::npos) text = text.substr(0, cut);
      if (text.size() > 30) text = text.substr(0, 30);
      out.push_back({Severity::error, node_begin(n), node_end(n),
                     text.empty() ? "syntax error" : "syntax error: unexpected '" + std::string(text) + "'"});
      break;
    }
    if (!skip && ts_tree_cursor_goto_first_child(&cursor)) continue;
    if (!skip && ts_node_child_count(n) == 0) {
      out.push_back({Severity::error, node_begin(n), node_end(n), "syntax error"});
      break;
    }
    // Next: the next sibling, else the next sibling of an ancestor.
    if (ts_tree_cursor_goto_next_sibling(&cursor)) continue;
    bool more = false;
    while (ts_tree_cursor_goto_parent(&cursor)) {
      if (ts_tree_cursor_goto_next_sibling(&cursor)) {
        more = true;
        break;
      }
    }
    if (!more) break;
  }
  ts_tree_cursor_delete(&cursor);
  if (!out.empty()) {
    if (auto d = using_declaration(src, out[0].begin)) out[0] = *d;
  }
  return out;
}

namespace {

// A candidate repair (offset, length) with this bit in its length joins lines (line breaks become
// blanks) instead of masking a word.
constexpr size_t join_flag = size_t{1} << 40;

// Words the grammar takes for keywords that are also names (`var await`, `for (async of => 1;;)`,
// `undefined => x`) around a syntax error [begin, end): of each word, the first two inside it,
// the last two before it, and the last two before its end, in that order, the nearest first.
std::vector<std::pair<size_t, size_t>> keyword_words_near(std::string_view text, size_t begin, size_t end) {
  std::vector<std::pair<size_t, size_t>> groups[3];  // (offset, length)
  auto whole_word = [&](size_t at, size_t length) {
    return (at == 0 || !is_identifier_char(text[at - 1])) &&
           (at + length >= text.size() || !is_identifier_char(text[at + length]));
  };
  for (std::string_view word : {"await", "yield", "of", "undefined"}) {
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
  TSNode semicolon = ts_node_descendant_for_byte_range(root, static_cast<uint32_t>(at), static_cast<uint32_t>(at + 1));
  TSNode parent = ts_node_parent(semicolon);
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
  TSNode field = pt == "class_body" ? ts_node_prev_sibling(semicolon) : parent;  // (a field's `;` is the body's)
  bool expression_before = (node_type(field) == "field_definition" && !ts_node_is_null(child_by_field(field, "value"))) ||
                           pt == "expression_statement" || pt == "lexical_declaration" ||
                           pt == "variable_declaration" || pt == "return_statement" || pt == "throw_statement";
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

}  // namespace

// The grammar treats `await` (and `yield`) as keywords everywhere, but in scripts they are also
// ordinary names: `var await = 1; f(await)`. On a syntax error, the nearest such word before it
// is masked in a copy of the text (`awai$`: same length, so every offset stays valid) and the
// copy is parsed again. Analysis reads names from the original text, so it still sees `await`
// and reports it where a name cannot be `await` (inside an async function).
Tree Transpiler::parse_masking_keyword_names(std::string_view source, std::string& masked,
                                            std::vector<Diagnostic>& errors) {
  constexpr int max_masks = 32;
  Tree tree = parser_.parse(masked.empty() ? source : std::string_view(masked));
  if (!tree) return tree;
  errors = find_syntax_errors(tree.root(), source);
  // A mask that leaves the first error where it was may still be needed with another one
  // (`() => await\n for (async of => {};;)`): twice at most, undone if errors remain.
  int sideways = 2;
  std::optional<std::pair<std::string, std::vector<Diagnostic>>> before_sideways;
  for (int i = 0; !errors.empty() && i < max_masks; ++i) {
    std::string_view text = masked.empty() ? source : std::string_view(masked);
    // Two repairs of the parse copy, both keeping every offset: keywords as names (`awai$`,
    // `o$`), and a semicolon the grammar's ASI misses (one blank becomes `;`).
    std::vector<std::pair<size_t, size_t>> candidates = keyword_words_near(text, errors[0].begin, errors[0].end);
    size_t semicolon = asi_candidate(text, errors[0]);
    if (semicolon != std::string_view::npos) candidates.emplace_back(semicolon, 0);
    // `export` then a line break, which the grammar ends by ASI: joined (`export\ndefault f`).
    size_t exported = text.rfind("export", errors[0].begin);
    size_t after = exported == std::string_view::npos ? exported : text.find_first_not_of(" \t\r\n", exported + 6);
    if (after != std::string_view::npos && after <= errors[0].end &&
        text.substr(exported + 6, after - exported - 6).find_first_of("\r\n") != std::string_view::npos &&
        (exported == 0 || !is_identifier_char(text[exported - 1]))) {
      candidates.emplace_back(exported + 6, after - exported - 6);
      candidates.back().second |= join_flag;
    }
    bool repaired = false;
    std::optional<std::string> sideways_copy;
    for (auto [at, length] : candidates) {
      std::string copy(text);
      if (length & join_flag) {
        for (size_t k = at; k < at + (length & ~join_flag); ++k) copy[k] = copy[k] == '\r' || copy[k] == '\n' ? ' ' : copy[k];
      } else if (length > 0) {
        copy[at + length - 1] = '$';
      } else {
        copy[at] = ';';
      }
      Tree retry = parser_.parse(copy);
      if (!retry) continue;
      std::vector<Diagnostic> retry_errors = find_syntax_errors(retry.root(), copy);
      // Keep a repair only if it moved the first error later (or removed all of them): a real
      // syntax error is then still reported where it is.
      bool word = length > 0 && !(length & join_flag);
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
      tree = parser_.parse(masked);
      if (!tree) return tree;
      errors = find_syntax_errors(tree.root(), masked);
      repaired = true;
    }
    if (!repaired) break;
  }
  if (!errors.empty() && before_sideways) {
    masked = std::move(before_sideways->first);
    errors = std::move(before_sideways->second);
    tree = parser_.parse(masked.empty() ? source : std::string_view(masked));
  }
  if (!errors.empty()) {
    if (auto target = call_target_near(masked.empty() ? source : std::string_view(masked), errors[0])) errors[0] = *target;
  }
  return tree;
}

// `f() = v`, `f() += v` are valid syntax (a call as a target throws a ReferenceError when it
// runs), which the grammar refuses. Near a syntax error, an assignment operator after `)` that,
// turned into `,`, makes the error go away (or move past it) is such a target: not supported.
std::optional<Diagnostic> Transpiler::call_target_near(std::string_view text, const Diagnostic& error) {
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
    }
    Tree retry = parser_.parse(copy);
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

TranspileResult Transpiler::run(std::string_view source, const TranspileOptions& options) {
  TranspileResult result;
  // (a trailing sourceMappingURL line is taken for a comment unless a template literal or a
  // block comment could hold it)
  result.source_map_comment = trailing_source_map_comment(source);
  if (options.fast_paths && source.find("async") == std::string_view::npos &&
      source.find("await") == std::string_view::npos &&
      (!result.source_map_comment || (source.find('`') == std::string_view::npos &&
                                      source.find("/*") == std::string_view::npos))) {
    result.output = std::string(source);
    return result;
  }
  std::string masked;
  Tree tree = parse_masking_keyword_names(source, masked, result.diagnostics);
  if (!tree) {
    result.diagnostics.push_back({Severity::internal_error, 0, 0, "the parser returned no tree"});
    return result;
  }
  if (!result.ok()) return result;
  result.source_map_comment = source_map_comment(tree.root(), source);

  Facts facts;
  for (int round = 0;; ++round) {
    bool module = may_be_module(tree.root(), options);
    bool top_level_await = options.top_level_await && !module;
    facts = analyze(tree.root(), source, top_level_await);
    // What the grammar misread: `yield` and `await` used as names where it saw expressions (from
    // the analysis), then the repairs of early_errors.cpp; made in the parse copy, parsed again.
    std::vector<ParseRepair> repairs;
    for (uint32_t at : facts.misparsed_yields) repairs.push_back({at + 4, '$'});
    bool last = round == 8;
    if (repairs.empty() || last) {
      result.diagnostics = find_early_errors(tree.root(), source, module, top_level_await, last ? nullptr : &repairs);
    }
    if (repairs.empty() || last) break;
    if (masked.empty()) masked.assign(source);
    for (ParseRepair r : repairs) masked[r.offset] = r.byte;
    tree = parse_masking_keyword_names(source, masked, result.diagnostics);
    if (!tree || !result.ok()) return result;
  }
  if (!result.ok()) return result;
  if (!facts.errors.empty()) {
    result.diagnostics = std::move(facts.errors);
    sort_and_dedupe(result.diagnostics);
    return result;
  }
  if (facts.functions.empty() && !facts.async_program) {
    result.output = std::string(source);
    return result;
  }

  Names names = choose_names(source);
  EditList edits;
  LowerContext cx{source, names, edits, {}, may_be_module(tree.root(), options), 0, {}};
  for (const AsyncFunction& f : facts.functions) lower_function(f, cx);
  for (const Await& a : facts.awaits) lower_await(a, cx);
  for (const SuperAccess& s : facts.supers) lower_super_access(s, cx);
  for (const CaptureUse& c : facts.captures) lower_capture(c, cx);
  for (const YieldDelegate& d : facts.delegates) lower_yield_delegate(d, cx);
  for (const GeneratorReturn& r : facts.generator_returns) lower_generator_return(r, cx);
  for (const MethodHolder& h : facts.method_holders) lower_method_holder(h, cx);
  // Last first: a loop inside another's target (in an async arrow there) is lowered before that
  // target moves with its rewrites.
  for (size_t i = facts.for_awaits.size(); i-- > 0;) lower_for_await(facts.for_awaits[i], static_cast<int>(i + 1), cx);
  if (cx.cached_generators > 0) {
    std::string vars = " var ";
    for (int i = 1; i <= cx.cached_generators; ++i) vars += (i > 1 ? ", " : "") + cached_generator_name(cx, i);
    cx.file_prologue = vars + ";" + cx.file_prologue;
  }
  add_helper(edits, tree.root(), source, names, facts, options, cx.file_prologue,
             result.source_map_comment ? result.source_map_comment->first : static_cast<uint32_t>(source.size()));

  uint32_t conflict = 0;
  if (!edits.finish(&conflict)) {
    result.diagnostics.push_back(
        {Severity::internal_error, conflict, conflict, "overlapping edits (please report this input)"});
    return result;
  }
  result.output = edits.apply(source);
  result.changed = true;
  result.edits = std::move(edits);
  return result;
}

std::string runtime_module(HelperModuleKind kind) {
  std::vector<std::string> all = runtime_function_names();
  std::string out = "// async2gen runtime, to be shared by files transpiled with --helpers=import or --helpers=global.\n";
  out += std::string(runtime_async_js) + std::string(runtime_async_generator_js);
  out += "__async.rt = __async_intrinsics();\n__async_ag(__async.rt);\n";
  std::string list;
  for (const std::string& n : all) list += (list.empty() ? "" : ", ") + n;
  if (kind == HelperModuleKind::esm) out += "export { " + list + " };\n";
  if (kind == HelperModuleKind::cjs) out += "module.exports = { " + list + " };\n";
  if (kind == HelperModuleKind::global) {
    for (const std::string& n : all) out += "globalThis." + n + " = " + n + ";\n";
  }
  return out;
}


}  // namespace a2g
