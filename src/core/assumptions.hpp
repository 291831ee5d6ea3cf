// Assumptions (--assume LIST): what the user promises about the program, as Babel's
// `assumptions`, so the output can leave out what only a program breaking the promise would
// notice. Off by default: without them the output is exact. The names, their meanings and the
// parsing of a list are here, in one place; the CLI, the fixture runner, the C++ API and the npm
// options go through this table.
#pragma once
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace a2g {

enum class Assumption : uint8_t {
  // The program does not look at the function objects of its async functions, async arrows and
  // async methods, nor calls them with `new` (async generator functions stay exact): they stay the
  // ordinary functions the lowered code declares. What a call does stays exact (README, "Assumptions").
  plain_functions,
};

struct AssumptionInfo {
  Assumption id;
  std::string_view name;  // as written after --assume
};

inline constexpr AssumptionInfo assumption_table[] = {
    {Assumption::plain_functions, "plain-functions"},
};
inline constexpr size_t assumption_count = std::size(assumption_table);

constexpr bool assumption_table_in_enum_order() {
  for (size_t i = 0; i < assumption_count; ++i) {
    if (static_cast<size_t>(assumption_table[i].id) != i) return false;
  }
  return true;
}
static_assert(assumption_table_in_enum_order(), "assumption_table lists the assumptions in the order of enum Assumption");

constexpr std::string_view assumption_name(Assumption a) { return assumption_table[static_cast<size_t>(a)].name; }

inline std::optional<Assumption> assumption_named(std::string_view name) {
  for (const AssumptionInfo& info : assumption_table) {
    if (info.name == name) return info.id;
  }
  return std::nullopt;
}

// The known names, for messages: `plain-functions`, comma-separated.
inline std::string assumption_names() {
  std::string out;
  for (const AssumptionInfo& info : assumption_table) out += (out.empty() ? "" : ", ") + std::string(info.name);
  return out;
}

class Assumptions {
 public:
  void add(Assumption a) { bits_.set(static_cast<size_t>(a)); }
  bool contains(Assumption a) const { return bits_.test(static_cast<size_t>(a)); }
  bool empty() const { return bits_.none(); }
  bool operator==(const Assumptions&) const = default;

  // Adds the names of a comma-separated list (blanks around names ignored, empty items skipped).
  // Returns the first unknown name, if any (then nothing after it is added).
  std::optional<std::string> add_list(std::string_view list) {
    for (size_t at = 0; at <= list.size();) {
      size_t comma = list.find(',', at);
      if (comma == std::string_view::npos) comma = list.size();
      std::string_view item = list.substr(at, comma - at);
      size_t begin = item.find_first_not_of(" \t");
      item = begin == std::string_view::npos ? std::string_view{} : item.substr(begin, item.find_last_not_of(" \t") + 1 - begin);
      if (!item.empty()) {
        std::optional<Assumption> a = assumption_named(item);
        if (!a) return std::string(item);
        add(*a);
      }
      at = comma + 1;
    }
    return std::nullopt;
  }

 private:
  std::bitset<assumption_count> bits_;
};

// The error for an unknown name (CLI, API).
inline std::string unknown_assumption_message(std::string_view name) {
  return "unknown assumption '" + std::string(name) + "' (known: " + assumption_names() + ")";
}

}  // namespace a2g
