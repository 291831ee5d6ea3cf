// Diagnostics: a byte range and a message; line and column are computed when printing.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace a2g {

class LineIndex;

enum class Severity { error, internal_error };

struct Diagnostic {
  Severity severity = Severity::error;
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string message;
};

// Sorts by position and removes exact duplicates.
void sort_and_dedupe(std::vector<Diagnostic>& diagnostics);

// `file:line:col: error: message`, then the source line (about 100 characters around the error
// when it is long, the cut ends marked with `…`) and a caret under the column.
// Lines and columns are 1-based; a column counts UTF-16 code units, as JavaScript does.
std::string format_diagnostic(const Diagnostic& d, std::string_view file_name, std::string_view text,
                              const LineIndex& lines, bool with_snippet = true);

}  // namespace a2g
