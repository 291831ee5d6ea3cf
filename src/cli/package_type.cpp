#include "cli/package_type.hpp"

#include <filesystem>
#include <mutex>
#include <string_view>
#include <unordered_map>

#include "cli/file_io.hpp"

namespace a2g {
namespace fs = std::filesystem;
namespace {

// The value of the top-level string member "type" of a JSON object, or "" (a small scanner: it
// only has to skip strings and nested values, and tolerate what is not JSON by giving up).
std::string top_level_type(std::string_view json) {
  int depth = 0;
  std::string last_string;
  bool after_type_colon = false;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '"') {
      std::string s;
      for (++i; i < json.size() && json[i] != '"'; ++i) {
        if (json[i] == '\\' && i + 1 < json.size()) ++i;
        s += json[i];
      }
      if (after_type_colon && depth == 1) return s;
      last_string = std::move(s);
      continue;
    }
    if (c == '{' || c == '[') ++depth;
    if (c == '}' || c == ']') --depth;
    if (c == ':') after_type_colon = depth == 1 && last_string == "type";
    if (c == ',') after_type_colon = false;
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
    module = read_input((folder / "package.json").string(), json, error) && top_level_type(json) == "module";
  } else if (folder.has_parent_path() && folder.parent_path() != folder) {
    module = folder_is_module(folder.parent_path());
  }
  std::lock_guard<std::mutex> lock(cache_mutex);
  cache.emplace(folder.string(), module);
  return module;
}

}  // namespace

bool in_module_package(const std::string& file) {
  std::error_code ec;
  fs::path absolute = fs::absolute(file, ec);
  if (ec) return false;
  return folder_is_module(absolute.lexically_normal().parent_path());
}

}  // namespace a2g
