// The transpile pipeline on small inputs: exact shapes, passthrough, errors, helper placement.
#include <doctest/doctest.h>

#include <regex>

#include "core/parse_arena.hpp"
#include "core/transpile.hpp"

using namespace a2g;

namespace {

// The output without the appended runtime helper.
std::string lowered(std::string_view src) {
  TranspileResult r = Transpiler().run(src);
  REQUIRE_MESSAGE(r.ok(), (r.diagnostics.empty() ? "" : r.diagnostics[0].message));
  size_t helper = r.output.find("// async2gen runtime");
  // A source without a final line break gets one before the helper.
  if (helper != std::string::npos && !src.ends_with('\n')) --helper;
  std::string out = r.output.substr(0, helper);
  // And the statements the file starts with: `__async_rt();` and friends,
  // with the variables of cached generators.
  size_t at = out.find("__async_rt()");
  REQUIRE(at != std::string::npos);
  size_t end = at;
  while (out.compare(end, 7, "__async") == 0 || out.compare(end, 11, "var __async") == 0) {
    end = out.find(';', end) + 1;
    if (end < out.size() && out[end] == ' ') ++end;
  }
  out.erase(at, end - at);
  // Their names carry a hash of the file: `__async_g3901ca8e_1` is shown as `__async_gH_1`.
  return std::regex_replace(out, std::regex("__async_g[0-9a-f]{8}_"), "__async_gH_");
}

std::string first_error(std::string_view src) {
  TranspileResult r = Transpiler().run(src);
  REQUIRE_FALSE(r.ok());
  CHECK(r.output.empty());
  return r.diagnostics[0].message;
}

}  // namespace

TEST_CASE("a file without async syntax comes out byte-identical, without the helper") {
  for (std::string_view src : {"", "var async = 1; async(2);\n", "function* g() { yield 1 }\r\n",
                               "\xEF\xBB\xBF#!/usr/bin/env node\n'use strict'; var await = 3;"}) {
    TranspileResult r = Transpiler().run(src);
    REQUIRE(r.ok());
    CHECK_FALSE(r.changed);
    CHECK(r.output == src);
  }
}

TEST_CASE("the fast path copies a file where `async` and `await` occur only inside longer names") {
  // Not parsed, so not refused: the broken `let let` shows the parser never ran.
  for (std::string_view src : {"x[Symbol.asyncIterator] = isasync; let let;", "var awaitable, \\u0061sync; let let;"}) {
    TranspileResult r = Transpiler().run(src);
    REQUIRE(r.ok());
    CHECK(r.output == src);
  }
  // Parsed: the word stands alone, in a comment, after a property dot, or beside non-ASCII white space.
  // (In the statement it is in: prescan_test.cpp.)
  for (std::string_view src : {"let let; // async", "let let = o.async;", "let let; /*\xC2\xA0" "await\xC2\xA0*/"}) {
    CHECK_FALSE(Transpiler().run(src).ok());
  }
  CHECK(lowered("async\xC2\xA0" "function f() {}\n").find("__async_function") != std::string::npos);
}

TEST_CASE("declarations become generator declarations, bound to the function object where their scope starts") {
  CHECK(lowered("async function f(a, b) { await a; }\n") == "f = __async_function(f); function* f(a, b) { (yield a); }\n");
  CHECK(lowered("function g() { 'use strict'\n  async function f() {}\n  { async function h() {} }\n}\n") ==
        "function g() { 'use strict'; f = __async_function(f);\n  function* f() {}\n  { h = __async_function(h); function* h() {} h = __async_function(h); }\n}\n");
  CHECK(lowered("switch (x) { case 1: async function f() {} }\n") ==
        "switch (x) { case (f = __async_function(f)), 1: function* f() {} f = __async_function(f); }\n");
  CHECK(lowered("switch (x) { default: async function f() {} }\n") ==
        "switch (x) { default: f = __async_function(f); function* f() {} f = __async_function(f); }\n");
  // In a module another module may call it first: it stays a plain function, then a method calls it.
  CHECK(lowered("export async function f() {}\n") ==
        "f = __async_function(f, 1); export function f() { return __async(this, arguments, __async_g_1 || (__async_g_1 = {f: function* () {}}.f), new.target); }\n");
}

TEST_CASE("non-simple parameters move to the generator, placeholders keep length") {
  CHECK(lowered("class C { async m(a, {b}, c = 1, ...d) {} }\n") ==
        "class C { m(__async_p0, __async_p1) { return __async(this, arguments, __async_gH_1 || (__async_gH_1 = {m: function* (a, {b}, c = 1, ...d) {}}.m)); } } __async_methods(C, 0, 1, \"m\", 0);\n");
  // An object literal's method is a property whose value the runtime makes, with the real parameters.
  CHECK(lowered("o = { async m(a, {b}, c = 1, ...d) {} };\n") ==
        "o = { m: __async_function(__async_gH_1 || (__async_gH_1 = {m: function* (a, {b}, c = 1, ...d) {}}.m), 0, \"m\") };\n");
}

TEST_CASE("arrows pass their parameter values, and `this` only when used") {
  CHECK(lowered("f(async x => await x);\n") ==
        "f(__async_arrow((x) => { return __async(void 0, [x], __async_gH_1 || (__async_gH_1 = (() => function* (x) { return ( (yield x)); })())); }));\n");
  CHECK(lowered("f(async () => { this; });\n") ==
        "f(__async_arrow(() => { return __async(this, [], __async_gH_1 || (__async_gH_1 = (() => function* () { this; if (0) yield; })())); }));\n");
  // The name the arrow would have had where it stands is given to it.
  CHECK(lowered("const f = async () => 1;\n").starts_with("const f = __async_arrow(() => {"));
  CHECK(lowered("const f = async () => 1;\n").ends_with("}, \"f\");\n"));
}

TEST_CASE("await keeps unary precedence and survives a line break") {
  CHECK(lowered("async function f() { 2 ** await x; (await a) + await b; }") ==
        "f = __async_function(f); function* f() { 2 ** (yield x); ((yield a)) + (yield b); }");
  CHECK(lowered("async function f() { return await\n x; }") == "f = __async_function(f); function* f() { return (yield (\n x)); }");
  CHECK(lowered("async function f() { await await x; }") == "f = __async_function(f); function* f() { (yield (yield x)); }");
}

TEST_CASE("a 'use strict' body keeps the outer function strict") {
  CHECK(lowered("o = { async m() { 'use strict'; } }") ==
        "o = { m: __async_function(__async_gH_1 || (__async_gH_1 = {m: function* () { 'use strict'; if (0) yield; }}.m), 0, \"m\") }");
  CHECK(lowered("class C { async m() { 'use strict'; } }") ==
        "class C { m() { \"use strict\"; return __async(this, arguments, __async_gH_1 || (__async_gH_1 = {m: function* () { 'use strict'; if (0) yield; }}.m)); } } __async_methods(C, 0, 1, \"m\", 0);");
}

TEST_CASE("arguments and new.target in async arrows name the enclosing function's") {
  CHECK(lowered("function g() { return async () => [arguments, {arguments}, new.target]; }") ==
        "function g() { return __async_arrow(() => { const __async_arguments = arguments, __async_new_target = new.target; "
        "return __async(void 0, [], function* () { if (0) yield; return ( [__async_arguments, {arguments: __async_arguments}, "
        "__async_new_target]); }); }); }");
}

TEST_CASE("super property accesses go through arrows declared in the method") {
  CHECK(lowered("class A extends B { async m() { super.x = await super.m(1); } }") ==
        "class A extends B { m() { const __async_super_get = (k) => super[k], __async_super_set = (k, v) => super[k] = v; return __async(this, arguments, {m: function* () { __async_super_set(\"x\", (yield __async_super_call(__async_super_get(\"m\"), this, [1], \".m\"))); }}.m); } } __async_methods(A, 0, 1, \"m\", 0);");
}

TEST_CASE("helper names avoid every name in the file") {
  TranspileResult r = Transpiler().run("var __async = 1; async function f() {}\n");
  REQUIRE(r.ok());
  CHECK(r.output.find("var __async2, __async2_function;\nfunction __async2_rt(){") != std::string::npos);
  CHECK(r.output.find("var run=(__async2=function(self,args,body,newTarget){") != std::string::npos);
}

TEST_CASE("the helper goes before a trailing sourceMappingURL comment, with the file's line breaks") {
  TranspileResult r = Transpiler().run("async function f() {}\r\n//# sourceMappingURL=a.js.map\r\n");
  REQUIRE(r.ok());
  CHECK(r.output.ends_with("}\r\n//# sourceMappingURL=a.js.map\r\n"));
  CHECK(r.output.find("\n\n") == std::string::npos);
  CHECK(r.output.find("var run=(__async=function(self,args,body,newTarget){\r\n") != std::string::npos);
}

TEST_CASE("intrinsics are captured first thing, after directives and shebang, on the same line") {
  auto out = [](std::string_view src) { return Transpiler().run(src).output; };
  CHECK(out("async function f() {}\n").starts_with("__async_rt(); f = __async_function(f); function* f()"));
  CHECK(out("'use strict'\nasync function f() {}\n").starts_with("'use strict'; __async_rt(); f = __async_function(f);\n"));
  CHECK(out("\"use strict\"; x;\nasync function f() {}\n").starts_with("\"use strict\"; __async_rt(); f = __async_function(f); x;"));
  CHECK(out("#!/usr/bin/env node\nasync function f() {}\n").starts_with("#!/usr/bin/env node\n__async_rt();"));
}

TEST_CASE("the output fed back in comes out unchanged") {
  TranspileResult once = Transpiler().run("const f = async (a = 1) => await a;\n");
  REQUIRE(once.ok());
  TranspileResult twice = Transpiler().run(once.output);
  REQUIRE(twice.ok());
  CHECK_FALSE(twice.changed);
  CHECK(twice.output == once.output);
}

TEST_CASE("a for await target moves into the body with its own rewrites, comments made safe") {
  CHECK(lowered("async function f() { for await (const {a = await b, // c\n} of y); }\n")
            .find("{ const {a = (yield b), /* c */ } = __async_r1.value; ; }") != std::string::npos);
}

TEST_CASE("forms not lowered yet are errors") {
  CHECK(first_error("for await (const x of y) {}").find("top-level 'for await'") != std::string::npos);
  CHECK(first_error("function f() { for await (const x of y) {} }").find("only valid in async") != std::string::npos);
  CHECK(first_error("await x;").find("top-level await") != std::string::npos);
  CHECK(first_error("async function f() { yield 1; }").starts_with("syntax error"));  // `yield` is a name there
  CHECK(first_error("async function f(a = await b) {}").find("parameters") != std::string::npos);
}

TEST_CASE("syntax errors point at the first ERROR or MISSING node") {
  TranspileResult r = Transpiler().run("let a = 1;\nasync function f( {\n");
  REQUIRE_FALSE(r.ok());
  CHECK(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].message.starts_with("syntax error"));
}

TEST_CASE("await as a name in a script is left alone") {
  TranspileResult r = Transpiler().run("function await(x) { return x; }\nawait(1);\n");
  REQUIRE(r.ok());
  CHECK_FALSE(r.changed);
}

TEST_CASE("function expressions: the runtime makes the function object from a generator made once") {
  CHECK(lowered("const a = async function () {};\n") ==
        "const a = __async_function(__async_gH_1 || (__async_gH_1 = {a: function* () {}}.a), 0, \"a\");\n");
  CHECK(lowered("f(async function () {});\n") ==
        "f(__async_function(__async_gH_1 || (__async_gH_1 = (() => function* () {})())));\n");
  CHECK(lowered("o = { 'a b': async function () {} };\n") ==
        "o = { 'a b': __async_function(__async_gH_1 || (__async_gH_1 = {'a b': function* () {}}['a b']), 0, 'a b') };\n");
  CHECK(lowered("h = async function g(n) {};\n") == "h = __async_function(__async_gH_1 || (__async_gH_1 = function* g(n) {}));\n");
  // Made again for each call of the function around it, with a binding of its own: not cached.
  CHECK(lowered("function w(k) { return async function () { return k; }; }\n") ==
        "function w(k) { return __async_function(function* () { return k; if (0) yield; }); }\n");
  CHECK(lowered("g = async function g(n) { return g; };\n") ==
        "g = ((g) => g = __async_function({g: function* (n) { return g; if (0) yield; }}.g, 0, \"g\"))();\n");
}

TEST_CASE("a computed key names the value through the runtime, converted once") {
  CHECK(lowered("o = { [k]: async function () {} };\n") ==
        "o = { [__async_key(k)]: __async_function(__async_gH_1 || (__async_gH_1 = (() => function* () {})()), 0, __async_key_name()) };\n");
  // A class field's initializer runs long after its key: such a value stays a function.
  CHECK(lowered("class A { [k] = async function () {} }\n") ==
        "class A { [k] = function () { return __async(this, arguments, function* () {}, new.target); } }\n");
}

TEST_CASE("expressions whose name cannot be reproduced stay functions") {
  // Its own name assigned: throws in strict code, ignored in sloppy code, as only a function does.
  CHECK(lowered("h = async function g() { g = 1; };\n") ==
        "h = function g() { return __async(this, arguments, {g: function* () { g = 1; if (0) yield; }}.g, new.target); };\n");
}

TEST_CASE("a rewrite that starts a line with `(` gets the semicolon ASI gave the line before") {
  CHECK(lowered("async function f() {\n  g()\n  await x\n}\n") ==
        "f = __async_function(f); function* f() {\n  g();\n  (yield x)\n}\n");
  // Not after a statement that has one, and not where no statement list is involved.
  CHECK(lowered("async function f() {\n  g();\n  await x\n  if (a)\n    await y\n}\n") ==
        "f = __async_function(f); function* f() {\n  g();\n  (yield x)\n  if (a)\n    (yield y)\n}\n");
}

TEST_CASE("async generators: awaits are markers, yield* delegates, return awaits") {
  CHECK(lowered("async function* g(a) { await a; yield a; yield* b; return c; }\n") ==
        "g = __async_generator_function(g); function* g(a) { (yield __async_await(a)); yield a; "
        "yield __async_delegate(b); { var __async_v = (yield __async_await(c)); return __async_v; } }\n");
  CHECK(lowered("o = { async *m() {} };\n") ==
        "o = { m: __async_generator_function(__async_gH_1 || (__async_gH_1 = {m: function* () {}}.m), 0, \"m\") };\n");
  CHECK(lowered("class C { static async *[k]() {} }\n") ==
        "class C { static [__async_method_key(k, 3)]() { return __async_generator(this, arguments, __async_gH_1 || (__async_gH_1 = (() => function* () {})()), void 0); } } __async_methods(C, 1, 1);\n");
  // Private methods and anonymous class expressions keep the file's shared prototype.
  CHECK(lowered("x = class { async *#m() {} };\n") ==
        "x = class { #m() { return __async_generator(this, arguments, __async_gH_1 || (__async_gH_1 = {\"#m\": function* () {}}[\"#m\"]), void 0); } };\n");
}

TEST_CASE("for await becomes a loop over the runtime's iterator record, labels moved onto it") {
  CHECK(lowered("async function f(xs) {\n  l: for await (const [a] of xs) continue l;\n}\n") ==
        "f = __async_function(f); function* f(xs) {\n  { var __async_r1 = __async_iterator(xs); "
        "try { l: for (; __async_step(__async_r1, (yield __async_next(__async_r1))); ) { const [a] = __async_r1.value; "
        "continue l; } } catch (__async_e1) { throw __async_threw(__async_r1, __async_e1); } finally { if "
        "(__async_close(__async_r1)) try { __async_closed(__async_r1, (yield __async_r1.value)); } catch (__async_e1) { "
        "__async_closed(__async_r1, __async_e1, 1); } } }\n}\n");
}

TEST_CASE("only the runtime functions a file calls are appended, with those they call") {
  auto out = [](std::string_view src) { return Transpiler().run(src).output; };
  std::string arrow = out("f(async () => 1);\n");
  CHECK(arrow.find("var __async, __async_arrow;\nfunction __async_rt(){") != std::string::npos);
  CHECK(arrow.find("__async_function=function") == std::string::npos);
  CHECK(arrow.find("makeMethod") == std::string::npos);
  std::string declaration = out("async function f() {}\n");
  CHECK(declaration.find("var __async, __async_function;\n") != std::string::npos);  // __async: needed by __async_function
  std::string loop = out("(async () => { for await (const x of xs); })();\n");
  CHECK(loop.find("__async_next=function") != std::string::npos);
  CHECK(loop.find("function innerCall(") != std::string::npos);  // called by __async_next
  CHECK(loop.find("__async_generator=function") == std::string::npos);
  CHECK(loop.find("__async_r1", loop.find("// async2gen runtime")) == std::string::npos);
  // A module with exports: hoisted entry points, for calls before its first line; those called
  // only there (binding a top-level declaration) stay `var`s.
  std::string exported = out("export async function f() {}\n");
  CHECK(exported.find("function __async(self, args, body, newTarget) { return __async_rt(), __async(") != std::string::npos);
  CHECK(exported.find("var __async_function;\n") != std::string::npos);
  std::string nested = out("export async function f() {}\nexport function g() { return async function () {}; }\n");
  CHECK(nested.find("function __async_function(body, plain, name) { return __async_rt(), __async_function(") !=
        std::string::npos);
}

TEST_CASE("generators of methods and arrows made once are made once too, in a per-file variable") {
  // Inside a function or a loop a method or arrow is made again each time: its generator is made
  // once too when it names nothing that a scope around it declares.
  CHECK(lowered("function w() { return { async m() {} }; }\n") ==
        "function w() { return { m: __async_function(__async_gH_1 || (__async_gH_1 = {m: function* () {}}.m), 0, \"m\") }; }\n");
  CHECK(lowered("function w(k) { return { async m() { return k; } }; }\n") ==
        "function w(k) { return { m: __async_function({m: function* () { return k; if (0) yield; }}.m, 0, \"m\") }; }\n");
  CHECK(lowered("function w() { return class { static x; async m() {} }; }\n").find("__async_gH_") != std::string::npos);
  CHECK(lowered("function w() { return class C { async m() { return C; } }; }\n").find("__async_gH_") == std::string::npos);
  CHECK(lowered("for (;;) f(async () => 1);\n") ==
        "for (;;) f(__async_arrow(() => { return __async(void 0, [], __async_gH_1 || (__async_gH_1 = (() => function* () { if (0) yield; return ( 1); })())); }));\n");
  CHECK(lowered("for (const i of xs) f(async () => i);\n").find("__async_gH_") == std::string::npos);
  CHECK(lowered("function w() { let z; return async () => eval(\"z\"); }\n").find("__async_gH_") == std::string::npos);
  // One call's outer body is needed (super, the enclosing arguments): not cached.
  CHECK(lowered("class A extends B { async m() { super.m(); } }\n").find("__async_gH_") == std::string::npos);
  // The variable's name holds a hash of the file, so that scripts sharing a global scope differ.
  std::string a = Transpiler().run("f(async () => 1);\n").output;
  std::string b = Transpiler().run("f(async () => 2);\n").output;
  CHECK(a.starts_with("__async_rt(); var __async_g"));
  CHECK(a.substr(0, 60) != b.substr(0, 60));
}

TEST_CASE("generators are named as their functions, for stack traces, with no binding their bodies see") {
  CHECK(lowered("class K { static async s() {} async #p() {} async 'a b'() {} async 1e3() {} }\n")
            .find("{s: function* () {}}.s") != std::string::npos);
  CHECK(lowered("class K { async #p() {} }\n").find("{\"#p\": function* () {}}[\"#p\"]") != std::string::npos);
  CHECK(lowered("class K { async 'a b'() {} async 1e3() {} async delete() {} }\n").find("['a b']") != std::string::npos);
  CHECK(lowered("class K { async 1e3() {} }\n").find("{1e3: function* () {}}[1e3]") != std::string::npos);
  CHECK(lowered("class K { async delete() {} }\n").find("{\"delete\": function* () {}}[\"delete\"]") != std::string::npos);
  // V8 names a function assigned to a member after the member (`Foo.prototype.bar` => `Foo.bar`);
  // the function object's own name stays "".
  CHECK(lowered("Foo.prototype.bar = async function () {};\n") ==
        "Foo.prototype.bar = __async_function(__async_gH_1 || (__async_gH_1 = {\"Foo.bar\": function* () {}}[\"Foo.bar\"]), 0, \"\");\n");
  CHECK(lowered("this.x = async () => {};\n").find("{x: function* () {}}.x") != std::string::npos);
  // `__proto__` would set the literal's prototype, and '' names nothing: anonymous.
  CHECK(lowered("o = { async __proto__() {} };\n").find("(() => function* () {})()") != std::string::npos);
  CHECK(lowered("o = { async ''() {} };\n").find("(() => function* () {})()") != std::string::npos);
  // Declarations keep their generator's own name.
  CHECK(lowered("async function f() {}\n") == "f = __async_function(f); function* f() {}\n");
}

TEST_CASE("--async-stack-traces: the file turns the records on, each await and for await notes where it waits") {
  TranspileOptions options;
  options.async_stack_traces = true;
  std::string out = Transpiler().run("async function f(xs) { await g(); for await (const x of xs) {} }\n", options).output;
  std::smatch m;
  REQUIRE(std::regex_search(out, m, std::regex("function\\* f\\(xs\\) \\{ \\(yield __async_at\\(g\\(\\), \"([0-9a-f]{8}):1\"\\)\\); ")));
  CHECK(out.starts_with("__async_rt(); __async_traces(); f = __async_function(f); function* f(xs) {"));
  CHECK(out.find("(yield __async_at(__async_next(__async_r1), \"" + m[1].str() + ":2\", __async_r1))") != std::string::npos);
  CHECK(out.find("captureStackTrace") != std::string::npos);  // the section trace
  std::string generator = Transpiler().run("async function* g() { await 1; }\n", options).output;
  CHECK(generator.find("(yield __async_await(__async_at(1, \"") != std::string::npos);
  // Nothing to lower: nothing added.
  CHECK(Transpiler().run("f();\n", options).output == "f();\n");
  // Without the flag, no trace section.
  CHECK(Transpiler().run("async function f() { await g(); }\n").output.find("__async_at") == std::string::npos);
}

TEST_CASE("await using: a disposal stack around its block; a block with only sync using passes through") {
  CHECK(lowered("async function f() { await using x = a; using y = b; }\n") ==
        "f = __async_function(f); function* f() { var __async_d1 = __async_using_stack(); try { const x = "
        "__async_use(__async_d1, a, 1); const y = __async_use(__async_d1, b, 0); } catch (__async_x1) { throw "
        "__async_using_threw(__async_d1, __async_x1); } finally { while (__async_dispose(__async_d1)) try { "
        "__async_disposed(__async_d1, (yield __async_d1.value)); } catch (__async_x1) { __async_disposed(__async_d1, "
        "__async_x1, 1); } } }\n");
  CHECK(lowered("async function f() { using y = b; await 0; }\n") ==
        "f = __async_function(f); function* f() { using y = b; (yield 0); }\n");
  // `using` followed by no name on its line is the identifier: `using[a] = b`, `using\nx = 1`.
  CHECK(lowered("async function f() { using[a] = b; using\nx = 1; await 0; }\n") ==
        "f = __async_function(f); function* f() { using[a] = b; using\nx = 1; (yield 0); }\n");
}

TEST_CASE("files one after another on one thread, small ones through the parse arena, give each file's own output") {
  // (the arena is reset after each small file: a tree or parser kept across files would be
  // overwritten by the next one's, and the outputs would differ from a fresh transpiler's)
  std::string small_a = "async function f() { await g(); }\nclass A { async m() { return 1; } async n() {} }\n";
  std::string small_b = "const h = async (x) => { for await (const y of x) { await y; } };\n";
  std::string big = "var pad = 0;\n";
  while (big.size() <= ParseArena::largest_input) big += "pad += 1; // " + std::string(60, 'x') + "\n";
  big += "async function k() { await pad; }\n";
  std::vector<std::string> inputs = {small_a, big, small_b, small_a, small_b, big, small_a};
  Transpiler reused;
  for (const std::string& input : inputs) {
    TranspileResult fresh = Transpiler().run(input);
    TranspileResult again = reused.run(input);
    REQUIRE(fresh.ok());
    CHECK(fresh.changed);
    CHECK(again.output == fresh.output);
  }
}
