// The pre-scan (prescan.hpp).
#include "core/prescan.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_set>
#include <vector>

#include "core/source.hpp"

namespace a2g {
namespace {

enum class Cut { none, semicolon, brace };

// A run of whole top-level statements: from its first token to the next run's.
struct Run {
  uint32_t begin = 0;
  Cut cut = Cut::none;        // the boundary before it
  bool has_token = false;
  bool safe_start = false;    // its first token is a word that cannot continue an expression
  bool string_start = false;  // its first token is a string literal (a directive, maybe)
  bool exports = false;       // it holds an export statement
  bool imports = false;       // it holds an import statement
  bool export_list = false;   // ... `export {` (names declared elsewhere, unless `from` follows)
  bool from = false;          // the word `from` (outside brackets)
  uint32_t export_at = 0;     // where its first `export` is
  bool keep = false;
};

// `function NAME` (also `function* NAME`), and whether `async` stands before it.
struct FunctionName {
  size_t run;
  std::string_view name;
  bool async;
};

// After these words a `/` starts a regular expression (after other words it divides). (Asked of
// every word: a WordSet, compared by length first.)
bool regex_after(std::string_view w) {
  static const WordSet words = {"return", "typeof", "instanceof", "in",    "of",    "new",    "delete", "void",
                                "throw",  "case",   "do",         "else",  "yield", "await", "extends"};
  return words.contains(w);
}

// Byte classes, by table (asked of almost every byte).
enum : uint8_t { identifier_byte = 1, ascii_space = 2 };
constexpr std::array<uint8_t, 256> byte_classes = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' || c >= 0x80) {
      t[c] |= identifier_byte;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') t[c] |= ascii_space;
  }
  return t;
}();
inline bool identifier_byte_at(std::string_view t, size_t i) {
  return byte_classes[static_cast<unsigned char>(t[i])] & identifier_byte;
}

// Words that may continue an expression or a statement after a `}` (`import {a} from`).
bool continues_after_brace(std::string_view w) {
  return w == "in" || w == "instanceof" || w == "of" || w == "from" || w == "else" || w == "while" || w == "catch" ||
         w == "finally";
}

// The length of a white space character beyond ASCII at `i` (see space_at), or 0.
size_t wide_space_at(std::string_view t, size_t i) {
  unsigned char c = static_cast<unsigned char>(t[i]);
  auto at = [&](size_t k) { return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0; };
  if (c == 0xC2 && at(1) == 0xA0) return 2;                                    // U+00A0
  if (c == 0xEF && at(1) == 0xBB && at(2) == 0xBF) return 3;                   // U+FEFF
  if (c == 0xE1 && at(1) == 0x9A && at(2) == 0x80) return 3;                   // U+1680
  if (c == 0xE2 && at(1) == 0x80 && ((at(2) >= 0x80 && at(2) <= 0x8A) || at(2) == 0xA8 || at(2) == 0xA9 || at(2) == 0xAF)) {
    return 3;  // U+2000-200A, U+2028, U+2029, U+202F
  }
  if (c == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) return 3;  // U+205F
  if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;  // U+3000
  return 0;
}

// The length of a white space character (ECMAScript WhiteSpace or LineTerminator) at `i`, or 0.
// (Asked of almost every byte: the ASCII answer inline.)
inline size_t space_at(std::string_view t, size_t i) {
  unsigned char c = static_cast<unsigned char>(t[i]);
  if (byte_classes[c] & ascii_space) return 1;
  return c < 0x80 ? 0 : wide_space_at(t, i);
}

// The end of the run of identifier characters from `i` (a white space beyond ASCII ends it; `\`
// continues it when `escapes`).
inline size_t word_end(std::string_view t, size_t i, bool escapes) {
  while (i < t.size()) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) {
      if (!(byte_classes[c] & identifier_byte) && !(escapes && c == '\\')) break;
    } else if (wide_space_at(t, i)) {
      break;
    }
    ++i;
  }
  return i;
}

bool is_line_break(char c) { return c == '\n' || c == '\r'; }

class Lexer {
 public:
  Lexer(std::string_view t, size_t comment) : t_(t), comment_(comment) {}

  // Cuts the text into runs; false when it cannot read it for sure.
  bool run() {
    size_t i = 0;
    if (t_.starts_with("\xEF\xBB\xBF")) i = 3;
    if (t_.substr(i, 2) == "#!") {
      i = line_end(i);
      shebang_end_ = i;
    }
    runs_.push_back(Run{});
    while (i < t_.size()) {
      if (size_t s = space_at(t_, i)) {
        i += s;
        while (i < t_.size() && (t_[i] == ' ' || t_[i] == '\t')) ++i;  // (indentation: its bytes at once)
        continue;
      }
      char c = t_[i];
      if (c == '/' && i + 1 < t_.size() && t_[i + 1] == '/') {
        comment_seen_ |= i == comment_;
        size_t begin = i;
        i = line_end(i + 2);
        if (begin != comment_ && zones_.empty()) comments_.emplace_back(static_cast<uint32_t>(begin), static_cast<uint32_t>(i));
        continue;
      }
      if (c == '/' && i + 1 < t_.size() && t_[i + 1] == '*') {
        size_t close = t_.find("*/", i + 2);
        if (close == std::string_view::npos) return false;
        if (zones_.empty()) comments_.emplace_back(static_cast<uint32_t>(i), static_cast<uint32_t>(close + 2));
        i = close + 2;
        continue;
      }
      token(i, c);
      if (c == '"' || c == '\'') {
        if (!string(i)) return false;
        value();
      } else if (c == '`') {
        if (!template_part(++i)) return false;
      } else if (c == '/' && regex_ok_) {
        if (!regex(i)) return false;
        value();
      } else if (identifier_byte_at(t_, i) || c == '\\' || c == '#') {
        size_t b = i;
        i = word_end(t_, i + 1, true);
        word(t_.substr(b, i - b));
      } else {
        if (!punctuator(i, c)) return false;
      }
    }
    if (!stack_.empty()) return false;
    return true;
  }

  std::vector<Run>& runs() { return runs_; }
  const std::vector<FunctionName>& functions() const { return functions_; }
  size_t shebang_end() const { return shebang_end_; }
  bool comment_seen() const { return comment_seen_; }
  std::vector<std::pair<uint32_t, uint32_t>>& bodies() { return bodies_found_; }
  // The comments outside async functions, [begin, end), in order (not the kept `//` comment; the
  // lowering moves those inside, and rewrites a `//` comment it puts on one line with code).
  const std::vector<std::pair<uint32_t, uint32_t>>& comments() const { return comments_; }

 private:
  // At the start of every token: the run boundary it may make, and what a run's first token is.
  void token(size_t at, char c) {
    std::string_view w;
    if (identifier_byte_at(t_, at) || c == '\\') w = t_.substr(at, word_end(t_, at, false) - at);
    bool word = !w.empty() && !(c >= '0' && c <= '9');
    if (pending_export_) {
      pending_export_ = false;
      if (c == '{') runs_.back().export_list = true;
    }
    if (pending_import_) {
      pending_import_ = false;
      if (c != '(' && c != '.') runs_[import_run_].imports = true;
    }
    if (pending_ == Cut::semicolon ? !(w == "else" || w == "while")
                                   : pending_ == Cut::brace && word && !continues_after_brace(w)) {
      Run next;
      next.begin = static_cast<uint32_t>(at);
      next.cut = pending_;
      runs_.push_back(next);
    }
    pending_ = Cut::none;
    Run& r = runs_.back();
    if (!r.has_token) {
      r.has_token = true;
      r.safe_start = word && !continues_after_brace(w);
      r.string_start = c == '"' || c == '\'';
    }
  }

  void push(char kind, size_t at, bool body) {
    stack_.push_back(kind);
    opens_.push_back(static_cast<uint32_t>(at));
    bodies_.push_back(body);
  }

  // (and the async functions that end with the bracket)
  void pop() {
    stack_.pop_back();
    opens_.pop_back();
    bodies_.pop_back();
    while (!zones_.empty() && zones_.back().depth > stack_.size()) zones_.pop_back();
  }

  void value() {
    prev_punct_ = 0;
    regex_ok_ = false;
    last_word_control_ = false;
    after_dot_ = false;
    last_ = {};
    before_last_ = {};
  }

  void word(std::string_view w) {
    bool property = after_dot_;
    prev_punct_ = 0;
    // (also `async` as a name, or `async` then a line break: more is taken for async code)
    if (!property && w == "async") zones_.push_back({stack_.size(), 0});
    after_dot_ = false;
    regex_ok_ = !property && regex_after(w);
    if (!property && stack_.empty()) {
      if (w == "export" && !runs_.back().exports) runs_.back().export_at = static_cast<uint32_t>(w.data() - t_.data());
      if (w == "export") runs_.back().exports = pending_export_ = true;
      if (w == "from") runs_.back().from = true;
      if (w == "import") {
        pending_import_ = true;
        import_run_ = runs_.size() - 1;
      }
    }
    // `function NAME`, `function * NAME`, `async function NAME`
    if (!property && last_ == "function" && w != "function") {
      functions_.push_back({runs_.size() - 1, w, before_last_ == "async"});
    }
    if (!property && last_ == "*" && before_last_ == "function") {
      functions_.push_back({runs_.size() - 1, w, async_star_});
    }
    async_star_ = last_ == "function" && before_last_ == "async";
    before_last_ = property ? std::string_view() : last_;
    last_ = property ? std::string_view() : w;
    last_word_control_ = !property && (w == "if" || w == "while" || w == "for" || w == "with" || w == "switch" || w == "catch");
  }

  bool punctuator(size_t& i, char c) {
    bool star_after_function = c == '*' && last_ == "function";
    bool was_async_function = last_ == "function" && before_last_ == "async";
    before_last_ = star_after_function ? last_ : std::string_view();
    last_ = star_after_function ? std::string_view("*") : std::string_view();
    async_star_ = star_after_function && was_async_function;
    after_dot_ = false;
    regex_ok_ = true;
    char prev = prev_punct_;
    prev_punct_ = 0;
    switch (c) {
      case '(': {
        bool control = last_word_control_;
        push(control ? 'c' : '(', i, false);
        break;
      }
      case ')':
        if (stack_.empty() || (stack_.back() != '(' && stack_.back() != 'c')) return false;
        regex_ok_ = stack_.back() == 'c';
        prev_punct_ = stack_.back() == 'c' ? 0 : ')';
        pop();
        break;
      case '[':
        push('[', i, false);
        break;
      case ']':
        if (stack_.empty() || stack_.back() != '[') return false;
        pop();
        regex_ok_ = false;
        break;
      case '{': {
        // A function body (after the parameters' `)`, or `=>`): the body of the async function
        // just begun, or outside any async function a run of code that can be blanked.
        bool body = prev == ')' || prev == '>';
        if (body && !zones_.empty() && zones_.back().depth == stack_.size() && zones_.back().body == 0) {
          zones_.back().body = stack_.size() + 1;
        }
        push('{', i, body && zones_.empty());
        break;
      }
      case '}': {
        if (stack_.empty()) return false;
        if (stack_.back() == 't') {
          pop();
          ++i;
          last_word_control_ = false;
          return template_part(i);
        }
        if (stack_.back() != '{') return false;
        if (bodies_.back()) bodies_found_.emplace_back(opens_.back() + 1, static_cast<uint32_t>(i));
        pop();
        if (!zones_.empty() && zones_.back().body == stack_.size() + 1) zones_.pop_back();
        if (stack_.empty()) pending_ = Cut::brace;
        break;
      }
      case ';':
      case ',':
        while (!zones_.empty() && zones_.back().depth == stack_.size()) zones_.pop_back();
        if (c == ';' && stack_.empty()) pending_ = Cut::semicolon;
        break;
      case '=':
        if (i + 1 < t_.size() && t_[i + 1] == '>') {
          ++i;
          prev_punct_ = '>';
        }
        break;
      case '.':
        after_dot_ = true;
        break;
      case '+':
      case '-':
        if (i + 1 < t_.size() && t_[i + 1] == c) {
          ++i;
          regex_ok_ = false;  // (postfix, most likely)
        }
        break;
      default:
        break;
    }
    last_word_control_ = false;
    ++i;
    return true;
  }

  // The first line break at or after i, or the end.
  size_t line_end(size_t i) const {
    const char* from = t_.data() + i;
    size_t n = t_.size() - i;
    const void* lf = std::memchr(from, '\n', n);
    size_t end = lf ? static_cast<size_t>(static_cast<const char*>(lf) - from) : n;
    const void* cr = std::memchr(from, '\r', end);
    return i + (cr ? static_cast<size_t>(static_cast<const char*>(cr) - from) : end);
  }

  // A string literal from its quote at i; i ends after it.
  bool string(size_t& i) {
    char quote = t_[i++];
    while (i < t_.size()) {
      char c = t_[i];
      if (c == quote) {
        ++i;
        return true;
      }
      if (c == '\\') {
        i += 2;
        if (i <= t_.size() && t_[i - 1] == '\r' && i < t_.size() && t_[i] == '\n') ++i;
        continue;
      }
      if (is_line_break(c)) return false;
      ++i;
    }
    return false;
  }

  // A template literal's text from i (after its backquote or a substitution's `}`) to its end or
  // to the next `${`.
  bool template_part(size_t& i) {
    while (i < t_.size()) {
      char c = t_[i];
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '`') {
        ++i;
        value();
        return true;
      }
      if (c == '$' && i + 1 < t_.size() && t_[i + 1] == '{') {
        push('t', i, false);
        i += 2;
        prev_punct_ = 0;
        regex_ok_ = true;
        after_dot_ = false;
        last_ = {};
        before_last_ = {};
        return true;
      }
      ++i;
    }
    return false;
  }

  // A regular expression literal from its `/` at i; i ends after its flags.
  bool regex(size_t& i) {
    bool in_class = false;
    for (++i; i < t_.size(); ++i) {
      char c = t_[i];
      if (is_line_break(c)) return false;
      if (c == '\\') {
        ++i;
        if (i >= t_.size() || is_line_break(t_[i])) return false;
      } else if (c == '[') {
        in_class = true;
      } else if (c == ']') {
        in_class = false;
      } else if (c == '/' && !in_class) {
        ++i;
        while (i < t_.size() && is_identifier_char(t_[i]) && !space_at(t_, i)) ++i;
        return true;
      }
    }
    return false;
  }

  std::string_view t_;
  std::vector<Run> runs_;
  std::vector<FunctionName> functions_;
  std::vector<char> stack_;  // ( [ { and c: a `(` after if/while/for/with/switch/catch; t: a template's `${`
  std::vector<uint32_t> opens_;  // where each bracket of the stack is
  std::vector<bool> bodies_;     // whether it opens a function body outside async functions
  // Async functions (from `async` on, conservatively): the bracket depth of `async`, and that of
  // its body once it has begun (0: not yet). One ends with its body, or at a `;` or `,` at its
  // depth, or at a bracket that closes around it.
  struct Zone {
    size_t depth;
    size_t body;
  };
  std::vector<Zone> zones_;
  std::vector<std::pair<uint32_t, uint32_t>> bodies_found_;  // [after `{`, `}`) of such bodies
  std::vector<std::pair<uint32_t, uint32_t>> comments_;
  char prev_punct_ = 0;  // the last token: ')' (not of a control statement), '>' (`=>`), else 0
  Cut pending_ = Cut::none;
  bool regex_ok_ = true;
  bool after_dot_ = false;
  bool pending_import_ = false;
  bool pending_export_ = false;
  size_t import_run_ = 0;
  bool last_word_control_ = false;
  bool async_star_ = false;
  std::string_view last_, before_last_;  // the last two tokens when they are words or `*`
  size_t shebang_end_ = 0;
  size_t comment_;
  bool comment_seen_ = false;
};

// Where `async`, `await` or `yield` may stand as a word (as may_be_keyword decides), or `\\u` (an
// escape may spell one), in order.
std::vector<uint32_t> keyword_offsets(std::string_view text) {
  std::vector<uint32_t> out;
  auto extends = [](char c) { return static_cast<unsigned char>(c) < 0x80 && (is_identifier_char(c) || c == '\\'); };
  for (std::string_view word : {"async", "await", "yield"}) {
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      size_t end = at + word.size();
      if ((at == 0 || !extends(text[at - 1])) && (end == text.size() || !extends(text[end]))) out.push_back(static_cast<uint32_t>(at));
    }
  }
  for (size_t at = text.find("\\u"); at != std::string_view::npos; at = text.find("\\u", at + 1)) out.push_back(static_cast<uint32_t>(at));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::optional<ReducedSource> reduce_source(std::string_view source, size_t keep_comment) {
  Lexer lexer(source, keep_comment);
  if (!lexer.run()) return std::nullopt;
  std::vector<Run>& runs = lexer.runs();
  auto end_of = [&](size_t r) { return r + 1 < runs.size() ? runs[r + 1].begin : static_cast<uint32_t>(source.size()); };
  std::vector<uint32_t> keywords = keyword_offsets(source);
  auto has_keyword = [&](uint32_t begin, uint32_t end) {
    auto at = std::lower_bound(keywords.begin(), keywords.end(), begin);
    return at != keywords.end() && *at < end;
  };
  for (size_t r = 0; r < runs.size(); ++r) runs[r].keep = has_keyword(runs[r].begin, end_of(r));
  // The directive prologue.
  for (Run& r : runs) {
    if (!r.string_start) break;
    r.keep = true;
  }
  // Every declaration of a name that an async function declaration of a kept run declares.
  std::unordered_set<std::string_view> async_names;
  for (const FunctionName& f : lexer.functions()) {
    if (f.async && runs[f.run].keep) async_names.insert(f.name);
  }
  for (const FunctionName& f : lexer.functions()) {
    if (async_names.count(f.name)) runs[f.run].keep = true;
  }
  // An export statement, else an import statement, if no kept run holds one: the smallest run.
  // Exports of names declared elsewhere (`export { a }`: an early error without the declarations)
  // only if no other, and then `export{};` written over it instead.
  constexpr std::string_view empty_export = "export{};";
  size_t synthetic_export = std::string_view::npos;
  size_t synthetic_run = 0;
  auto keep_one = [&](bool Run::*has) {
    size_t best = runs.size();
    auto rank = [&](size_t r) {
      return std::make_pair(runs[r].export_list && !runs[r].from, end_of(r) - runs[r].begin);
    };
    for (size_t r = 0; r < runs.size(); ++r) {
      if (!(runs[r].*has)) continue;
      if (runs[r].keep) return;
      if (best == runs.size() || rank(r) < rank(best)) best = r;
    }
    if (best == runs.size()) return;
    if (has == &Run::exports && rank(best).first && end_of(best) - runs[best].export_at >= empty_export.size()) {
      synthetic_export = runs[best].export_at;
      synthetic_run = best;
    } else {
      runs[best].keep = true;
    }
  };
  keep_one(&Run::exports);
  bool module = synthetic_export != std::string_view::npos ||
                std::any_of(runs.begin(), runs.end(), [](const Run& r) { return r.keep && (r.exports || r.imports); });
  if (!module) keep_one(&Run::imports);
  // A kept run that ends with `}` (no `;`) and the next kept run, which must not start with a
  // token that continues an expression: the blanked run before it is kept.
  size_t previous = runs.size();  // the last kept run
  for (size_t r = 0; r < runs.size(); ++r) {
    if (!runs[r].keep) continue;
    if (previous != runs.size() && previous + 1 < r && runs[previous + 1].cut == Cut::brace) {
      size_t c = r;
      while (c > previous + 1 && !runs[c].safe_start) runs[--c].keep = true;
    }
    previous = r;
  }
  ReducedSource reduced;
  reduced.text.assign(source);
  std::vector<std::pair<uint32_t, uint32_t>> blanks;
  // Blanks [begin, end) and leaves it out of the ranges read from `read` bytes on (a comment's
  // first byte, blank, stays read: it parts the tokens around).
  auto blank = [&](size_t begin, size_t end, size_t read = 0) {
    if (begin >= end) return;
    blanks.emplace_back(static_cast<uint32_t>(begin + read), static_cast<uint32_t>(end));
    for (size_t k = begin; k < end; ++k) {
      char& c = reduced.text[k];
      if (!is_line_break(c)) {
        c = ' ';
        ++reduced.blanked;
      }
    }
  };
  size_t keep_from = lexer.comment_seen() ? keep_comment : source.size();
  for (size_t r = 0; r < runs.size(); ++r) {
    if (!runs[r].keep) blank(std::max<size_t>(runs[r].begin, lexer.shebang_end()), std::min<size_t>(end_of(r), keep_from));
  }
  // Function bodies outside async functions, in kept runs (the outermost of nested ones).
  std::vector<std::pair<uint32_t, uint32_t>>& bodies = lexer.bodies();
  std::sort(bodies.begin(), bodies.end(), [](auto a, auto b) { return a.first < b.first || (a.first == b.first && a.second > b.second); });
  uint32_t covered = 0;
  size_t run = 0;
  for (auto [begin, end] : bodies) {
    if (begin < covered || has_keyword(begin, end)) continue;
    while (run + 1 < runs.size() && runs[run + 1].begin <= begin) ++run;
    if (!runs[run].keep) continue;
    covered = end;
    blank(begin, end);
  }
  // Comments outside async functions in the code that is read, where the grammar's scanner reads
  // blanks the same way: a comment followed by a word, a string, a brace or the end (it may end a
  // statement by ASI before a word alike, and the scanner would take a comment before `(`, `[`, an
  // operator or `in`, which continue an expression, as a reason for ASI). The first byte, blank,
  // stays read: it parts the tokens around.
  for (auto [begin, end] : lexer.comments()) {
    if (reduced.text[begin] != '/') continue;  // (in a blanked stretch)
    size_t next = end;
    while (next < source.size() && (source[next] == ' ' || source[next] == '\t' || is_line_break(source[next]))) ++next;
    unsigned char c = next < source.size() ? static_cast<unsigned char>(source[next]) : 0;
    bool word = c == '_' || c == '$' || (c >= 'a' && c <= 'z' && c != 'i') || (c >= 'A' && c <= 'Z');
    if (!(next == source.size() || word || c == '{' || c == '}' || c == '"' || c == '\'' || c == '#')) continue;
    blank(begin, end, 1);
  }
  if (reduced.blanked == 0) return std::nullopt;
  // (unless its run is kept after all)
  bool synthetic = synthetic_export != std::string_view::npos && !runs[synthetic_run].keep;
  if (synthetic) reduced.text.replace(synthetic_export, empty_export.size(), empty_export);
  // The ranges to read: all but the blanked stretches, each read again from its last line break (so
  // that a line break stays wherever one was, and a stretch parts two ranges, not three: tree-sitter's
  // lexer looks its position up among the ranges from the first, at every token), and the `export{};`
  // written. (Adjacent stretches, such as blanked runs in a row, are one.)
  std::sort(blanks.begin(), blanks.end());
  std::vector<std::pair<uint32_t, uint32_t>> stretches;
  for (auto [begin, end] : blanks) {
    if (!stretches.empty() && begin <= stretches.back().second) {
      stretches.back().second = std::max(stretches.back().second, end);
    } else {
      stretches.emplace_back(begin, end);
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>> gaps;
  for (auto [begin, end] : stretches) {
    if (synthetic && synthetic_export >= begin && synthetic_export < end) {
      gaps.emplace_back(begin, static_cast<uint32_t>(synthetic_export));
      begin = static_cast<uint32_t>(synthetic_export + empty_export.size());
    }
    if (begin >= end) continue;
    size_t line_break = std::string_view(reduced.text).substr(begin, end - begin).find_last_of("\r\n");
    gaps.emplace_back(begin, line_break == std::string_view::npos ? end : static_cast<uint32_t>(begin + line_break));
  }
  uint32_t from = 0;
  for (auto [begin, end] : gaps) {
    if (begin < from) begin = from;
    if (begin >= end) continue;
    if (from < begin) reduced.ranges.emplace_back(from, begin);
    from = end;
  }
  if (from < source.size()) reduced.ranges.emplace_back(from, static_cast<uint32_t>(source.size()));
  return reduced;
}

}  // namespace a2g
