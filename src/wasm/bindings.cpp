// The C entry points of the WebAssembly build (used by npm/lib/wasm.js): options as JSON in, a
// result handle out whose fields JavaScript reads from memory. No file system: source text and
// options go in, code, map and diagnostics come out.
#include <emscripten/emscripten.h>

#include <cstdint>
#include <string>

#include "async2gen/async2gen.hpp"
#include "core/assumptions.hpp"
#include "core/json.hpp"
#include "core/source_map.hpp"

namespace {

struct Handle {
  int ok = 0;
  std::string fields[3];  // code, map, diagnostics as a JSON array
};

std::string text(const a2g::JsonValue& o, std::string_view key, std::string fallback) {
  const a2g::JsonValue* v = o.find(key);
  return v && v->kind == a2g::JsonValue::Kind::string ? v->string : fallback;
}
bool flag(const a2g::JsonValue& o, std::string_view key, bool fallback) {
  const a2g::JsonValue* v = o.find(key);
  return v && v->kind == a2g::JsonValue::Kind::boolean ? v->boolean : fallback;
}

// The options as npm/lib/options.js checked and spelled them. `assume` names are checked here,
// against the core's table: the first unknown one goes to `unknown`.
async2gen::Options read_options(std::string_view json, std::string& unknown) {
  async2gen::Options o;
  std::optional<a2g::JsonValue> parsed = a2g::parse_json(json);
  if (!parsed || parsed->kind != a2g::JsonValue::Kind::object) return o;
  const a2g::JsonValue& v = *parsed;
  o.filename = text(v, "filename", o.filename);
  std::string maps = text(v, "sourceMaps", "none");
  o.source_maps = maps == "separate" ? async2gen::SourceMaps::separate
                  : maps == "external" ? async2gen::SourceMaps::external
                  : maps == "inline"   ? async2gen::SourceMaps::inline_
                  : maps == "both"     ? async2gen::SourceMaps::both
                                       : async2gen::SourceMaps::none;
  o.output_filename = text(v, "outputFilename", "");
  o.map_source = text(v, "mapSource", "");
  o.source_root = text(v, "sourceRoot", "");
  o.sources_content = flag(v, "sourcesContent", true);
  o.input_source_map = text(v, "inputSourceMap", "");
  std::string helpers = text(v, "helpers", "inline");
  o.helpers = helpers == "import"   ? async2gen::Helpers::import
              : helpers == "global" ? async2gen::Helpers::global
                                    : async2gen::Helpers::inline_;
  o.helpers_module = text(v, "helpersModule", o.helpers_module);
  o.helpers_module_cjs = text(v, "helpersModuleCjs", "");
  std::string kind = text(v, "moduleKind", "auto");
  o.module_kind = kind == "esm" ? async2gen::ModuleKind::esm
                  : kind == "cjs" ? async2gen::ModuleKind::cjs
                                  : async2gen::ModuleKind::automatic;
  o.promise = text(v, "promise", "intrinsic") == "global" ? async2gen::PromiseMode::global
                                                          : async2gen::PromiseMode::intrinsic;
  o.top_level_await = flag(v, "topLevelAwait", false);
  o.async_stack_traces = flag(v, "asyncStackTraces", false);
  o.fast_paths = flag(v, "fastPaths", true);
  if (const a2g::JsonValue* names = v.find("assume"); names && names->kind == a2g::JsonValue::Kind::array) {
    for (const a2g::JsonValue& name : names->array) {
      std::optional<async2gen::Assumption> a = async2gen::assumption_named(name.string);
      if (a) o.assume.push_back(*a);
      else if (unknown.empty()) unknown = name.string.empty() ? "\"\"" : name.string;
    }
  }
  if (const a2g::JsonValue* m = v.find("maxInputBytes"); m && m->kind == a2g::JsonValue::Kind::number && m->number > 0) {
    o.max_input_bytes = static_cast<uint64_t>(m->number);
  }
  return o;
}

std::string diagnostics_json(const async2gen::Result& r) {
  std::string out = "[";
  for (const async2gen::Diagnostic& d : r.diagnostics) {
    if (out.size() > 1) out += ',';
    out += "{\"file\":" + a2g::json_quote(d.file) + ",\"line\":" + std::to_string(d.line) +
           ",\"column\":" + std::to_string(d.column) + ",\"offset\":" + std::to_string(d.offset) +
           ",\"endOffset\":" + std::to_string(d.end_offset) + ",\"severity\":\"" +
           (d.severity == async2gen::Severity::error ? "error" : "internal error") +
           "\",\"message\":" + a2g::json_quote(d.message) + ",\"rendered\":" + a2g::json_quote(d.rendered) + "}";
  }
  return out + "]";
}

async2gen::Transpiler& transpiler() {
  static async2gen::Transpiler t;  // one parser, reused: the module runs on one thread
  return t;
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE Handle* a2g_transform(const char* source, size_t source_size, const char* options,
                                           size_t options_size) {
  std::string unknown;
  async2gen::Options o = read_options(std::string_view(options, options_size), unknown);
  auto* h = new Handle;
  if (!unknown.empty()) {  // an option error: one diagnostic without a position
    std::string message = "option assume: " + a2g::unknown_assumption_message(unknown);
    h->fields[2] = "[{\"file\":" + a2g::json_quote(o.filename) + ",\"line\":0,\"column\":0,\"offset\":0,\"endOffset\":0," +
                   "\"severity\":\"error\",\"message\":" + a2g::json_quote(message) +
                   ",\"rendered\":" + a2g::json_quote("async2gen: error: " + message + "\n") + "}]";
    return h;
  }
  async2gen::Result r = transpiler().transpile(std::string_view(source, source_size), o);
  h->ok = r.ok();
  h->fields[0] = std::move(r.code);
  h->fields[1] = std::move(r.map);
  h->fields[2] = diagnostics_json(r);
  return h;
}

// kind: 0 esm, 1 cjs, 2 global.
EMSCRIPTEN_KEEPALIVE Handle* a2g_runtime_module(int kind) {
  auto* h = new Handle;
  h->ok = 1;
  h->fields[0] = async2gen::runtime_module(kind == 0   ? async2gen::RuntimeKind::esm
                                           : kind == 1 ? async2gen::RuntimeKind::cjs
                                                       : async2gen::RuntimeKind::global);
  return h;
}

EMSCRIPTEN_KEEPALIVE const char* a2g_version() { return async2gen::version().data(); }
EMSCRIPTEN_KEEPALIVE int a2g_result_ok(Handle* h) { return h->ok; }
EMSCRIPTEN_KEEPALIVE const char* a2g_result_data(Handle* h, int field) { return h->fields[field].data(); }
EMSCRIPTEN_KEEPALIVE size_t a2g_result_size(Handle* h, int field) { return h->fields[field].size(); }
EMSCRIPTEN_KEEPALIVE void a2g_result_free(Handle* h) { delete h; }

}  // extern "C"
