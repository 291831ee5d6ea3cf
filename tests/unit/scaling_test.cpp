// Linear in size and depth, checked by counting work instead of timing it: the shapes of
// tests/bench/scaling.mjs (which times them) at several sizes, nested 100,000 deep, and bigger
// than the input limit. Their outputs are checked line by line.
#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

#include "core/parse.hpp"
#include "core/transpile.hpp"

using namespace a2g;

namespace {

std::string repeat(std::string_view s, int n) {
  std::string out;
  out.reserve(s.size() * n);
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Flat shapes: `n` units, each naming itself with its index.
std::string declarations(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "async function f" + std::to_string(i) + "(x) { return await x; }\n";
  return s;
}
std::string arrows(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "const a" + std::to_string(i) + " = async (x) => await x;\n";
  return s;
}
std::string ordinary(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    s += "async function load" + k + "(url) {\n  const res = await fetch(url); // the response\n  await log(res)\n"
         "  return res.json();\n}\n"
         "class Store" + k + " extends Base {\n  constructor(db) { super(); this.ready = async () => this.db; }\n"
         "  async *rows() { for await (const r of this.db.scan()) yield r; }\n"
         "  async put(k, v) {\n    await super.put(k, v)\n    return this;\n  }\n}\n"
         "const obj" + k + " = { async m() { return await this.x; }, n: async function named" + k + "() {} };\n"
         "switch (mode) { case " + k + ": f(); break; default: }\n";
  }
  return s;
}

// Nesting shapes: `depth` levels.
std::string nested_arrows(int depth) { return "const f = " + repeat("async () => ", depth) + "await x;\n"; }
std::string await_chain(int depth) { return "async function f(x) { return " + repeat("await ", depth) + "x; }\n"; }
std::string nested_functions(int depth) {
  std::string s;
  for (int i = 0; i < depth; ++i) s += "async function f" + std::to_string(i) + "() { ";
  return s + "await x; " + repeat("}", depth) + "\n";
}
std::string nested_blocks(int depth) {
  return "async function f() { " + repeat("{ ", depth) + "await x; " + repeat("}", depth) + " }\n";
}
std::string nested_parentheses(int depth) {
  return "async function f(x) { return " + repeat("(", depth) + "await x" + repeat(")", depth) + "; }\n";
}

struct Shape {
  const char* name;
  std::string (*make)(int);
  int deep = 100000;  // the depth the deep test uses
};
const Shape flat_shapes[] = {{"declarations", declarations}, {"arrows", arrows}, {"ordinary", ordinary}};
// (async arrows and functions 10,000 deep: 100,000 take a minute with the sanitizers, and the
// other shapes already take every walk 100,000 deep; tests/bench/scaling.mjs runs 100,000)
const Shape nesting_shapes[] = {{"nested arrows", nested_arrows, 10000},
                                {"await chain", await_chain},
                                {"nested functions", nested_functions, 10000},
                                {"nested blocks", nested_blocks},
                                {"nested parentheses", nested_parentheses}};

// Transpiles; the number of tree-sitter lookups that walk the tree (slow_lookups) it made.
uint64_t lookups_to_transpile(const std::string& src, TranspileResult* out = nullptr) {
  Transpiler t;
  uint64_t before = slow_lookups();
  TranspileResult r = t.run(src);
  uint64_t made = slow_lookups() - before;
  REQUIRE_MESSAGE(r.ok(), (r.diagnostics.empty() ? "" : r.diagnostics[0].message));
  if (out) *out = std::move(r);
  return made;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  size_t at = 0;
  for (size_t nl; (nl = text.find('\n', at)) != std::string::npos; at = nl + 1) out.push_back(text.substr(at, nl - at));
  return out;
}

// No async syntax left outside the runtime helper (which has none either).
void check_lowered(const std::string& output) {
  size_t runtime = output.find("// async2gen runtime");
  std::string code = output.substr(0, runtime);
  CHECK(code.find("async ") == std::string::npos);
  CHECK(code.find("await ") == std::string::npos);
}

}  // namespace

TEST_SUITE("scaling") {
  // ts_node_parent and the sibling lookups walk down from the root: called per function or per
  // await, they make the work quadratic in the size or the depth. Their number must not grow.
  TEST_CASE("the lookups that walk the tree do not grow with the input") {
    for (const Shape& shape : flat_shapes) {
      INFO(shape.name);
      uint64_t small = lookups_to_transpile(shape.make(25));
      uint64_t big = lookups_to_transpile(shape.make(400));
      MESSAGE(std::string(shape.name), ": ", small, " lookups at 25 units, ", big, " at 400");
      CHECK(big <= small);
    }
    for (const Shape& shape : nesting_shapes) {
      INFO(shape.name);
      uint64_t shallow = lookups_to_transpile(shape.make(100));
      uint64_t deep = lookups_to_transpile(shape.make(1600));
      MESSAGE(std::string(shape.name), ": ", shallow, " lookups 100 deep, ", deep, " 1,600 deep");
      CHECK(deep <= shallow);
    }
  }

  // (an explicit stack in every walk: no recursion that depth could overflow)
  TEST_CASE("code nested 100,000 deep is lowered") {
    for (const Shape& shape : nesting_shapes) {
      INFO(shape.name);
      int depth = shape.deep;
      TranspileResult r;
      lookups_to_transpile(shape.make(depth), &r);
      check_lowered(r.output);
      std::string code = r.output.substr(0, r.output.find("// async2gen runtime"));
      size_t yields = 0;
      for (size_t at = code.find("(yield"); at != std::string::npos; at = code.find("(yield", at + 1)) ++yields;
      CHECK(yields == (std::string(shape.name) == "await chain" ? static_cast<size_t>(depth) : size_t{1}));
    }
  }

  TEST_CASE("big generated inputs come out right, line by line") {
    constexpr int n = 5000;
    TranspileResult r;
    lookups_to_transpile(declarations(n), &r);
    std::vector<std::string> lines = lines_of(r.output);
    REQUIRE(lines.size() > n);
    // Line 1 binds every name, in order, then holds the first generator.
    std::string prologue = "__async_rt();";
    for (int i = 0; i < n; ++i) prologue += " f" + std::to_string(i) + " = __async_function(f" + std::to_string(i) + ");";
    CHECK(lines[0] == prologue + " function* f0(x) { return (yield x); }");
    int wrong = 0;
    for (int i = 1; i < n; ++i) {
      wrong += lines[i] != "function* f" + std::to_string(i) + "(x) { return (yield x); }";
    }
    CHECK(wrong == 0);

    lookups_to_transpile(arrows(n), &r);
    lines = lines_of(r.output);
    REQUIRE(lines.size() > n);
    std::smatch hash;
    REQUIRE(std::regex_search(lines[0], hash, std::regex("__async_g[0-9a-f]{8}_")));
    wrong = 0;
    for (int i = 1; i < n; ++i) {
      std::string k = std::to_string(i);
      std::string g = hash.str() + std::to_string(i + 1);
      wrong += lines[i] != "const a" + k + " = __async_arrow((x) => { return __async(void 0, [x], " + g + " || (" + g +
                               " = {a" + k + ": function* (x) { return ( (yield x)); }}.a" + k + ")); }, \"a" + k + "\");";
    }
    CHECK(wrong == 0);

    // (no line moves: the lowered code has the input's lines)
    std::string input = ordinary(500);
    lookups_to_transpile(input, &r);
    check_lowered(r.output);
    CHECK(lines_of(r.output.substr(0, r.output.find("// async2gen runtime"))).size() == lines_of(input).size());
  }

  TEST_CASE("an input over the limit is refused, as too large") {
    TranspileOptions options;
    options.max_input_bytes = 1000;
    TranspileResult r = Transpiler().run(declarations(100), options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.output.empty());
    CHECK(r.diagnostics[0].message.starts_with("input too large: "));
    CHECK(Transpiler().run(declarations(10), options).ok());
    // (a file without async syntax is copied unparsed, whatever its size)
    std::string plain(5000, ' ');
    CHECK(Transpiler().run(plain, options).ok());
  }
}
