// Splits the embedded runtime files into pieces once, and picks the pieces a file needs.
#include "core/runtime_pieces.hpp"

#include <vector>

#include "core/source.hpp"

namespace a2g {

extern const std::string_view runtime_async_js;
extern const std::string_view runtime_async_generator_js;

namespace {

struct Piece {
  std::string name;             // `__async_ag`; empty for a file's header comment
  std::string_view text;        // with its comment lines and its final line break
  std::set<std::string, std::less<>> calls;  // runtime names its code mentions
};

// Code without `//` comments, so a comment naming another function does not pull it in.
std::string code_of(std::string_view text) {
  std::string out;
  for (size_t at = 0; at < text.size();) {
    size_t eol = text.find('\n', at);
    std::string_view line = text.substr(at, eol == std::string_view::npos ? std::string_view::npos : eol - at);
    size_t comment = line.find("//");
    out += line.substr(0, comment);
    out += '\n';
    if (eol == std::string_view::npos) break;
    at = eol + 1;
  }
  return out;
}

// A file: its header comment (up to the first line starting a comment or function after it),
// then one piece per `function __async...` line with the `//` lines right above it.
void split(std::string_view file, std::vector<Piece>& out) {
  std::vector<size_t> line_starts;
  for (size_t at = 0; at < file.size();) {
    line_starts.push_back(at);
    size_t eol = file.find('\n', at);
    at = eol == std::string_view::npos ? file.size() : eol + 1;
  }
  std::vector<size_t> starts;  // line index where each piece starts
  std::vector<std::string> names;
  for (size_t i = 0; i < line_starts.size(); ++i) {
    std::string_view line = file.substr(line_starts[i]);
    if (!line.starts_with("function __async")) continue;
    size_t first = i;
    while (first > 0 && file.substr(line_starts[first - 1]).starts_with("//")) --first;
    starts.push_back(first);
    size_t paren = line.find('(');
    names.emplace_back(line.substr(9, paren - 9));
  }
  if (starts.empty()) return;
  out.push_back({"", file.substr(0, line_starts[starts[0]]), {}});
  for (size_t k = 0; k < starts.size(); ++k) {
    size_t begin = line_starts[starts[k]];
    size_t end = k + 1 < starts.size() ? line_starts[starts[k + 1]] : file.size();
    Piece p{names[k], file.substr(begin, end - begin), {}};
    runtime_names_in(code_of(p.text), "__async", p.calls);
    p.calls.erase(p.name);
    out.push_back(std::move(p));
  }
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

void runtime_names_in(std::string_view text, std::string_view prefix, std::set<std::string, std::less<>>& out) {
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
  for (const Piece& p : pieces()) {
    if (!p.name.empty()) out.push_back(p.name);
  }
  return out;
}

bool runtime_has(std::string_view name) {
  for (const Piece& p : pieces()) {
    if (!p.name.empty() && p.name == name) return true;
  }
  return false;
}

std::string runtime_pieces(const std::set<std::string, std::less<>>& used) {
  const std::vector<Piece>& all = pieces();
  std::set<std::string, std::less<>> wanted(used);
  for (bool grew = true; grew;) {  // the closure over calls
    grew = false;
    for (const Piece& p : all) {
      if (p.name.empty() || !wanted.contains(p.name)) continue;
      for (const std::string& c : p.calls) grew |= wanted.insert(c).second;
    }
  }
  std::string out;
  for (size_t i = 0; i < all.size(); ++i) {
    if (!all[i].name.empty()) {
      if (wanted.contains(all[i].name)) out += all[i].text;
      continue;
    }
    // A header goes out when any piece of its file does.
    for (size_t k = i + 1; k < all.size() && !all[k].name.empty(); ++k) {
      if (wanted.contains(all[k].name)) {
        out += all[i].text;
        break;
      }
    }
  }
  return out;
}

}  // namespace a2g
