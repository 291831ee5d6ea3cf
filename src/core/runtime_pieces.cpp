// Splits the embedded runtime files into sections once, and puts together the runtime a file needs.
#include "core/runtime_pieces.hpp"

#include <cctype>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "core/source.hpp"

namespace a2g {

extern const std::string_view runtime_async_js;
extern const std::string_view runtime_async_generator_js;
extern const std::string_view runtime_dispose_js;

namespace {

struct Entry {
  std::string name;    // `__async_await`
  std::string params;  // `value`
};

struct Piece {
  std::string name;             // `markers`
  std::string code;             // as written, without the section's own comment lines
  NameSet needs;                // from its `// needs:` line
  std::vector<Entry> entries;   // the entry points it sets
};

// The compact texts, made when a file first needs them (compact_js over the whole runtime is
// most of a small file's time in a process of its own).
struct CompactPiece {
  std::once_flag made;
  std::string text;       // compact, without the lines for --promise=global
  std::string live_text;  // compact, with them
};

struct Runtime {
  Runtime();  // the embedded files split into pieces
  std::string head;  // `function __async_rt() {` up to the first section, as written
  std::string tail;  // from "end of sections" on, as written
  std::vector<Piece> pieces;
  // (made on first use, as the pieces' compact texts)
  std::once_flag frame_made;
  std::string compact_head;
  std::string compact_tail;
  std::unique_ptr<CompactPiece[]> compact;  // one per piece
};

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  for (size_t at = 0; at < text.size();) {
    size_t eol = text.find('\n', at);
    if (eol == std::string_view::npos) eol = text.size();
    out.push_back(text.substr(at, eol - at));
    at = eol + 1;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  size_t begin = s.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  size_t end = s.find_last_not_of(" \t\r");
  return s.substr(begin, end + 1 - begin);
}

// The entry points a section sets: `__async_x = function (a, b) {`.
std::vector<Entry> entries_in(std::string_view code) {
  std::vector<Entry> out;
  const std::string_view assign = " = function (";
  for (size_t at = code.find("__async"); at != std::string_view::npos; at = code.find("__async", at + 1)) {
    if (at > 0 && is_identifier_char(code[at - 1])) continue;
    size_t end = at;
    while (end < code.size() && is_identifier_char(code[end])) ++end;
    if (code.compare(end, assign.size(), assign) != 0) continue;
    size_t open = end + assign.size();
    size_t close = code.find(')', open);
    out.push_back({std::string(code.substr(at, end - at)), std::string(code.substr(open, close - open))});
  }
  return out;
}

// A file: lines before its first section (async.js: the start of __async_rt; async_generator.js:
// a comment), then sections, each from a `// section: NAME` line to the next, and in async.js the
// end of __async_rt after a line `// end of sections`.
void split(std::string_view file, Runtime& rt, bool has_frame) {
  std::string head, tail;
  std::string* out = &head;
  Piece* piece = nullptr;
  for (std::string_view line : lines_of(file)) {
    std::string_view t = trim(line);
    if (t.starts_with("// section:")) {
      rt.pieces.push_back({std::string(trim(t.substr(11))), {}, {}, {}});
      piece = &rt.pieces.back();
      out = &piece->code;
      continue;
    }
    if (piece != nullptr && piece->code.empty() && t.starts_with("// needs:")) {
      for (size_t at = 9; at < t.size();) {
        size_t comma = t.find(',', at);
        if (comma == std::string_view::npos) comma = t.size();
        std::string_view name = trim(t.substr(at, comma - at));
        if (!name.empty() && name != "-") piece->needs.insert(std::string(name));
        at = comma + 1;
      }
      continue;
    }
    if (t == "// if live" || t == "// end if") {  // kept in code, for compact_text to see
      *out += t;
      *out += '\n';
      continue;
    }
    if (t.starts_with("// end of sections")) {
      piece = nullptr;
      out = &tail;
      continue;
    }
    *out += line;
    *out += '\n';
  }
  if (has_frame) {
    rt.head = std::move(head);
    rt.tail = std::move(tail);
  }
}

// A section's code with or without the lines between `// if live` and `// end if`.
std::string lines_for(std::string_view code, bool live) {
  std::string out;
  bool in_live = false;
  for (std::string_view line : lines_of(code)) {
    if (line == "// if live" || line == "// end if") {
      in_live = line == "// if live";
      continue;
    }
    if (in_live && !live) continue;
    out += line;
    out += '\n';
  }
  return out;
}

Runtime::Runtime() {
  split(runtime_async_js, *this, true);
  split(runtime_async_generator_js, *this, false);
  split(runtime_dispose_js, *this, false);
  for (Piece& p : pieces) p.entries = entries_in(p.code);
  compact = std::make_unique<CompactPiece[]>(pieces.size());
}

Runtime& runtime() {
  static Runtime all;
  return all;
}

// Piece i's compact text (made once, by whichever thread first asks).
const std::string& compact_text(Runtime& rt, size_t i, bool live) {
  CompactPiece& c = rt.compact[i];
  std::call_once(c.made, [&] {
    c.text = compact_js(lines_for(rt.pieces[i].code, false));
    c.live_text = compact_js(lines_for(rt.pieces[i].code, true));
  });
  return live ? c.live_text : c.text;
}

// The sections `used` needs: those that set its entry points (`__async_rt`: the capture alone),
// and what they need.
std::set<size_t> wanted_pieces(const NameSet& used) {
  const std::vector<Piece>& all = runtime().pieces;
  NameSet names;
  for (const Piece& p : all) {
    bool wanted = used.contains("__async_rt") && p.name == "capture";
    for (const Entry& e : p.entries) wanted |= used.contains(e.name);
    if (wanted) names.insert(p.name);
  }
  for (bool grew = true; grew;) {  // the closure over needs
    grew = false;
    for (const Piece& p : all) {
      if (!names.contains(p.name)) continue;
      for (const std::string& n : p.needs) grew |= names.insert(n).second;
    }
  }
  std::set<size_t> out;
  for (size_t i = 0; i < all.size(); ++i) {
    if (names.contains(all[i].name)) out.insert(i);
  }
  return out;
}

// Tokens of the runtime's JavaScript, enough to tell the names a section declares at its own level
// from those it mentions: identifiers (not after `.`, not object keys) and punctuation.
struct Token {
  std::string text;
  bool identifier = false;
};

std::vector<Token> tokens_of(std::string_view code) {
  std::vector<Token> out;
  auto regex_may_start = [&] {
    if (out.empty()) return true;
    const Token& last = out.back();
    if (last.identifier) return last.text == "return" || last.text == "typeof";
    return last.text != ")" && last.text != "]";
  };
  for (size_t i = 0; i < code.size();) {
    char c = code[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (c == '/' && i + 1 < code.size() && code[i + 1] == '/') {
      i = code.find('\n', i);
      if (i == std::string_view::npos) i = code.size();
    } else if (c == '/' && i + 1 < code.size() && code[i + 1] == '*') {
      i = code.find("*/", i + 2);
      i = i == std::string_view::npos ? code.size() : i + 2;
    } else if (c == '"' || c == '\'' || c == '`' || (c == '/' && regex_may_start())) {
      bool in_class = false;
      size_t j = i + 1;
      for (; j < code.size(); ++j) {
        if (code[j] == '\\') {
          ++j;
        } else if (c == '/' && code[j] == '[') {
          in_class = true;
        } else if (c == '/' && code[j] == ']') {
          in_class = false;
        } else if (code[j] == c && !in_class) {
          break;
        }
      }
      out.push_back({"\"\"", false});
      i = j + 1;
    } else if (is_identifier_char(c)) {
      size_t j = i;
      while (j < code.size() && is_identifier_char(code[j])) ++j;
      out.push_back({std::string(code.substr(i, j - i)), !(c >= '0' && c <= '9')});
      i = j;
    } else {
      out.push_back({std::string(1, c), false});
      ++i;
    }
  }
  return out;
}

// What a section declares at its own level (`function f`, `var a, b`, entry points it sets) and
// the identifiers it mentions.
void declarations_and_mentions(std::string_view code, NameSet& declared, NameSet& mentioned) {
  std::vector<Token> tokens = tokens_of(code);
  int depth = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.text == "{" || t.text == "(" || t.text == "[") ++depth;
    if (t.text == "}" || t.text == ")" || t.text == "]") --depth;
    if (!t.identifier) continue;
    bool after_dot = i > 0 && tokens[i - 1].text == ".";
    bool key = i + 1 < tokens.size() && tokens[i + 1].text == ":" && i > 0 &&
               (tokens[i - 1].text == "{" || tokens[i - 1].text == ",");
    if (!after_dot && !key) mentioned.insert(t.text);
    // (an entry point is set by one section, `__async_x = function`; another may wrap it later)
    if (t.text.starts_with("__async") && i + 2 < tokens.size() && tokens[i + 1].text == "=" &&
        tokens[i + 2].text == "function") {
      declared.insert(t.text);
    }
    if (depth != 0) continue;
    if (t.text == "function" && i + 1 < tokens.size() && tokens[i + 1].identifier) declared.insert(tokens[i + 1].text);
    if (t.text == "var") {
      // Each declarator: the name, then anything up to `,` or `;` at the statement's own level.
      int nested = 0;
      bool expect_name = true;
      for (size_t j = i + 1; j < tokens.size(); ++j) {
        const std::string& s = tokens[j].text;
        if (expect_name && tokens[j].identifier) declared.insert(s);
        expect_name = false;
        if (s == "{" || s == "(" || s == "[") ++nested;
        if (s == "}" || s == ")" || s == "]") --nested;
        if (nested == 0 && s == ",") expect_name = true;
        if (nested == 0 && s == ";") break;
      }
    }
  }
}

void add_declarations(std::string& out, const std::vector<const Entry*>& entries, const NameSet& hoisted) {
  std::string vars;
  for (const Entry* e : entries) {
    if (!hoisted.contains(e->name)) vars += (vars.empty() ? "var " : ", ") + e->name;
  }
  if (!vars.empty()) out += vars + ";\n";
  for (const Entry* e : entries) {
    if (!hoisted.contains(e->name)) continue;
    out += "function " + e->name + "(" + e->params + ") { return __async_rt(), " + e->name + "(" + e->params +
           "); }\n";
  }
}

}  // namespace

namespace {

bool word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$' || static_cast<unsigned char>(c) >= 0x80;
}

// Whether a blank between `a` and `b` can go: not between two word characters, nor where the two
// would read as one token (`a - -b`, `a + +b`) or as a comment (`/ /`, `/ *`).
bool blank_can_go(char a, char b) {
  if (word_char(a) && word_char(b)) return false;
  return !((a == '+' || a == '-') && a == b) && !(a == '/' && (b == '/' || b == '*'));
}

}  // namespace

std::string compact_js(std::string_view text) {
  std::string out;
  bool in_block = false;
  for (std::string_view line : lines_of(text)) {
    std::string kept;
    bool blank = false;       // a blank was skipped since the last kept character
    char significant = 0;     // the last kept character (for a `/`: division or a regular expression)
    auto keep = [&](char c) {
      if (blank && !kept.empty() && !blank_can_go(kept.back(), c)) kept += ' ';
      blank = false;
      kept += c;
      significant = c;
    };
    for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (in_block) {
        if (c == '*' && i + 1 < line.size() && line[i + 1] == '/') {
          in_block = false;
          blank = true;
          ++i;
        }
        continue;
      }
      if (c == ' ' || c == '\t') {
        blank = true;
        continue;
      }
      if (c == '/' && i + 1 < line.size() && line[i + 1] == '/') break;
      if (c == '/' && i + 1 < line.size() && line[i + 1] == '*') {
        in_block = true;
        ++i;
        continue;
      }
      // A string, or a regular expression (a `/` where an expression starts): kept as it is.
      bool regex = c == '/' && (significant == 0 || std::string_view("(,=:[!&|?{};").find(significant) != std::string_view::npos);
      if (c == '"' || c == '\'' || c == '`' || regex) {
        keep(c);
        bool in_class = false;
        for (++i; i < line.size(); ++i) {
          kept += line[i];
          if (line[i] == '\\' && i + 1 < line.size()) {
            kept += line[++i];
          } else if (regex && line[i] == '[') {
            in_class = true;
          } else if (regex && line[i] == ']') {
            in_class = false;
          } else if (line[i] == c && !in_class) {
            break;
          }
        }
        continue;
      }
      keep(c);
    }
    if (kept.empty()) continue;
    out += kept;
    out += '\n';
  }
  return out;
}

std::vector<std::string> runtime_entry_names() {
  std::vector<std::string> out;
  for (const Piece& p : runtime().pieces) {
    for (const Entry& e : p.entries) out.push_back(e.name);
  }
  return out;
}

bool runtime_has(std::string_view name) {
  if (name == "__async_rt") return true;
  for (const Piece& p : runtime().pieces) {
    for (const Entry& e : p.entries) {
      if (e.name == name) return true;
    }
  }
  return false;
}

std::vector<RuntimeSection> runtime_sections() {
  const std::vector<Piece>& all = runtime().pieces;
  std::vector<NameSet> declared(all.size()), mentioned(all.size());
  for (size_t i = 0; i < all.size(); ++i) declarations_and_mentions(all[i].code, declared[i], mentioned[i]);
  std::vector<RuntimeSection> out;
  for (size_t i = 0; i < all.size(); ++i) {
    RuntimeSection s{all[i].name, all[i].needs, {}, {}};
    for (const Entry& e : all[i].entries) s.entries.insert(e.name);
    for (size_t j = 0; j < all.size(); ++j) {
      if (j == i) continue;
      for (const std::string& name : declared[j]) {
        if (mentioned[i].contains(name)) s.uses.insert(all[j].name);
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::string runtime_pieces(const NameSet& used, bool hoisted, bool live) {
  NameSet all;
  if (hoisted) {
    for (const Piece& p : runtime().pieces) {
      for (const Entry& e : p.entries) all.insert(e.name);
    }
  }
  return runtime_pieces(used, all, live);
}

std::string runtime_pieces(const NameSet& used, const NameSet& hoisted, bool live) {
  Runtime& rt = runtime();
  std::set<size_t> wanted = wanted_pieces(used);
  if (wanted.empty()) return {};
  std::call_once(rt.frame_made, [&] {
    rt.compact_head = compact_js(rt.head);
    rt.compact_tail = compact_js(rt.tail);
  });
  std::vector<const Entry*> entries;
  std::string body;
  for (size_t i : wanted) {
    for (const Entry& e : rt.pieces[i].entries) entries.push_back(&e);
    body += compact_text(rt, i, live);
  }
  std::string out = "// async2gen runtime\n";
  add_declarations(out, entries, hoisted);
  return out + rt.compact_head + body + rt.compact_tail;
}

}  // namespace a2g
