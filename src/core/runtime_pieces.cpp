// Splits the embedded runtime files into sections once, and picks the sections a file needs.
#include "core/runtime_pieces.hpp"

#include <cstdint>
#include <vector>

#include "core/source.hpp"

namespace a2g {

extern const std::string_view runtime_async_js;
extern const std::string_view runtime_async_generator_js;

namespace {

struct Piece {
  std::string name;  // `__async_ag`
  std::string text;  // compact, with its final line break
  NameSet needs;     // from its `// needs:` line
  NameSet mentions;  // runtime names its code mentions
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

// A file: a header comment, then one section per `function __async...` line, with the `//` lines
// right above it (the last of them `// needs: a, b` or `// needs: -`).
void split(std::string_view file, std::vector<Piece>& out) {
  std::vector<std::string_view> lines = lines_of(file);
  size_t current = SIZE_MAX;
  NameSet needs;
  std::string code;
  auto close = [&] {
    if (current == SIZE_MAX) return;
    Piece& p = out[current];
    p.text = compact_js(code);
    runtime_names_in(p.text, "__async", p.mentions);
    p.mentions.erase(p.name);
    code.clear();
  };
  for (std::string_view line : lines) {
    if (line.starts_with("// needs:")) {
      needs.clear();
      std::string_view list = line.substr(9);
      runtime_names_in(list, "__async", needs);
      continue;
    }
    if (line.starts_with("function __async")) {
      close();
      size_t paren = line.find('(');
      out.push_back({std::string(line.substr(9, paren - 9)), {}, std::move(needs), {}});
      needs.clear();
      current = out.size() - 1;
    }
    if (current != SIZE_MAX && !line.starts_with("//")) {
      code += line;
      code += '\n';
    }
  }
  close();
}

const std::vector<Piece>& pieces() {
  static const std::vector<Piece> all = [] {
    std::vector<Piece> v;
    split(runtime_async_js, v);
    split(runtime_async_generator_js, v);
    return v;
  }();
  return all;
}

}  // namespace

std::string compact_js(std::string_view text) {
  std::string out;
  bool in_block = false;
  for (std::string_view line : lines_of(text)) {
    std::string kept;
    char quote = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (in_block) {
        if (c == '*' && i + 1 < line.size() && line[i + 1] == '/') {
          in_block = false;
          ++i;
        }
        continue;
      }
      if (quote != 0) {
        kept += c;
        if (c == '\\' && i + 1 < line.size()) {
          kept += line[++i];
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '"' || c == '\'' || c == '`') quote = c;
      if (c == '/' && i + 1 < line.size() && line[i + 1] == '/') break;
      if (c == '/' && i + 1 < line.size() && line[i + 1] == '*') {
        in_block = true;
        ++i;
        continue;
      }
      kept += c;
    }
    size_t last = kept.find_last_not_of(" \t");
    if (last == std::string::npos) continue;
    out += std::string_view(kept).substr(0, last + 1);
    out += '\n';
  }
  return out;
}

void runtime_names_in(std::string_view text, std::string_view prefix, NameSet& out) {
  for (size_t at = text.find(prefix); at != std::string_view::npos; at = text.find(prefix, at + 1)) {
    if (at > 0 && is_identifier_char(text[at - 1])) continue;
    size_t end = at + prefix.size();
    while (end < text.size() && is_identifier_char(text[end])) ++end;
    // `__async2` is another prefix, not a name of this one.
    std::string_view rest = text.substr(at + prefix.size(), end - at - prefix.size());
    if (!rest.empty() && rest[0] != '_') continue;
    out.insert("__async" + std::string(rest));
  }
}

std::vector<std::string> runtime_function_names() {
  std::vector<std::string> out;
  for (const Piece& p : pieces()) out.push_back(p.name);
  return out;
}

bool runtime_has(std::string_view name) {
  for (const Piece& p : pieces()) {
    if (p.name == name) return true;
  }
  return false;
}

std::vector<RuntimeSection> runtime_sections() {
  std::vector<RuntimeSection> out;
  for (const Piece& p : pieces()) out.push_back({p.name, p.needs, p.mentions});
  return out;
}

std::string runtime_pieces(const NameSet& used) {
  const std::vector<Piece>& all = pieces();
  NameSet wanted(used);
  for (bool grew = true; grew;) {  // the closure over needs
    grew = false;
    for (const Piece& p : all) {
      if (!wanted.contains(p.name)) continue;
      for (const std::string& c : p.needs) grew |= wanted.insert(c).second;
    }
  }
  std::string out;
  for (const Piece& p : all) {
    if (wanted.contains(p.name)) out += p.text;
  }
  return out.empty() ? out : "// async2gen runtime\n" + out;
}

}  // namespace a2g
