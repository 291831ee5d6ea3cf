// A small JSON reader, enough for input source maps: objects, arrays, strings, numbers, literals.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace a2g {

struct JsonValue {
  // (Declared here, defined in json.cpp: clang with libstdc++ cannot tell whether a pair holding
  // the type being defined is default-constructible.)
  JsonValue();
  enum class Kind { null, boolean, number, string, array, object } kind = Kind::null;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<JsonValue> array;
  std::vector<std::pair<std::string, JsonValue>> object;

  // The member `key` of an object, or nullptr.
  const JsonValue* find(std::string_view key) const;
};

// Parses a whole JSON text; nullopt when it is not valid JSON.
std::optional<JsonValue> parse_json(std::string_view text);

}  // namespace a2g
