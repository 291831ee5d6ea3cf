// The runtime ABI (core/runtime_abi.hpp) against the runtime's source files, read from the source
// tree at test time: every helper the lowerings may call is a function there (a top-level one, or
// an entry point the runtime closure sets) with the parameters the table says, and the runtime declares the table's constants (`// abi NAME = VALUE`).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>

#include "core/names.hpp"
#include "core/runtime_abi.hpp"

using namespace a2g;

namespace {

struct RuntimeSource {
  std::map<std::string, int> functions;  // `function NAME(...)` / `NAME = function (...)`: parameter count
  std::map<std::string, int> constants;  // `// abi NAME = VALUE` lines
  std::vector<std::string> errors;       // a name declared twice
};

// Parameters of a list like `a, b = f(x, y), ...c`: top-level commas, plus one.
int count_parameters(std::string_view list) {
  if (list.find_first_not_of(" \t") == std::string_view::npos) return 0;
  int count = 1, depth = 0;
  for (char c : list) {
    if (c == '(' || c == '[' || c == '{') ++depth;
    if (c == ')' || c == ']' || c == '}') --depth;
    if (c == ',' && depth == 0) ++count;
  }
  return count;
}

RuntimeSource read_runtime() {
  // `function NAME(...) {` at the top level, or an entry point the runtime closure sets:
  // `NAME = function (...) {` (see src/runtime/async.js).
  static const std::regex function_line(R"((?:^function\s+|\b)(__async[\w$]*)(?:\s*=\s*function)?\s*\(([^)]*)\)\s*\{)");
  static const std::regex constant_line(R"(^\s*// abi ([A-Z0-9_]+) = (-?[0-9]+)\s*$)");
  RuntimeSource out;
  for (const auto& entry : std::filesystem::directory_iterator(A2G_RUNTIME_DIR)) {
    if (entry.path().extension() != ".js") continue;
    std::ifstream in(entry.path());
    bool in_comment = false;  // a /* ... */ block
    for (std::string line; std::getline(in, line);) {
      std::smatch m;
      size_t first = line.find_first_not_of(" \t");
      bool opens = !in_comment && first != std::string::npos && line.compare(first, 2, "/*") == 0;
      if (in_comment || opens) {
        in_comment = line.find("*/") == std::string::npos;
        continue;
      }
      bool comment = first != std::string::npos && line.compare(first, 2, "//") == 0;
      if (!comment && std::regex_search(line, m, function_line)) {
        if (!out.functions.emplace(m[1], count_parameters(m[2].str())).second) out.errors.push_back(m[1]);
      } else if (std::regex_search(line, m, constant_line)) {
        if (!out.constants.emplace(m[1], std::stoi(m[2])).second) out.errors.push_back(m[1]);
      }
    }
  }
  return out;
}

}  // namespace

TEST_CASE("every helper of the ABI is a runtime function with the table's parameters") {
  RuntimeSource rt = read_runtime();
  REQUIRE(rt.functions.size() > 10);  // the files were found and read
  CHECK(rt.errors.empty());
  for (const HelperInfo& h : helper_table) {
    INFO("helper " << h.name);
    CHECK(h.name.starts_with(runtime_prefix));
    auto found = rt.functions.find(std::string(h.name));
    REQUIRE(found != rt.functions.end());
    CHECK(found->second == h.parameters);
  }
}

TEST_CASE("the runtime declares every constant of the ABI, with the ABI's value") {
  RuntimeSource rt = read_runtime();
  for (const AbiConstant& c : abi_constants) {
    INFO("// abi " << c.name << " = " << c.value);
    auto found = rt.constants.find(std::string(c.name));
    REQUIRE(found != rt.constants.end());
    CHECK(found->second == c.value);
  }
  for (const auto& [name, value] : rt.constants) {  // and no other
    INFO("// abi " << name << " = " << value);
    bool known = false;
    for (const AbiConstant& c : abi_constants) known |= c.name == name;
    CHECK(known);
  }
}

TEST_CASE("helper names are distinct and never a name the output declares") {
  Names n = choose_names("");
  std::vector<std::string> locals = {n.arguments, n.arguments_ref, n.new_target, n.super_get,
                                     n.super_set, n.super_update, n.super_call, n.yield_name, n.callee,
                                     n.this_value, n.default_export, n.fix_field, n.fix_instance_field};
  for (const HelperInfo& h : helper_table) {
    INFO("helper " << h.name);
    CHECK(std::find(locals.begin(), locals.end(), h.name) == locals.end());
    int same = 0;
    for (const HelperInfo& other : helper_table) same += other.name == h.name;
    CHECK(same == 1);
    // (numbered names: `__async_p0`, `__async_r1`, `__async_g<hash>_1`)
    CHECK_FALSE(std::regex_match(std::string(h.name), std::regex("__async_([preb][0-9]+|g[0-9a-f]{8}_[0-9]+)")));
  }
}

TEST_CASE("a helper's name in a file takes the file's prefix") {
  CHECK(helper_name(Helper::async, "__async2") == "__async2");
  CHECK(helper_name(Helper::await, "__async2") == "__async2_await");
  HelperSet used;
  used.add(Helper::close);
  used.add(Helper::async);
  std::vector<Helper> seen;
  used.for_each([&](const HelperInfo& h) { seen.push_back(h.id); });
  CHECK(seen == std::vector<Helper>{Helper::async, Helper::close});
}
