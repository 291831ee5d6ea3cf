// The pipeline: parse, report syntax errors, analyze, lower into one edit list, splice.
#include "core/transpile.hpp"

#include "core/analyze.hpp"
#include "core/lower.hpp"
#include "core/names.hpp"

namespace a2g {

extern const std::string_view runtime_async_js;

std::string_view runtime_source() { return runtime_async_js; }

namespace {

// The helper with the file's chosen prefix and the file's line-break style.
std::string helper_text(const Names& names, bool crlf) {
  std::string out;
  std::string_view rt = runtime_async_js;
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
uint32_t helper_offset(std::string_view src) {
  size_t end = src.find_last_not_of(" \t\r\n");
  if (end == std::string_view::npos) return static_cast<uint32_t>(src.size());
  size_t line_start = src.rfind('\n', end);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::string_view last = src.substr(line_start, end + 1 - line_start);
  if (last.starts_with("//# sourceMappingURL=") || last.starts_with("//@ sourceMappingURL=")) {
    return static_cast<uint32_t>(line_start);
  }
  return static_cast<uint32_t>(src.size());
}

void add_helper(EditList& edits, std::string_view src, const Names& names) {
  bool crlf = src.find("\r\n") != std::string_view::npos;
  uint32_t at = helper_offset(src);
  std::string text;
  if (at > 0 && src[at - 1] != '\n') text += crlf ? "\r\n" : "\n";
  text += helper_text(names, crlf);
  edits.insert(at, std::move(text), INT32_MAX);
}

}  // namespace

std::vector<Diagnostic> find_syntax_errors(TSNode root, std::string_view src) {
  if (!ts_node_has_error(root)) return {};
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  std::vector<Diagnostic> out;
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    if (ts_node_is_missing(n)) {
      out.push_back({Severity::error, node_begin(n), node_end(n),
                     "syntax error: missing '" + std::string(node_type(n)) + "'"});
      break;
    }
    if (ts_node_is_error(n)) {
      std::string_view text = node_text(n, src);
      size_t cut = text.find_first_of("\r\n");
      if (cut != std::string_view::npos) text = text.substr(0, cut);
      if (text.size() > 30) text = text.substr(0, 30);
      out.push_back({Severity::error, node_begin(n), node_end(n),
                     text.empty() ? "syntax error" : "syntax error: unexpected '" + std::string(text) + "'"});
      break;
    }
    // Descend into the first child that contains an error.
    bool found = false;
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      do {
        TSNode c = ts_tree_cursor_current_node(&cursor);
        if (ts_node_has_error(c)) {
          found = true;
          break;
        }
      } while (ts_tree_cursor_goto_next_sibling(&cursor));
    }
    if (!found) {
      out.push_back({Severity::error, node_begin(n), node_end(n), "syntax error"});
      break;
    }
  }
  ts_tree_cursor_delete(&cursor);
  return out;
}

TranspileResult Transpiler::run(std::string_view source) {
  TranspileResult result;
  Tree tree = parser_.parse(source);
  if (!tree) {
    result.diagnostics.push_back({Severity::internal_error, 0, 0, "the parser returned no tree"});
    return result;
  }
  result.diagnostics = find_syntax_errors(tree.root(), source);
  if (!result.ok()) return result;

  Facts facts = analyze(tree.root(), source);
  if (!facts.errors.empty()) {
    result.diagnostics = std::move(facts.errors);
    sort_and_dedupe(result.diagnostics);
    return result;
  }
  if (facts.functions.empty()) {
    result.output = std::string(source);
    return result;
  }

  Names names = choose_names(source);
  EditList edits;
  LowerContext cx{source, names, edits};
  for (const AsyncFunction& f : facts.functions) lower_function(f, cx);
  for (const Await& a : facts.awaits) lower_await(a, cx);
  for (const SuperAccess& s : facts.supers) lower_super_access(s, cx);
  for (const CaptureUse& c : facts.captures) lower_capture(c, cx);
  add_helper(edits, source, names);

  uint32_t conflict = 0;
  if (!edits.finish(&conflict)) {
    result.diagnostics.push_back(
        {Severity::internal_error, conflict, conflict, "overlapping edits (please report this input)"});
    return result;
  }
  result.output = edits.apply(source);
  result.changed = true;
  return result;
}

}  // namespace a2g
