// Formatting and ordering of diagnostics.
#include "core/diagnostic.hpp"

#include <algorithm>
#include <cstddef>
#include <tuple>

#include "core/source.hpp"

namespace a2g {
namespace {

// A line longer than this many characters (code points) is shown as a window of `window` of them
// around the error, each cut end marked with `…`: a syntax error in a 3 MB minified line prints
// one screen line, not the whole file twice.
constexpr int whole_line_limit = 150;
constexpr int window = 100;
constexpr std::string_view cut = "\xE2\x80\xA6";  // …

bool starts_character(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// The part of `line` to show, and where the error's byte `column` falls in it.
struct Shown {
  std::string text;
  size_t column = 0;
};

Shown shown_part(std::string_view line, size_t column) {
  column = std::min(column, line.size());
  int characters = 0;
  for (size_t i = 0; i < line.size() && characters <= whole_line_limit; ++i) characters += starts_character(line[i]);
  if (characters <= whole_line_limit) return {std::string(line), column};
  // Half the window before the error, the rest after it, and what the end leaves unused before it.
  size_t begin = column, end = column;
  int before = 0, after = 0;
  auto step_back = [&] {
    while (begin > 0 && !starts_character(line[--begin])) {
    }
    ++before;
  };
  while (begin > 0 && before < window / 2) step_back();
  while (end < line.size() && before + after < window) {
    while (++end < line.size() && !starts_character(line[end])) {
    }
    ++after;
  }
  while (begin > 0 && before + after < window) step_back();
  Shown out;
  if (begin > 0) out.text = cut;
  out.column = out.text.size() + (column - begin);
  out.text += line.substr(begin, end - begin);
  if (end < line.size()) out.text += cut;
  return out;
}

}  // namespace

void sort_and_dedupe(std::vector<Diagnostic>& diagnostics) {
  auto key = [](const Diagnostic& d) { return std::tie(d.begin, d.end, d.message); };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(),
                                [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
                    diagnostics.end());
}

std::string format_diagnostic(const Diagnostic& d, std::string_view file_name, std::string_view text,
                              const LineIndex& lines, bool with_snippet) {
  (void)text;
  Position p = lines.position(d.begin);
  std::string out;
  out += file_name;
  out += ':' + std::to_string(p.line + 1) + ':' + std::to_string(p.utf16_column + 1) + ": ";
  out += d.severity == Severity::error ? "error: " : "internal error: ";
  out += d.message;
  out += '\n';
  if (with_snippet) {
    Shown shown = shown_part(lines.line_text(p.line), p.byte_column);
    std::string_view line = shown.text;
    out += line;
    out += '\n';
    // Keep tabs so the caret lines up in a terminal.
    for (size_t i = 0; i < shown.column && i < line.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(line[i]);
      if ((c & 0xC0) == 0x80) continue;
      out += c == '\t' ? '\t' : ' ';
    }
    out += "^\n";
  }
  return out;
}

}  // namespace a2g
