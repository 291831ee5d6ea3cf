// Transpile + source map + diagnostics formatting for one file.
#include "cli/compile_file.hpp"

#include <filesystem>

#include "cli/file_io.hpp"
#include "cli/package_type.hpp"
#include "core/source_map.hpp"

namespace fs = std::filesystem;

namespace a2g {
namespace {

std::string json_diagnostic(const async2gen::Diagnostic& d) {
  return "{\"file\":" + json_quote(d.file) + ",\"line\":" + std::to_string(d.line) +
         ",\"column\":" + std::to_string(d.column) + ",\"severity\":\"" +
         (d.severity == async2gen::Severity::error ? "error" : "internal error") + "\",\"message\":" +
         json_quote(d.message) + "}\n";
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

}  // namespace

std::string format_diagnostics(const std::vector<async2gen::Diagnostic>& diagnostics, const Options& options) {
  std::string out;
  for (const async2gen::Diagnostic& d : diagnostics) {
    if (options.error_format == ErrorFormat::json) {
      out += json_diagnostic(d);
    } else {
      out += options.color ? colored(d.rendered) : d.rendered;
    }
  }
  return out;
}

Compiled compile_source(async2gen::Transpiler& transpiler, std::string_view source, const std::string& display_name,
                        const std::string& input_path, const std::string& output_path, const Options& options) {
  Compiled c;
  async2gen::Options o;
  o.filename = input_path.empty() ? display_name : input_path;
  o.promise = options.global_promise ? async2gen::PromiseMode::global : async2gen::PromiseMode::intrinsic;
  o.fast_paths = options.fast_paths;
  o.max_input_bytes = options.max_input_mib << 20;
  o.top_level_await = options.top_level_await;
  o.async_stack_traces = options.async_stack_traces;
  for (const AssumptionInfo& info : assumption_table) {
    if (options.assumptions.contains(info.id)) o.assume.push_back(*async2gen::assumption_named(info.name));
  }
  o.helpers = options.helpers == HelperDelivery::import   ? async2gen::Helpers::import
              : options.helpers == HelperDelivery::global ? async2gen::Helpers::global
                                                          : async2gen::Helpers::inline_;
  o.helpers_module = options.helpers_module;
  if (options.helpers_file) {
    // The runtime files at the top of the output folder, by a path relative to this output.
    fs::path base = fs::absolute(options.out_dir).lexically_normal() / options.helpers_file_name;
    fs::path from = fs::absolute(output_path).lexically_normal().parent_path();
    std::string relative = base.lexically_relative(from).generic_string();
    if (!relative.starts_with("../")) relative = "./" + relative;
    o.helpers_module = relative + ".mjs";
    o.helpers_module_cjs = relative + ".cjs";
  }
  o.module_kind = options.module_kind == ModuleKind::esm   ? async2gen::ModuleKind::esm
                  : options.module_kind == ModuleKind::cjs ? async2gen::ModuleKind::cjs
                                                           : async2gen::ModuleKind::automatic;
  // A .js file of a "type": "module" package is an ES module whatever its syntax, as for node.
  if (options.module_kind == ModuleKind::automatic && input_path.ends_with(".js") && in_module_package(input_path)) {
    o.module_kind = async2gen::ModuleKind::esm;
  }
  o.source_maps = options.source_maps == SourceMaps::inline_ ? async2gen::SourceMaps::inline_
                  : options.source_maps == SourceMaps::both   ? async2gen::SourceMaps::both
                  : options.source_maps == SourceMaps::external ? async2gen::SourceMaps::external
                                                                : async2gen::SourceMaps::none;
  o.output_filename = output_path;
  // (fs::relative resolves every folder of both paths: only for a map)
  if (options.source_maps != SourceMaps::none) o.map_source = map_source_name(input_path, display_name, output_path);
  o.source_root = options.source_root;
  o.sources_content = options.sources_content;
  // The input's own map: --input-source-map, else its trailing sourceMappingURL comment (a data
  // URL, or a file next to the input). Unreadable or invalid maps are not chained.
  std::string json, error;
  if (!options.input_source_map.empty()) {
    o.input_source_map = read_input(options.input_source_map, json, error) ? std::move(json) : "-";  // "-": invalid
  }
  if (options.input_source_map.empty() && !input_path.empty()) {
    o.load_input_map = [&input_path](std::string_view url) -> std::optional<std::string> {
      if (url.find("://") != std::string_view::npos) return std::nullopt;
      std::string text, read_error;
      fs::path map_path = fs::path(input_path).parent_path() / std::string(url);
      if (!read_input(map_path.string(), text, read_error)) return std::nullopt;
      return text;
    };
  }
  async2gen::Result r = transpiler.transpile(source, o);
  if (!r.ok()) {
    c.diagnostics = format_diagnostics(r.diagnostics, options);
    return c;
  }
  c.ok = true;
  c.code = std::move(r.code);
  if (options.source_maps != SourceMaps::none && options.source_maps != SourceMaps::inline_) {
    c.map = std::move(r.map);
    c.map_path = output_path + ".map";
  }
  return c;
}

}  // namespace a2g
