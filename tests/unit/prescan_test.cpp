// The pre-scan of the fast path (core/prescan.hpp): which runs of statements and which function
// bodies it blanks, where it gives up, and that the output is the same with the whole file parsed.
#include <doctest/doctest.h>

#include <string>

#include "core/prescan.hpp"
#include "core/transpile.hpp"

using namespace a2g;

namespace {

constexpr size_t no_comment = std::string_view::npos;

// The reduced text with each run of blanked bytes shown as one `_` (line breaks kept), or "(none)".
std::string reduced(std::string_view src, size_t comment = no_comment) {
  std::optional<ReducedSource> r = reduce_source(src, comment);
  if (!r) return "(none)";
  REQUIRE(r->text.size() == src.size());
  for (size_t i = 0; i < src.size(); ++i) {
    if (src[i] == '\n' || src[i] == '\r') REQUIRE(r->text[i] == src[i]);  // line breaks stay
  }
  // (a space counts as blanked after a blanked byte)
  std::string out;
  bool blanked = false;
  for (size_t i = 0; i < src.size(); ++i) {
    blanked = r->text[i] == ' ' && (src[i] != ' ' || blanked);
    if (!blanked) {
      out += r->text[i];
    } else if (out.empty() || out.back() != '_') {
      out += '_';
    }
  }
  return out;
}

// The output with the fast paths, which must be that of the whole file's parse.
std::string same_output(std::string_view src) {
  TranspileOptions fast;
  TranspileOptions slow;
  slow.fast_paths = false;
  TranspileResult a = Transpiler().run(src, fast);
  TranspileResult b = Transpiler().run(src, slow);
  CHECK(a.output == b.output);
  REQUIRE(a.diagnostics.size() == b.diagnostics.size());
  for (size_t i = 0; i < a.diagnostics.size(); ++i) CHECK(a.diagnostics[i].message == b.diagnostics[i].message);
  return a.output;
}

}  // namespace

TEST_CASE("runs of top-level statements without async syntax are blanked, offsets and line breaks kept") {
  CHECK(reduced("var a = 1;\nasync function f() {}\nb();") == "_\nasync function f() {}\n_");
  // (a `}` then a word that starts a statement is a boundary; `import {a} from` is not)
  CHECK(reduced("function g() { return 1 }\nasync function f() {}") == "_\nasync function f() {}");
  CHECK(reduced("import {a} from 'm';\nx();\nasync function f() {}") == "import {a} from 'm';\n_\nasync function f() {}");
  // the directive prologue stays
  CHECK(reduced("'use strict';\nvar a;\nasync function f() {}") == "'use strict';\n_\nasync function f() {}");
  // a plain declaration of an async function's name stays (the last one is what the name holds)
  CHECK(reduced("async function f() {}\nfunction f() { return 1 }\nvar x;") ==
        "async function f() {}\nfunction f() { _}\n_");
}

TEST_CASE("strings, templates, comments and regular expressions hide brackets and semicolons") {
  CHECK(reduced("var r = /[;{]/g; var s = '};'; var t = `${ {a: ';'} }`; // }\nasync function f() {}") ==
        "_\nasync function f() {}");
  CHECK(reduced("if (x) /;/.test(y); async function f() {}") == "_async function f() {}");
  // what it cannot read for sure: the whole file is parsed
  CHECK(reduced("var s = 'a\nb'; async function f() {}") == "(none)");
  CHECK(reduced("var r = /a\n/; async function f() {}") == "(none)");
  CHECK(reduced("f(]; async function f() {}") == "(none)");
}

TEST_CASE("function bodies outside async functions are blanked, those inside kept") {
  CHECK(reduced("foo(async () => 1, function () { return 2; });") == "foo(async () => 1, function () { _});");
  CHECK(reduced("foo(async () => { function g() { return 2; } });") == "(none)");
  CHECK(reduced("class A { m() { return 1; } async n() { await 1; } }") == "class A { m() { _} async n() { await 1; } }");
  // control statements' blocks may hold `var` declarations: kept
  CHECK(reduced("function f() { if (x) { var a = 1; } return async () => a; }") == "(none)");
}

TEST_CASE("comments in the code that is read are blanked where the grammar's scanner reads blanks alike") {
  // outside async functions, before a word, a brace, a string or the end: blanked (the first
  // byte, a blank, stays read)
  CHECK(reduced("class A {\n  /** doc\n   */\n  async m() {} // b\n}") == "class A {\n  _\n   _\n  async m() {} _\n}");
  CHECK(reduced("x = [/* a */ 1, async () => 1]; // b") == "x = [/* a */ 1, async () => 1]; _");
  // before `(`, `[`, an operator, a number or `in`: kept (the scanner may take the comment as a
  // reason for ASI there, where a blank is none)
  CHECK(reduced("f(x /* c */ + b, y // e\n in z, async () => 1);") == "(none)");
  // inside async functions: kept (the lowering moves code with them)
  CHECK(reduced("async function f() { /* a */ return 1; // b\n}") == "(none)");
}

TEST_CASE("the runs kept for the analysis: exports, a kept `}` before a blanked run") {
  // an export list only: `export{};` stands in for it (the file stays a module)
  CHECK(reduced("async function f() {}\nvar g = 1;\nexport { f, g };") ==
        "async function f() {}\n_\nexport{};_");
  CHECK(reduced("async function f() {}\nexport const g = 1;\nexport { f };") ==
        "async function f() {}\nexport const g = 1;\n_");
  // `x = function () {}` ends by ASI: a run that starts with `(` must not follow it
  CHECK(reduced("x = async function () {}\nfoo();\n(async () => {})();\nvar z;") ==
        "x = async function () {}\nfoo();\n(async () => {})();\n_");
  // a trailing sourceMappingURL comment stays when it is one
  std::string src = "async function f() {}\nvar x;\n//# sourceMappingURL=a.map";
  CHECK(reduced(src, src.find("//#")) == "async function f() {}\n_\n//# sourceMappingURL=a.map");
}

TEST_CASE("the fast path's output is the whole file's") {
  same_output("var a = 1;\nasync function f() { return a; }\nfunction f2() {}\nb();");
  same_output("function g() { arguments; }\nconst h = async () => { g(); };\nexport { h };");
  same_output("#!/usr/bin/env node\n'use strict';\nvar x = {a: 1}\nasync function f() { await x; }\n");
  same_output("x = async function () {}\nfoo();\n(async () => {})()");
  same_output("async function f() {}\nfunction f() { return 1 }\nvar x;");
  same_output("class A extends B { constructor() { super(); } async m() { return super.m(); } }\nnew A();");
  same_output("var yield = 1;\nasync function f() { return yield; }\nfunction g() { return yield; }");
  same_output("var a;\nawait a;\nfunction g() {}");
  same_output("import {a} from 'm';\nx();\nasync function f() {}");
  same_output("async function f() {}\nvar g = 1;\nexport { f, g };");
  // comments
  same_output("async function f() { return // c\n (1); }");
  same_output("async function f() { let a // c\n = 1; return a /* x */ + 2; }");
  same_output("async function f() { x = y /*\n*/ (z); return /* c\n */ x }");
  same_output("async /* c */ function f() { await 1; }\nasync /*\n*/ function g() {}");
  same_output("class A { /** doc */\n async m() { await 1; } /** d */\n [k]() {} // e\n}");
  same_output("async function f() { a/**/b; }");
  same_output("async function f() { return x // c\n in y }");
  same_output("async function f() { await g(/* a */ 1, // b\n 2) /* c */ }\n// d");
}

TEST_CASE("a syntax error in a blanked run is not seen, as in a file without async syntax (--no-fast-paths: it is)") {
  std::string src = "async function f() {}\nvar x = ;";
  TranspileOptions fast;
  TranspileOptions slow;
  slow.fast_paths = false;
  TranspileResult r = Transpiler().run(src, fast);
  CHECK(r.ok());
  CHECK(r.output.find("var x = ;") != std::string::npos);  // (kept as it was: engines still refuse it)
  CHECK_FALSE(Transpiler().run(src, slow).ok());
  // (in a statement that holds async syntax, it is seen)
  CHECK_FALSE(Transpiler().run("async function f() { var x = ; }", fast).ok());
  // (an error the lexer sees: the whole file is parsed)
  CHECK_FALSE(Transpiler().run("async function f() {}\nvar x = (;", fast).ok());
}
