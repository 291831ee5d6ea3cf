// The public API (src/include/async2gen/async2gen.hpp): options, maps and diagnostics.
#include <async2gen/async2gen.hpp>
#include <doctest/doctest.h>

TEST_SUITE("api") {
  TEST_CASE("a transform gives code, and positioned, rendered diagnostics") {
    async2gen::Result ok = async2gen::transpile("async function f() { return await 1; }\n");
    CHECK(ok.ok());
    CHECK(ok.changed);
    CHECK(ok.code.find("function* f()") != std::string::npos);
    CHECK(ok.map.empty());

    async2gen::Options o;
    o.filename = "dir/bad.js";
    async2gen::Result bad = async2gen::transpile("x;\n  async function g() { ü; await; }\n", o);
    REQUIRE(bad.diagnostics.size() == 1);
    const async2gen::Diagnostic& d = bad.diagnostics[0];
    CHECK(d.file == "dir/bad.js");
    CHECK(d.line == 2);
    CHECK(d.column == 27);  // UTF-16 units: ü is one
    CHECK(d.offset == 30);  // bytes: ü is two
    CHECK(d.message.find("'await'") != std::string::npos);
    CHECK(d.rendered.starts_with("dir/bad.js:2:27: error: " + d.message + "\n"));
    CHECK(bad.code.empty());
    CHECK(bad.rendered_diagnostics() == d.rendered);
  }

  TEST_CASE("source maps: separate, inline, external, chained through a loaded map") {
    std::string source = "async function f() {\n  return await 1;\n}\n";
    async2gen::Options o;
    o.filename = "a.js";
    o.source_maps = async2gen::SourceMaps::separate;
    async2gen::Result separate = async2gen::transpile(source, o);
    CHECK(separate.map.find("\"sources\":[\"a.js\"]") != std::string::npos);
    CHECK(separate.code.find("sourceMappingURL") == std::string::npos);

    o.source_maps = async2gen::SourceMaps::inline_;
    CHECK(async2gen::transpile(source, o).code.find("//# sourceMappingURL=data:application/json") != std::string::npos);

    o.source_maps = async2gen::SourceMaps::external;
    o.output_filename = "out/a.out.js";
    async2gen::Result external = async2gen::transpile(source, o);
    CHECK(external.code.ends_with("//# sourceMappingURL=a.out.js.map\n"));
    CHECK(external.map.find("\"file\":\"a.out.js\"") != std::string::npos);

    int loads = 0;
    o.source_maps = async2gen::SourceMaps::separate;
    o.load_input_map = [&](std::string_view url) -> std::optional<std::string> {
      ++loads;
      CHECK(url == "a.js.map");
      return std::string(R"({"version":3,"sources":["orig.ts"],"names":[],"mappings":"AAAA;AACA;AACA"})");
    };
    async2gen::Result chained = async2gen::transpile(source + "//# sourceMappingURL=a.js.map\n", o);
    CHECK(loads == 1);
    CHECK(chained.map.find("orig.ts") != std::string::npos);
    CHECK(chained.code.find("sourceMappingURL=a.js.map") == std::string::npos);  // the old comment goes
  }

  TEST_CASE("options reach the core; the runtime module; the version") {
    async2gen::Options o;
    o.helpers = async2gen::Helpers::import;
    o.module_kind = async2gen::ModuleKind::cjs;
    o.helpers_module = "my-runtime";
    async2gen::Result r = async2gen::transpile("async function f() {}\n", o);
    CHECK(r.code.find("require(\"my-runtime\")") != std::string::npos);
    o.module_kind = async2gen::ModuleKind::esm;
    CHECK(async2gen::transpile("async function f() {}\n", o).code.find("from \"my-runtime\"") != std::string::npos);
    CHECK(!async2gen::transpile("await 1;\n").ok());
    async2gen::Options tla;
    tla.module_kind = async2gen::ModuleKind::cjs;
    tla.top_level_await = true;
    CHECK(async2gen::transpile("await 1;\n", tla).ok());
    CHECK(async2gen::runtime_module(async2gen::RuntimeKind::cjs).find("exports") != std::string::npos);
    CHECK(async2gen::version() == "0.1.0");
  }

  TEST_CASE("assumptions: by name, and plain-functions keeps async functions plain") {
    CHECK(async2gen::assumption_named("plain-functions") == async2gen::Assumption::plain_functions);
    CHECK_FALSE(async2gen::assumption_named("plain_functions").has_value());
    CHECK_FALSE(async2gen::assumption_named("").has_value());
    async2gen::Options o;
    o.assume.push_back(async2gen::Assumption::plain_functions);
    async2gen::Result plain = async2gen::transpile("async function f() { return await 1; }\n", o);
    REQUIRE(plain.ok());
    CHECK(plain.code.find("function f() { return __async(this, arguments") != std::string::npos);
    CHECK(plain.code.find("__async_function") == std::string::npos);
    CHECK(async2gen::transpile("async function f() { return await 1; }\n").code.find("__async_function") != std::string::npos);
  }
}
