// CLI tests: drive the built binary as a user would, through the shell.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace fs = std::filesystem;

namespace {

struct Run {
  int code = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void spit(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }

// A scratch folder per test case, removed afterwards.
struct Scratch {
  fs::path dir;
  Scratch() {
    std::string templ = (fs::temp_directory_path() / "a2g-cli-XXXXXX").string();
    dir = mkdtemp(templ.data());
  }
  ~Scratch() {
    std::error_code ec;
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir, ec);
  }
  // Runs `async2gen ARGS` in the scratch folder (shell syntax allowed in args).
  Run run(const std::string& args) const {
    std::string cmd = "cd '" + dir.string() + "' && '" A2G_BINARY "' " + args + " > .stdout 2> .stderr";
    int status = std::system(cmd.c_str());
    Run r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(dir / ".stdout");
    r.err = slurp(dir / ".stderr");
    fs::remove(dir / ".stdout");
    fs::remove(dir / ".stderr");
    return r;
  }
};

const std::string good = "async function f() { return await 1; }\n";

}  // namespace

TEST_SUITE("cli") {
  TEST_CASE("file in, standard output out, quiet on success") {
    Scratch s;
    spit(s.dir / "in.js", good);
    Run r = s.run("in.js");
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.starts_with("__async.rt = __async_intrinsics(); function f() { return __async(this, arguments, function* () { return (yield 1); }, new.target); }\n"));
  }

  TEST_CASE("standard input, with '-' or no argument") {
    Scratch s;
    spit(s.dir / "in.js", good);
    Run a = s.run("< in.js");
    Run b = s.run("- < in.js");
    CHECK(a.code == 0);
    CHECK(a.out == b.out);
    CHECK(a.out == s.run("in.js").out);
  }

  TEST_CASE("-o writes the file and nothing to standard output") {
    Scratch s;
    spit(s.dir / "in.js", good);
    Run r = s.run("in.js -o out.js");
    CHECK(r.code == 0);
    CHECK(r.out.empty());
    CHECK(slurp(s.dir / "out.js") == s.run("in.js").out);
    CHECK(slurp(s.dir / "in.js") == good);
  }

  TEST_CASE("input errors: file:line:col, exit 1, no output file, input untouched") {
    Scratch s;
    std::string bad = "let a = 1;\nawait g();\n";
    spit(s.dir / "bad.js", bad);
    spit(s.dir / "out.js", "previous");
    Run r = s.run("bad.js -o out.js");
    CHECK(r.code == 1);
    CHECK(r.err.starts_with("bad.js:2:1: error: top-level await is not supported yet"));
    CHECK(slurp(s.dir / "out.js") == "previous");
    CHECK(slurp(s.dir / "bad.js") == bad);
    Run to_stdout = s.run("bad.js");
    CHECK(to_stdout.code == 1);
    CHECK(to_stdout.out.empty());
  }

  TEST_CASE("syntax errors name the file given by --stdin-filename") {
    Scratch s;
    spit(s.dir / "bad.js", "async function f( {\n");
    Run r = s.run("--stdin-filename src/x.js < bad.js");
    CHECK(r.code == 1);
    CHECK(r.err.starts_with("src/x.js:1:"));
    CHECK(r.err.find("error: syntax error") != std::string::npos);
    CHECK(s.run("< bad.js").err.starts_with("<stdin>:1:"));
  }

  TEST_CASE("usage and I/O problems exit 2") {
    Scratch s;
    CHECK(s.run("--no-such-flag").code == 2);
    CHECK(s.run("missing.js").code == 2);
    CHECK(s.run("a.js b.js").code == 2);
    spit(s.dir / "in.js", good);
    Run same = s.run("in.js -o in.js");
    CHECK(same.code == 2);
    CHECK(same.err.find("refusing") != std::string::npos);
    CHECK(slurp(s.dir / "in.js") == good);
    if (geteuid() != 0) {  // root writes anywhere
      fs::create_directory(s.dir / "ro");
      fs::permissions(s.dir / "ro", fs::perms::owner_read | fs::perms::owner_exec);
      CHECK(s.run("in.js -o ro/out.js").code == 2);
      CHECK_FALSE(fs::exists(s.dir / "ro/out.js"));
    }
    CHECK(s.run("in.js -o no/such/dir/out.js").code == 2);
  }

  TEST_CASE("--help and --version exit 0 and say what they should") {
    Scratch s;
    Run help = s.run("--help");
    CHECK(help.code == 0);
    CHECK(help.out.find("Exit codes") != std::string::npos);
    Run version = s.run("--version");
    CHECK(version.code == 0);
    CHECK(version.out.starts_with("async2gen "));
  }

  TEST_CASE("--promise=global uses the global Promise at each call; the default does not") {
    Scratch s;
    spit(s.dir / "z.js",
         "const Native = Promise;\nclass Zone extends Native {}\nasync function f() { return 1; }\n"
         "globalThis.Promise = Zone;\nconst p = f();\nglobalThis.Promise = Native;\nconsole.log(p instanceof Zone);\n");
    CHECK(s.run("--promise=global z.js -o g.js").code == 0);
    CHECK(s.run("z.js -o i.js").code == 0);
    auto node = [&](const char* file) {
      std::string cmd = "cd '" + s.dir.string() + "' && node " + file + " > .node 2>&1";
      CHECK(std::system(cmd.c_str()) == 0);
      std::string out = slurp(s.dir / ".node");
      fs::remove(s.dir / ".node");
      return out;
    };
    CHECK(node("g.js") == "true\n");
    CHECK(node("i.js") == "false\n");
    CHECK(node("z.js") == "false\n");
    CHECK(s.run("--promise=other z.js").code == 2);
  }

  TEST_CASE("a file with nothing to lower comes out byte-identical") {
    Scratch s;
    std::string plain = "\xEF\xBB\xBF#!/usr/bin/env node\r\nvar async = 1; // await\r\n";
    spit(s.dir / "p.js", plain);
    Run r = s.run("p.js");
    CHECK(r.code == 0);
    CHECK(r.out == plain);
  }
}
