#include "cli/package_type.hpp"

#include <filesystem>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "cli/file_io.hpp"
#include "core/json.hpp"

namespace a2g {
namespace fs = std::filesystem;
namespace {

// The "type" of a package.json text, as node reads it (JSON.parse: the last of duplicate keys).
std::string package_type(std::string_view json) {
  std::optional<JsonValue> value = parse_json(json);
  if (!value || value->kind != JsonValue::Kind::object) return "";
  for (auto it = value->object.rbegin(); it != value->object.rend(); ++it) {
    if (it->first == "type") return it->second.kind == JsonValue::Kind::string ? it->second.string : "";
  }
  return "";
}

std::mutex cache_mutex;
std::unordered_map<std::string, bool> cache;  // folder -> its files are in a "type": "module" package

bool folder_is_module(const fs::path& folder) {
  {
    std::lock_guard<std::mutex> lock(cache_mutex);
    auto it = cache.find(folder.string());
    if (it != cache.end()) return it->second;
  }
  bool module = false;
  std::string json, error;
  std::error_code ec;
  if (fs::is_regular_file(folder / "package.json", ec)) {
    module = read_input((folder / "package.json").string(), json, error) && package_type(json) == "module";
  } else if (folder.has_parent_path() && folder.parent_path() != folder) {
    module = folder_is_module(folder.parent_path());
  }
  std::lock_guard<std::mutex> lock(cache_mutex);
  cache.emplace(folder.string(), module);
  return module;
}

}  // namespace

bool in_module_package(const std::string& file) {
  // (the working folder read once: fs::absolute asks for it each time)
  static const fs::path cwd = [] {
    std::error_code ec;
    fs::path p = fs::current_path(ec);
    return ec ? fs::path() : p;
  }();
  fs::path path(file);
  std::error_code ec;
  fs::path absolute = path.is_absolute() || cwd.empty() ? fs::absolute(path, ec) : cwd / path;
  if (ec) return false;
  return folder_is_module(absolute.lexically_normal().parent_path());
}

}  // namespace a2g
