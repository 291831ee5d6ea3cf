// The pieces of JavaScript the lowerings write (emit.hpp).
#include "core/emit.hpp"

#include <cassert>

#include "core/source_map.hpp"

namespace a2g {

std::string Emitter::call(Helper h, std::initializer_list<std::string_view> args) {
  return checked_call(h, args.size(), js::list(args));
}

std::string Emitter::call(Helper h, const std::vector<std::string>& args) {
  return checked_call(h, args.size(), js::list(args));
}

std::string Emitter::call_at_file_start(Helper h, std::initializer_list<std::string_view> args) {
  bool later = later_.contains(h);
  std::string out = call(h, args);
  if (!later) later_.remove(h);
  return out;
}

std::string Emitter::checked_call(Helper h, [[maybe_unused]] size_t count, const std::string& list) {
  [[maybe_unused]] const HelperInfo& info = helper_info(h);
  assert(info.variadic || static_cast<int>(count) <= info.parameters);
  return open_call(h) + list + ")";
}

namespace js {

std::string list(std::initializer_list<std::string_view> items) {
  std::string out;
  bool first = true;
  for (std::string_view item : items) {
    if (!first) out += ", ";
    out += item;
    first = false;
  }
  return out;
}

std::string list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out;
}

std::string string(std::string_view text) { return json_quote(text); }

std::string quoted_name(std::string_view name) { return "\"" + std::string(name) + "\""; }

std::string key(std::string_view written) {
  // (a number key is passed as written, `.5` too: the runtime converts it as the key is)
  char c = written.empty() ? '\0' : written[0];
  bool literal = c == '"' || c == '\'' || (c >= '0' && c <= '9') || c == '.';
  return literal ? std::string(written) : quoted_name(written);
}

std::string number(long long n) { return std::to_string(n); }

std::string flag(bool on) { return on ? "1" : "0"; }

}  // namespace js
}  // namespace a2g
