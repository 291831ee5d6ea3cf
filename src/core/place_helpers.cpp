// Helper placement (place_helpers.hpp), and the shared runtime module of --print-helpers.
#include "core/place_helpers.hpp"

#include <algorithm>

#include "core/directives.hpp"
#include "core/module_kind.hpp"
#include "core/parse.hpp"
#include "core/runtime_pieces.hpp"

namespace a2g {
namespace {

// A runtime file with the file's chosen prefix and the file's line-break style.
std::string helper_text(std::string_view rt, const Names& names, bool crlf) {
  std::string out;
  out.reserve(rt.size() + rt.size() / 16);
  auto append = [&](std::string_view text) {
    if (!crlf) {
      out += text;
      return;
    }
    for (char c : text) {
      if (c == '\n') out += '\r';
      out += c;
    }
  };
  const std::string_view placeholder = runtime_prefix;
  for (size_t i = 0;;) {
    size_t at = rt.find(placeholder, i);
    append(rt.substr(i, at == std::string_view::npos ? std::string_view::npos : at - i));
    if (at == std::string_view::npos) return out;
    out += names.prefix;
    i = at + placeholder.size();
  }
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

}  // namespace

// The helpers capture %Promise% and friends when the file starts running, before user code can
// replace them; an inline runtime is hoisted declarations appended at the end.
bool place_helpers(LoweredFile& file, TSNode root, std::string_view src, const Names& names,
                   const TranspileOptions& options, uint32_t runtime_offset, std::vector<Diagnostic>& diagnostics) {
  Emitter& js = file.js;
  EditList& edits = file.edits;
  Prologue p = prologue_position(root, src);
  std::string statements;
  if (options.helpers == HelperDelivery::inline_) {
    std::string rt = js.call(Helper::rt, {});
    statements = rt + ";";
  }
  // The helpers the file calls, by their name in the runtime.
  std::vector<const HelperInfo*> used;
  js.used().for_each([&](const HelperInfo& h) { used.push_back(&h); });
  std::sort(used.begin(), used.end(), [](const HelperInfo* a, const HelperInfo* b) { return a->name < b->name; });
  NameSet runtime_names;
  for (const HelperInfo* h : used) {
    if (!runtime_has(h->name)) {
      diagnostics.push_back({Severity::internal_error, 0, 0, "the runtime has no helper " + std::string(h->name)});
      return false;
    }
    runtime_names.emplace(h->name);
  }
  if (options.helpers == HelperDelivery::import) {
    bool esm = imports_helpers(root, src, options);
    std::string list;
    for (const HelperInfo* h : used) {
      std::string exported(h->name);
      std::string name = helper_name(h->id, names.prefix);
      if (!list.empty()) list += ", ";
      list += exported == name ? name : esm ? exported + " as " + name : exported + ": " + name;
    }
    const std::string& from =
        esm || options.helpers_module_cjs.empty() ? options.helpers_module : options.helpers_module_cjs;
    statements = esm ? "import { " + list + " } from " + js::string(from) + ";"
                     : "const { " + list + " } = require(" + js::string(from) + ");";
  }
  if (options.helpers == HelperDelivery::global && names.prefix != runtime_prefix && !used.empty()) {
    // The file mentions `__async`, so its names have another prefix: alias them to the globals
    // (`var`, which another script may declare again).
    std::string list;
    for (const HelperInfo* h : used) {
      list += (list.empty() ? "" : ", ") + helper_name(h->id, names.prefix) + " = globalThis." + std::string(h->name);
    }
    statements = "var " + list + ";";
  }
  statements += file.prologue;
  if (!statements.empty() && statements[0] == ' ') statements.erase(0, 1);
  if (!statements.empty()) {
    bool directive = p.needs_semicolon || (p.offset > 0 && src[p.offset - 1] == ';');
    bool blank_next = p.offset >= src.size() || std::string_view(" \t\r\n").find(src[p.offset]) != std::string_view::npos;
    edits.insert(p.offset, (p.needs_semicolon ? "; " : directive ? " " : "") + statements + (blank_next ? "" : " "),
                 Order::file_start());
  }
  bool crlf = src.find("\r\n") != std::string_view::npos;
  uint32_t at = runtime_offset;
  std::string text;
  if (at > 0 && src[at - 1] != '\n') text += crlf ? "\r\n" : "\n";
  if (!file.epilogue.empty()) text += file.epilogue + (crlf ? "\r\n" : "\n");
  // In a module with exports, the entry points called elsewhere than at the file's start are
  // hoisted functions (another module may call the file's functions before its first line runs).
  NameSet hoisted;
  if (has_exports(root)) {
    js.used_later().for_each([&](const HelperInfo& h) { hoisted.emplace(h.name); });
  }
  if (options.helpers == HelperDelivery::inline_) text += helper_text(runtime_pieces(runtime_names, hoisted, options.global_promise), names, crlf);
  if (options.helpers == HelperDelivery::inline_ || !file.epilogue.empty()) edits.insert(at, std::move(text), Order::file_end());
  return true;
}

std::string runtime_module(HelperModuleKind kind) {
  std::vector<std::string> all = runtime_entry_names();
  std::string out = "// async2gen runtime, to be shared by files transpiled with --helpers=import or --helpers=global.\n";
  out += runtime_pieces(NameSet(all.begin(), all.end()), false);
  Emitter js{std::string(runtime_prefix)};
  std::string rt = js.call(Helper::rt, {});
  out += rt + ";\n";
  all.push_back(std::string(helper_name(Helper::rt, runtime_prefix)));
  std::string list;
  for (const std::string& n : all) list += (list.empty() ? "" : ", ") + n;
  if (kind == HelperModuleKind::esm) out += "export { " + list + " };\n";
  if (kind == HelperModuleKind::cjs) out += "module.exports = { " + list + " };\n";
  if (kind == HelperModuleKind::global) {
    for (const std::string& n : all) out += rt + "." + n + " = " + n + ";\n";
  }
  return out;
}

}  // namespace a2g
