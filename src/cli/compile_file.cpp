// Transpile + source map + diagnostics formatting for one file.
#include "cli/compile_file.hpp"

#include <filesystem>

#include "cli/file_io.hpp"
#include "cli/package_type.hpp"
#include "core/source.hpp"
#include "core/source_map.hpp"

namespace fs = std::filesystem;

namespace a2g {
namespace {

std::string json_diagnostic(const Diagnostic& d, const std::string& file, const LineIndex& lines) {
  Position p = lines.position(d.begin);
  return "{\"file\":" + json_quote(file) + ",\"line\":" + std::to_string(p.line + 1) +
         ",\"column\":" + std::to_string(p.utf16_column + 1) + ",\"severity\":\"" +
         (d.severity == Severity::error ? "error" : "internal error") + "\",\"message\":" + json_quote(d.message) +
         "}\n";
}

std::string colored(const std::string& text) {
  // file:line:col: in bold, "error:" in bold red; the rest as is.
  size_t error = text.find(": error: ");
  if (error == std::string::npos) error = text.find(": internal error: ");
  if (error == std::string::npos) return text;
  size_t message = text.find(": ", error + 2) + 2;
  return "\x1b[1m" + text.substr(0, error + 1) + "\x1b[0m \x1b[1;31m" + text.substr(error + 2, message - error - 4) +
         "\x1b[0m:" + text.substr(message - 1);
}

// Where the map's "sources" entry points: the input relative to the map's folder.
std::string map_source_name(const std::string& input_path, const std::string& display_name,
                            const std::string& output_path) {
  if (input_path.empty() || output_path.empty()) return display_name;
  std::error_code ec;
  fs::path out_dir = fs::absolute(output_path, ec).parent_path();
  fs::path rel = fs::relative(fs::absolute(input_path, ec), out_dir, ec);
  return ec || rel.empty() ? display_name : rel.generic_string();
}

// The input's own map: --input-source-map, else its trailing sourceMappingURL comment (a data
// URL, or a file next to the input). Unreadable or invalid maps are not chained.
std::optional<InputSourceMap> input_map(std::string_view source, std::optional<std::pair<uint32_t, uint32_t>> comment,
                                        const std::string& input_path, const Options& o) {
  std::string json, error;
  if (!o.input_source_map.empty()) {
    if (!read_input(o.input_source_map, json, error)) return std::nullopt;
    return decode_source_map(json);
  }
  if (!comment) return std::nullopt;
  std::string_view line = source.substr(comment->first, comment->second - comment->first);
  std::string_view url = line.substr(line.find('=') + 1);
  url = url.substr(0, url.find_first_of(" \t\r\n"));
  if (url.starts_with("data:")) {
    size_t comma = url.find(',');
    if (comma == std::string_view::npos || url.substr(0, comma).find("base64") == std::string_view::npos) return std::nullopt;
    auto decoded = base64_decode(url.substr(comma + 1));
    return decoded ? decode_source_map(*decoded) : std::nullopt;
  }
  if (input_path.empty() || url.find("://") != std::string_view::npos) return std::nullopt;
  fs::path map_path = fs::path(input_path).parent_path() / std::string(url);
  if (!read_input(map_path.string(), json, error)) return std::nullopt;
  return decode_source_map(json);
}

}  // namespace

std::string format_diagnostics(const std::vector<Diagnostic>& diagnostics, const std::string& display_name,
                               std::string_view source, const Options& options) {
  LineIndex lines(source);
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    if (options.error_format == ErrorFormat::json) {
      out += json_diagnostic(d, display_name, lines);
    } else {
      std::string text = format_diagnostic(d, display_name, source, lines);
      out += options.color ? colored(text) : text;
    }
  }
  return out;
}

Compiled compile_source(Transpiler& transpiler, std::string_view source, const std::string& display_name,
                        const std::string& input_path, const std::string& output_path, const Options& options) {
  Compiled c;
  TranspileOptions transpile_options;
  transpile_options.global_promise = options.global_promise;
  transpile_options.fast_paths = options.fast_paths;
  transpile_options.max_input_bytes = options.max_input_mib << 20;
  transpile_options.top_level_await = options.top_level_await;
  transpile_options.async_stack_traces = options.async_stack_traces;
  transpile_options.helpers = options.helpers;
  transpile_options.helpers_module = options.helpers_module;
  if (options.helpers_file) {
    // The runtime files at the top of the output folder, by a path relative to this output.
    fs::path base = fs::absolute(options.out_dir).lexically_normal() / options.helpers_file_name;
    fs::path from = fs::absolute(output_path).lexically_normal().parent_path();
    std::string relative = base.lexically_relative(from).generic_string();
    if (!relative.starts_with("../")) relative = "./" + relative;
    transpile_options.helpers_module = relative + ".mjs";
    transpile_options.helpers_module_cjs = relative + ".cjs";
  }
  transpile_options.module_kind = options.module_kind;
  // A .js file of a "type": "module" package is an ES module whatever its syntax, as for node.
  if (options.module_kind == ModuleKind::automatic && input_path.ends_with(".js") && in_module_package(input_path)) {
    transpile_options.module_kind = ModuleKind::esm;
  }
  transpile_options.file_name = input_path.empty() ? display_name : input_path;
  TranspileResult r = transpiler.run(source, transpile_options);
  if (!r.ok()) {
    c.diagnostics = format_diagnostics(r.diagnostics, display_name, source, options);
    return c;
  }
  c.ok = true;
  if (options.source_maps == SourceMaps::none) {
    c.code = std::move(r.output);
    return c;
  }
  // The map replaces whatever map the input pointed to: its comment goes.
  EditList edits = std::move(r.edits);
  if (auto comment = r.source_map_comment) edits.replace(comment->first, comment->second, "");
  uint32_t conflict = 0;
  edits.finish(source, &conflict);
  c.code = edits.apply(source);
  SourceMapOptions map_options;
  map_options.file = output_path.empty() ? display_name : fs::path(output_path).filename().string();
  map_options.source = map_source_name(input_path, display_name, output_path);
  map_options.source_root = options.source_root;
  map_options.include_content = options.sources_content;
  std::optional<InputSourceMap> chained = input_map(source, r.source_map_comment, input_path, options);
  std::string map = build_source_map(source, edits, map_options, chained ? &*chained : nullptr);
  bool crlf = source.find("\r\n") != std::string_view::npos;
  std::string eol = crlf ? "\r\n" : "\n";
  if (!c.code.empty() && c.code.back() != '\n') c.code += eol;
  if (options.source_maps == SourceMaps::inline_ || options.source_maps == SourceMaps::both) {
    c.code += "//# sourceMappingURL=data:application/json;charset=utf-8;base64," + base64_encode(map) + eol;
  } else {
    c.code += "//# sourceMappingURL=" + fs::path(output_path).filename().string() + ".map" + eol;
  }
  if (options.source_maps != SourceMaps::inline_) {
    c.map = std::move(map);
    c.map_path = output_path + ".map";
  }
  return c;
}

}  // namespace a2g
