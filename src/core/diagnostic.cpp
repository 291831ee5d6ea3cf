// Formatting and ordering of diagnostics.
#include "core/diagnostic.hpp"

#include <algorithm>
#include <tuple>

#include "core/source.hpp"

namespace a2g {

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
    std::string_view line = lines.line_text(p.line);
    out += line;
    out += '\n';
    // Keep tabs so the caret lines up in a terminal.
    for (uint32_t i = 0; i < p.byte_column && i < line.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(line[i]);
      if ((c & 0xC0) == 0x80) continue;
      out += c == '\t' ? '\t' : ' ';
    }
    out += "^\n";
  }
  return out;
}

}  // namespace a2g
