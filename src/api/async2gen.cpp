// The public API (src/include/async2gen/async2gen.hpp) over the core pipeline: options in,
// output, source map and positioned diagnostics out. The one place that turns a TranspileResult
// into what a user of the library sees; the CLI, the WebAssembly build and the tests call this.
#include "async2gen/async2gen.hpp"

#include "core/source.hpp"
#include "core/source_map.hpp"
#include "core/transpile.hpp"

namespace async2gen {
namespace {

a2g::TranspileOptions core_options(const Options& o) {
  a2g::TranspileOptions t;
  t.helpers = o.helpers == Helpers::import   ? a2g::HelperDelivery::import
              : o.helpers == Helpers::global ? a2g::HelperDelivery::global
                                             : a2g::HelperDelivery::inline_;
  t.helpers_module = o.helpers_module;
  t.helpers_module_cjs = o.helpers_module_cjs;
  t.module_kind = o.module_kind == ModuleKind::esm   ? a2g::ModuleKind::esm
                  : o.module_kind == ModuleKind::cjs ? a2g::ModuleKind::cjs
                                                     : a2g::ModuleKind::automatic;
  t.file_name = o.filename;
  t.global_promise = o.promise == PromiseMode::global;
  t.fast_paths = o.fast_paths;
  t.top_level_await = o.top_level_await;
  t.max_input_bytes = o.max_input_bytes;
  t.async_stack_traces = o.async_stack_traces;
  for (Assumption a : o.assume) t.assumptions.add(static_cast<a2g::Assumption>(a));
  return t;
}

std::vector<Diagnostic> positioned(const std::vector<a2g::Diagnostic>& diagnostics, const std::string& file,
                                   std::string_view source) {
  a2g::LineIndex lines(source);
  std::vector<Diagnostic> out;
  for (const a2g::Diagnostic& d : diagnostics) {
    a2g::Position p = lines.position(d.begin);
    Diagnostic r;
    r.severity = d.severity == a2g::Severity::error ? Severity::error : Severity::internal_error;
    r.file = file;
    r.line = p.line + 1;
    r.column = p.utf16_column + 1;
    r.offset = d.begin;
    r.end_offset = d.end;
    r.message = d.message;
    r.rendered = a2g::format_diagnostic(d, file, source, lines);
    out.push_back(std::move(r));
  }
  return out;
}

// The input's own map: Options::input_source_map, else its trailing sourceMappingURL comment.
std::optional<a2g::InputSourceMap> input_map(std::string_view source,
                                             std::optional<std::pair<uint32_t, uint32_t>> comment, const Options& o) {
  if (!o.input_source_map.empty()) return a2g::decode_source_map(o.input_source_map);
  if (!comment) return std::nullopt;
  std::string_view line = source.substr(comment->first, comment->second - comment->first);
  std::string_view url = line.substr(line.find('=') + 1);
  url = url.substr(0, url.find_first_of(" \t\r\n"));
  if (url.starts_with("data:")) {
    size_t comma = url.find(',');
    if (comma == std::string_view::npos || url.substr(0, comma).find("base64") == std::string_view::npos) {
      return std::nullopt;
    }
    auto decoded = a2g::base64_decode(url.substr(comma + 1));
    return decoded ? a2g::decode_source_map(*decoded) : std::nullopt;
  }
  if (!o.load_input_map) return std::nullopt;
  std::optional<std::string> json = o.load_input_map(url);
  return json ? a2g::decode_source_map(*json) : std::nullopt;
}

std::string base_name(const std::string& path) {
  size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

// (the public enum lists the core's assumptions in the same order)
static_assert(a2g::assumption_count == 1 &&
              static_cast<int>(Assumption::plain_functions) == static_cast<int>(a2g::Assumption::plain_functions));

std::optional<Assumption> assumption_named(std::string_view name) {
  std::optional<a2g::Assumption> a = a2g::assumption_named(name);
  if (!a) return std::nullopt;
  return static_cast<Assumption>(*a);
}

std::string_view version() { return A2G_VERSION; }

std::string Result::rendered_diagnostics() const {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += d.rendered;
  return out;
}

struct Transpiler::Impl {
  a2g::Transpiler core;
};

Transpiler::Transpiler() : impl_(std::make_unique<Impl>()) {}
Transpiler::~Transpiler() = default;

Result Transpiler::transpile(std::string_view source, const Options& options) {
  Result result;
  a2g::TranspileResult r = impl_->core.run(source, core_options(options));
  if (!r.ok()) {
    result.diagnostics = positioned(r.diagnostics, options.filename, source);
    return result;
  }
  result.changed = r.changed;
  if (options.source_maps == SourceMaps::none) {
    result.code = std::move(r.output);
    return result;
  }
  // The map replaces whatever map the input pointed to: its comment goes.
  a2g::EditList edits = std::move(r.edits);
  if (auto comment = r.source_map_comment) edits.replace(comment->first, comment->second, "");
  uint32_t conflict = 0;
  edits.finish(source, &conflict);
  result.code = edits.apply(source);
  result.changed = result.code != source;
  a2g::SourceMapOptions map_options;
  map_options.file = options.output_filename.empty() ? options.filename : base_name(options.output_filename);
  map_options.source = options.map_source.empty() ? options.filename : options.map_source;
  map_options.source_root = options.source_root;
  map_options.include_content = options.sources_content;
  std::optional<a2g::InputSourceMap> chained = input_map(source, r.source_map_comment, options);
  result.map = a2g::build_source_map(source, edits, map_options, chained ? &*chained : nullptr);
  bool with_inline = options.source_maps == SourceMaps::inline_ || options.source_maps == SourceMaps::both;
  bool with_external = options.source_maps == SourceMaps::external && !options.output_filename.empty();
  if (with_inline || with_external) {
    std::string eol = source.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
    if (!result.code.empty() && result.code.back() != '\n') result.code += eol;
    if (with_inline) {
      result.code += "//# sourceMappingURL=data:application/json;charset=utf-8;base64," + a2g::base64_encode(result.map) + eol;
    } else {
      result.code += "//# sourceMappingURL=" + base_name(options.output_filename) + ".map" + eol;
    }
  }
  return result;
}

Result transpile(std::string_view source, const Options& options) {
  Transpiler transpiler;
  return transpiler.transpile(source, options);
}

std::string runtime_module(RuntimeKind kind) {
  return a2g::runtime_module(kind == RuntimeKind::esm   ? a2g::HelperModuleKind::esm
                             : kind == RuntimeKind::cjs ? a2g::HelperModuleKind::cjs
                                                        : a2g::HelperModuleKind::global);
}

}  // namespace async2gen
