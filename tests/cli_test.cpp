// CLI tests: drive the built binary as a user would, through the shell.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
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
    CHECK(r.out.starts_with("__async_rt(); f = __async_function(f); function* f() { return (yield 1); }\n"));
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
    CHECK(r.err.starts_with("bad.js:2:1: error: top-level await is not supported: in an ES module"));
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

  TEST_CASE("a syntax error in a long minified line prints a window of the line, not all of it") {
    Scratch s;
    std::string half;
    for (int i = 0; i < 25000; ++i) half += "x=1;";
    spit(s.dir / "min.js", "async function f(){await x}" + half + " let ) ;" + half + "\n");
    Run r = s.run("min.js");
    CHECK(r.code == 1);
    CHECK(r.err.starts_with("min.js:1:100033: error: syntax error: unexpected ')'\n"
                            "\xE2\x80\xA6;x=1;x=1;x=1;x=1;x=1;x=1;x=1;x=1;x=1;x=1;x=1; let ) ;x=1;"));
    CHECK(r.err.size() < 400);
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

  TEST_CASE("-o onto a FIFO writes into it and leaves it a FIFO") {
    Scratch s;
    spit(s.dir / "in.js", good);
    std::string expected = s.run("in.js").out;
    REQUIRE(expected.size() < 65536);  // fits in the pipe: the writer never waits for this reader
    fs::path fifo = s.dir / "fifo";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    // A reader is open before the tool runs, so its open for writing does not wait; were the FIFO
    // replaced instead, this reader would read nothing rather than hang the test.
    int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    Run r = s.run("in.js -o fifo");
    std::string got;
    char buffer[4096];
    for (ssize_t n; (n = ::read(reader, buffer, sizeof buffer)) > 0;) got.append(buffer, static_cast<size_t>(n));
    ::close(reader);
    CHECK(r.code == 0);
    CHECK(fs::is_fifo(fs::symlink_status(fifo)));
    CHECK(got == expected);
  }

  TEST_CASE("-o onto a character device writes into it (errors too), never replaces it; a link to a file stays") {
    Scratch s;
    spit(s.dir / "in.js", good);
    // Made here rather than /dev/null: a broken build must not replace the machine's devices.
    fs::path null = s.dir / "null", full = s.dir / "full";
    bool devices = ::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0 &&
                   ::mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) == 0;
    int probe = devices ? ::open(null.c_str(), O_WRONLY) : -1;  // (a nodev mount refuses to open them)
    if (probe >= 0) ::close(probe);
    if (probe < 0) {
      MESSAGE("skipped the device half: mknod or opening a device is not permitted here");
    } else {
      CHECK(s.run("in.js -o null").code == 0);
      CHECK(fs::is_character_file(fs::symlink_status(null)));
      Run r = s.run("in.js -o full");  // /dev/full: every write fails with ENOSPC
      CHECK(r.code == 2);
      CHECK(r.err == "async2gen: error: full: write error: No space left on device\n");
      CHECK(fs::is_character_file(fs::symlink_status(full)));
    }
    spit(s.dir / "real.js", "old");
    fs::create_symlink("real.js", s.dir / "link.js");
    CHECK(s.run("in.js -o link.js").code == 0);
    CHECK(fs::is_symlink(s.dir / "link.js"));
    CHECK(slurp(s.dir / "real.js") == s.run("in.js").out);
    for (const auto& e : fs::directory_iterator(s.dir)) CHECK(e.path().filename().string().find(".XXX") == std::string::npos);
  }

  TEST_CASE("SIGINT or SIGTERM while an output is written: its temporary file goes, the exit code says which signal") {
    Scratch s;
    fs::create_directories(s.dir / "src/deep");
    spit(s.dir / "in.js", good);
    for (int i = 0; i < 6; ++i) spit(s.dir / ("src/deep/f" + std::to_string(i) + ".js"), good);
    for (int sig : {SIGINT, SIGTERM}) {
      for (std::string args : {"in.js -o out.js", "-j 2 -d out src"}) {
        CAPTURE(sig);
        CAPTURE(args);
        spit(s.dir / "out.js", "previous");
        // The tool signals itself once its first temporary file is written, and waits (a test hook).
        std::string cmd = "cd '" + s.dir.string() + "' && A2G_TEST_SIGNAL_BEFORE_RENAME=" + std::to_string(sig) +
                          " '" A2G_BINARY "' " + args + " 2> .stderr; echo $? > .code";
        REQUIRE(std::system(cmd.c_str()) == 0);
        CHECK(slurp(s.dir / ".code") == std::to_string(128 + sig) + "\n");
        CHECK(slurp(s.dir / "out.js") == "previous");
        for (const auto& e : fs::recursive_directory_iterator(s.dir)) {
          std::string name = e.path().filename().string();
          CHECK_MESSAGE((name == ".code" || name == ".stderr" || name[0] != '.'), e.path().string());
        }
        fs::remove(s.dir / ".code");
        fs::remove(s.dir / ".stderr");
      }
    }
  }

  TEST_CASE("--help and --version exit 0 and say what they should") {
    Scratch s;
    Run help = s.run("--help");
    CHECK(help.code == 0);
    CHECK(help.out.find("Exit codes") != std::string::npos);
    // The defaults it states are the behaviour: no map unless asked for.
    CHECK(help.out.find("Write source maps (default: none)") != std::string::npos);
    CHECK(help.out.find("the default), inline") == std::string::npos);
    spit(s.dir / "in.js", good);
    CHECK(s.run("in.js -o out.js").code == 0);
    CHECK_FALSE(fs::exists(s.dir / "out.js.map"));
    CHECK(slurp(s.dir / "out.js").find("sourceMappingURL") == std::string::npos);
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

  TEST_CASE("--assume: plain-functions leaves out the function-object runtime; unknown names exit 2") {
    Scratch s;
    spit(s.dir / "a.js", good);
    Run exact = s.run("a.js");
    Run plain = s.run("--assume plain-functions a.js");
    REQUIRE(exact.code == 0);
    REQUIRE(plain.code == 0);
    CHECK(exact.out.find("__async_function") != std::string::npos);
    CHECK(plain.out.find("__async_function") == std::string::npos);
    CHECK(plain.out.find("makeMethod") == std::string::npos);
    CHECK(plain.out.size() < exact.out.size());
    // a list, repeatable, the same as once
    CHECK(s.run("--assume=plain-functions,plain-functions --assume plain-functions a.js").out == plain.out);
    Run unknown = s.run("--assume plain-functions,loose a.js");
    CHECK(unknown.code == 2);
    CHECK(unknown.out.empty());
    CHECK(unknown.err.find("unknown assumption 'loose' (known: plain-functions)") != std::string::npos);
    CHECK(s.run("--help").out.find("--assume") != std::string::npos);
  }

  TEST_CASE("-d mirrors folders and files, in parallel, the same whatever -j") {
    Scratch s;
    fs::create_directories(s.dir / "src/deep/er");
    spit(s.dir / "src/a.js", good);
    spit(s.dir / "src/deep/b.mjs", "export const g = async () => 1;\n");
    spit(s.dir / "src/deep/er/c.cjs", "module.exports = 1;\n");
    spit(s.dir / "src/deep/notes.txt", "not js");
    spit(s.dir / "src/skip.test.js", good);
    spit(s.dir / "lone.js", good);
    Run r = s.run("-d out -j 3 src lone.js --ignore '*.test.js'");
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    CHECK(fs::exists(s.dir / "out/a.js"));
    CHECK(fs::exists(s.dir / "out/deep/b.mjs"));
    CHECK(slurp(s.dir / "out/deep/er/c.cjs") == "module.exports = 1;\n");
    CHECK(fs::exists(s.dir / "out/lone.js"));
    CHECK_FALSE(fs::exists(s.dir / "out/src"));               // no stray leading folder
    CHECK_FALSE(fs::exists(s.dir / "out/skip.test.js"));      // --ignore
    CHECK_FALSE(fs::exists(s.dir / "out/deep/notes.txt"));    // not copied without --copy-files
    CHECK(slurp(s.dir / "out/a.js") == s.run("src/a.js").out);
    CHECK(s.run("-d out1 -j 1 src").code == 0);
    CHECK(slurp(s.dir / "out1/deep/b.mjs") == slurp(s.dir / "out/deep/b.mjs"));
    CHECK(s.run("-d out2 src --copy-files").code == 0);
    CHECK(slurp(s.dir / "out2/deep/notes.txt") == "not js");
  }

  TEST_CASE("-d: links inside the tree are made again (npm's .bin), file modes are kept, type: module is ESM") {
    Scratch s;
    fs::create_directories(s.dir / "src/pkg/bin");
    fs::create_directories(s.dir / "src/.bin");
    fs::create_directories(s.dir / "outside");
    fs::create_directories(s.dir / "src/esm");
    spit(s.dir / "src/pkg/bin/cli.js", "#!/usr/bin/env node\n" + good);
    fs::permissions(s.dir / "src/pkg/bin/cli.js", fs::perms::owner_all | fs::perms::group_read | fs::perms::others_read);
    fs::create_symlink("../pkg/bin/cli.js", s.dir / "src/.bin/cli");
    spit(s.dir / "outside/lib.js", good);
    fs::create_symlink(s.dir / "outside/lib.js", s.dir / "src/pkg/lib.js");  // absolute, outside: a file
    spit(s.dir / "src/esm/package.json", "{\"name\": \"x\", \"exports\": {\"type\": \"no\"}, \"type\": \"module\"}");
    spit(s.dir / "src/esm/w.js", good);
    CHECK(s.run("-d out src --copy-files").code == 0);
    CHECK(fs::is_symlink(s.dir / "out/.bin/cli"));
    CHECK(fs::read_symlink(s.dir / "out/.bin/cli") == "../pkg/bin/cli.js");
    CHECK(slurp(s.dir / "out/pkg/bin/cli.js") == s.run("src/pkg/bin/cli.js").out);  // transpiled, not copied
    CHECK((fs::status(s.dir / "out/pkg/bin/cli.js").permissions() & fs::perms::owner_exec) != fs::perms::none);
    CHECK_FALSE(fs::is_symlink(s.dir / "out/pkg/lib.js"));
    CHECK(slurp(s.dir / "out/pkg/lib.js") == s.run("outside/lib.js").out);
    // A .js file of a "type": "module" package is an ES module: helpers come by import.
    CHECK(s.run("-d out3 src --helpers=import --helpers-module rt").code == 0);
    CHECK(slurp(s.dir / "out3/esm/w.js").starts_with("import {"));
    CHECK(slurp(s.dir / "out3/pkg/bin/cli.js").find("require(\"rt\")") != std::string::npos);
  }

  TEST_CASE("-d: a failing file is reported, the others are written, exit 1, no partial output") {
    Scratch s;
    fs::create_directories(s.dir / "src");
    spit(s.dir / "src/good.js", good);
    spit(s.dir / "src/bad.js", "async function f( {\n");
    Run r = s.run("-d out src");
    CHECK(r.code == 1);
    CHECK(r.err.find("src/bad.js:1:") != std::string::npos);
    CHECK(fs::exists(s.dir / "out/good.js"));
    CHECK_FALSE(fs::exists(s.dir / "out/bad.js"));
    for (const auto& e : fs::directory_iterator(s.dir / "out")) CHECK(e.path().filename().string()[0] != '.');
  }

  TEST_CASE("-d: a loop of symbolic links gets a warning naming it, the rest is written") {
    Scratch s;
    fs::create_directories(s.dir / "src/sub");
    spit(s.dir / "src/a.js", good);
    fs::create_symlink("loop.js", s.dir / "src/loop.js");
    fs::create_symlink("c", s.dir / "src/sub/b");
    fs::create_symlink("b", s.dir / "src/sub/c");
    Run r = s.run("-d out src --copy-files");
    CHECK(r.code == 0);
    CHECK(r.err == "async2gen: warning: src/loop.js: a loop of symbolic links, skipped\n"
                   "async2gen: warning: src/sub/b: a loop of symbolic links, skipped\n"
                   "async2gen: warning: src/sub/c: a loop of symbolic links, skipped\n");
    CHECK(fs::exists(s.dir / "out/a.js"));
    CHECK_FALSE(fs::exists(fs::symlink_status(s.dir / "out/loop.js")));
    Run lone = s.run("-d out src/loop.js");
    CHECK(lone.code == 2);
    CHECK(lone.err == "async2gen: error: src/loop.js: a loop of symbolic links\n");
  }

  TEST_CASE("-d: the same file twice is done once; writing over the inputs needs --allow-overwrite") {
    Scratch s;
    fs::create_directories(s.dir / "src");
    spit(s.dir / "src/a.js", good);
    CHECK(s.run("-d out src/a.js src/a.js").code == 0);
    Run over = s.run("-d src src");
    CHECK(over.code == 2);
    CHECK(over.err.find("refusing") != std::string::npos);
    CHECK(slurp(s.dir / "src/a.js") == good);
    CHECK(s.run("-d src src --allow-overwrite").code == 0);
    CHECK(slurp(s.dir / "src/a.js") != good);
  }

  TEST_CASE("-d: two inputs for one output are an error naming both, and nothing is written") {
    Scratch s;
    fs::create_directories(s.dir / "x");
    fs::create_directories(s.dir / "y");
    spit(s.dir / "x/a.js", "async function a() { return 1; } console.log(\"x\");\n");
    spit(s.dir / "y/a.js", "async function a() { return 2; } console.log(\"y\");\n");
    spit(s.dir / "x/b.js", good);
    Run folders = s.run("-d out x y");
    CHECK(folders.code == 2);
    CHECK(folders.err.find("x/a.js and y/a.js would both be written to out/a.js") != std::string::npos);
    CHECK_FALSE(fs::exists(s.dir / "out"));  // not even x/b.js, which collides with nothing
    Run files = s.run("-d out x/a.js y/a.js");
    CHECK(files.code == 2);
    CHECK(files.err.find("x/a.js and y/a.js") != std::string::npos);
    CHECK_FALSE(fs::exists(s.dir / "out"));
    // A map of one file and a copied file of the same name.
    spit(s.dir / "x/b.js.map", "{}");
    Run map = s.run("-d out x --copy-files --source-maps");
    CHECK(map.code == 2);
    CHECK(map.err.find("x/b.js and x/b.js.map would both be written to out/b.js.map") != std::string::npos);
    CHECK_FALSE(fs::exists(s.dir / "out"));
    // The same file twice, also through another spelling of its path, is no collision.
    CHECK(s.run("-d out x x/a.js ./x/b.js").code == 0);
    CHECK(fs::exists(s.dir / "out/a.js"));
  }

  TEST_CASE("--check writes nothing and says whether outputs would change") {
    Scratch s;
    fs::create_directories(s.dir / "src");
    spit(s.dir / "src/a.js", good);
    Run missing = s.run("--check -d out src");
    CHECK(missing.code == 1);
    CHECK_FALSE(fs::exists(s.dir / "out"));
    CHECK(s.run("-d out src").code == 0);
    CHECK(s.run("--check -d out src").code == 0);
    spit(s.dir / "out/a.js", "stale");
    CHECK(s.run("--check -d out src").code == 1);
    CHECK(slurp(s.dir / "out/a.js") == "stale");
  }

  TEST_CASE("source maps: external file with a comment, inline data URL, both") {
    Scratch s;
    spit(s.dir / "in.js", good + "//# sourceMappingURL=old.js.map\n");
    CHECK(s.run("in.js -o out.js --source-maps").code == 0);
    std::string out = slurp(s.dir / "out.js");
    CHECK(out.ends_with("//# sourceMappingURL=out.js.map\n"));
    CHECK(out.find("old.js.map") == std::string::npos);
    std::string map = slurp(s.dir / "out.js.map");
    CHECK(map.starts_with("{\"version\":3,\"file\":\"out.js\",\"sources\":[\"in.js\"],\"sourcesContent\":["));
    Run inline_map = s.run("in.js --source-maps=inline");
    CHECK(inline_map.code == 0);
    CHECK(inline_map.out.find("//# sourceMappingURL=data:application/json;charset=utf-8;base64,") != std::string::npos);
    CHECK(s.run("in.js -o both.js --source-maps=both --source-root /src --no-sources-content").code == 0);
    CHECK(slurp(s.dir / "both.js.map").find("\"sourceRoot\":\"/src\"") != std::string::npos);
    CHECK(slurp(s.dir / "both.js.map").find("sourcesContent") == std::string::npos);
    CHECK(s.run("in.js --source-maps").code == 2);  // an external map needs a file to sit beside
  }

  TEST_CASE("an input with its own map is chained: the final map points at the original sources") {
    Scratch s;
    // mid.js was generated from orig.ts line by line (each line maps to the same line, column 0).
    std::string map = R"({"version":3,"file":"mid.js","sources":["orig.ts"],"sourcesContent":["ORIGINAL"],"names":[],"mappings":"AAAA;AACA;AACA"})";
    spit(s.dir / "mid.js.map", map);
    spit(s.dir / "mid.js", "let a;\nasync function f() {\n  await a;\n}\n//# sourceMappingURL=mid.js.map\n");
    CHECK(s.run("mid.js -o out.js --source-maps").code == 0);
    std::string chained = slurp(s.dir / "out.js.map");
    CHECK(chained.find("\"sources\":[\"orig.ts\"],\"sourcesContent\":[\"ORIGINAL\"]") != std::string::npos);
    // The same through a data URL and through --input-source-map.
    spit(s.dir / "inline.js", "let a;\nasync function f() {}\n");
    CHECK(s.run("inline.js -o i2.js --source-maps --input-source-map mid.js.map").code == 0);
    CHECK(slurp(s.dir / "i2.js.map").find("\"sources\":[\"orig.ts\"]") != std::string::npos);
    // A broken input map is not chained: the map points at the input itself.
    spit(s.dir / "bad.map", "{not json");
    CHECK(s.run("inline.js -o i3.js --source-maps --input-source-map bad.map").code == 0);
    CHECK(slurp(s.dir / "i3.js.map").find("\"sources\":[\"inline.js\"]") != std::string::npos);
  }

  TEST_CASE("--error-format=json and --color") {
    Scratch s;
    spit(s.dir / "bad.js", "let a;\nawait x;\n");
    Run json = s.run("--error-format=json bad.js");
    CHECK(json.code == 1);
    CHECK(json.err.starts_with("{\"file\":\"bad.js\",\"line\":2,\"column\":1,\"severity\":\"error\",\"message\":"));
    CHECK(s.run("--color=always bad.js").err.find("\x1b[1;31merror\x1b[0m") != std::string::npos);
    CHECK(s.run("--color=never bad.js").err.find("\x1b[") == std::string::npos);
  }

  TEST_CASE("--helpers=import (require or import) and --helpers=global run with --print-helpers' modules") {
    Scratch s;
    fs::create_directories(s.dir / "node_modules/rt");
    spit(s.dir / "node_modules/rt/index.js", s.run("--print-helpers cjs").out);
    spit(s.dir / "node_modules/rt/index.mjs", s.run("--print-helpers esm").out);
    spit(s.dir / "global-rt.js", s.run("--print-helpers global").out);
    spit(s.dir / "node_modules/rt/package.json",
         R"({"name":"rt","exports":{".":{"import":"./index.mjs","require":"./index.js"}}})");
    std::string program = "async function* g() { yield await 1; }\nasync function f() { for await (const v of g()) return v + 1; }\n"
                          "f().then((v) => console.log('value', v));\n";
    spit(s.dir / "p.js", program);
    spit(s.dir / "p.mjs", "export const x = 1;\n" + program);
    CHECK(s.run("--helpers=import --helpers-module rt p.js -o cjs.js").code == 0);
    CHECK(s.run("--helpers=import --helpers-module rt p.mjs -o esm.mjs").code == 0);
    CHECK(s.run("--helpers=global p.js -o global.js").code == 0);
    // Only what the file calls is imported.
    CHECK(slurp(s.dir / "cjs.js").starts_with("const { __async_await, __async_close, __async_closed, __async_function, __async_generator_function, "
                                              "__async_iterator, __async_next, __async_step, __async_threw } = require(\"rt\");"));
    CHECK(slurp(s.dir / "esm.mjs").starts_with("import { __async, __async_await, "));
    CHECK(slurp(s.dir / "global.js").find("function __async(") == std::string::npos);
    auto node = [&](const std::string& args) {
      std::string cmd = "cd '" + s.dir.string() + "' && node " + args + " > .node 2>&1";
      int rc = std::system(cmd.c_str());
      std::string out = slurp(s.dir / ".node");
      fs::remove(s.dir / ".node");
      return rc == 0 ? out : "failed: " + out;
    };
    CHECK(node("cjs.js") == "value 2\n");
    CHECK(node("esm.mjs") == "value 2\n");
    CHECK(node("-r ./global-rt.js global.js") == "value 2\n");
    // A file that mentions `__async` gets other names, aliased to the globals.
    spit(s.dir / "q.js", "// uses __async\n" + program);
    CHECK(s.run("--helpers=global q.js -o global-q.js").code == 0);
    CHECK(slurp(s.dir / "global-q.js").starts_with("var __async2_await = globalThis.__async_await, "));
    CHECK(node("-r ./global-rt.js global-q.js") == "value 2\n");
    CHECK(s.run("--helpers=import --module-kind=esm p.js").out.starts_with("import {"));
    CHECK(s.run("--helpers=import --promise=global p.js").code == 2);
  }

  TEST_CASE("--helpers=file: one runtime for a tree, reached by relative require and import; the tree runs") {
    Scratch s;
    fs::create_directories(s.dir / "src/lib/deep");
    spit(s.dir / "src/main.cjs",
         "const { twice } = require('./lib/deep/util.cjs');\n"
         "async function main() { console.log('main', await twice(21));\n"
         "  for await (const x of require('./lib/gen.cjs').gen()) console.log('gen', x);\n"
         "  const { load } = await import('./lib/load.mjs'); console.log(await load(5)); }\n"
         "main();\n");
    spit(s.dir / "src/lib/deep/util.cjs", "exports.twice = async (x) => { await null; return x * 2; };\n");
    spit(s.dir / "src/lib/gen.cjs", "exports.gen = async function* () { yield 1; await null; yield 2; };\n");
    spit(s.dir / "src/lib/load.mjs", "export async function load(x) { await null; return 'loaded ' + x; }\n");
    spit(s.dir / "src/plain.js", "console.log('nothing to lower');\n");
    Run r = s.run("-d out src --helpers=file");
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(fs::exists(s.dir / "out/async2gen-runtime.mjs"));
    CHECK(fs::exists(s.dir / "out/async2gen-runtime.cjs"));
    CHECK(slurp(s.dir / "out/lib/deep/util.cjs").starts_with("const { __async, __async_arrow } = require(\"../../async2gen-runtime.cjs\");"));
    CHECK(slurp(s.dir / "out/lib/load.mjs").starts_with("import { __async, __async_function } from \"../async2gen-runtime.mjs\";"));
    CHECK(slurp(s.dir / "out/main.cjs").find("function __async(") == std::string::npos);  // nothing inline
    CHECK(slurp(s.dir / "out/plain.js") == "console.log('nothing to lower');\n");
    auto node = [&](const std::string& file) {
      std::string cmd = "cd '" + s.dir.string() + "' && node " + file + " > .node 2>&1";
      int rc = std::system(cmd.c_str());
      std::string out = slurp(s.dir / ".node");
      fs::remove(s.dir / ".node");
      return rc == 0 ? out : "failed: " + out;
    };
    std::string native = node("src/main.cjs");
    CHECK(native == "main 42\ngen 1\ngen 2\nloaded 5\n");
    CHECK(node("out/main.cjs") == native);
    // --check knows the runtime files too; a custom name; a clash with an output is refused.
    CHECK(s.run("-d out src --helpers=file --check").code == 0);
    spit(s.dir / "out/async2gen-runtime.cjs", "changed");
    CHECK(s.run("-d out src --helpers=file --check -q").code == 1);
    CHECK(s.run("-d out2 src --helpers=file --helpers-file rt").code == 0);
    CHECK(fs::exists(s.dir / "out2/rt.cjs"));
    CHECK(s.run("-d out3 src --helpers=file --helpers-file plain").code == 0);  // plain.js is no clash
    spit(s.dir / "src/rt.cjs", "module.exports = 1;\n");
    CHECK(s.run("-d out4 src --helpers=file --helpers-file rt").code == 2);
    CHECK_FALSE(fs::exists(s.dir / "out4"));
    CHECK(s.run("src/main.cjs --helpers=file").code == 2);  // needs -d
    CHECK(s.run("-d out5 src --helpers=file --helpers-file a/b").code == 2);
  }

  TEST_CASE("--top-level-await: a CommonJS file behaves as the same program run natively as an ES module") {
    Scratch s;
    // No `this`, `arguments` or exports: those differ between the two module systems themselves.
    std::string program =
        "const log = (...a) => console.log(...a)\n"
        "log('start', typeof later)\n"
        "Promise.resolve().then(() => log('tick 1')).then(() => log('tick 2')).then(() => log('tick 3'))\n"
        "const v = await Promise.resolve(1)\n"
        "log('after', v)\n"
        "async function later() { await null; return 'later' }\n"
        "for await (const x of [Promise.resolve('a'), 'b']) log(x)\n"
        "log(await later())\n"
        "try { await Promise.reject(new Error('caught')) } catch (e) { log(e.message) }\n"
        "await Promise.reject(new Error('uncaught'))\n";
    spit(s.dir / "native.mjs", program);
    spit(s.dir / "p.js", program);
    CHECK(s.run("p.js").code == 1);  // refused without the flag
    CHECK(s.run("--top-level-await p.js -o out.js").code == 0);
    spit(s.dir / "m.mjs", "export {};\n" + program);
    CHECK(s.run("--top-level-await m.mjs").code == 1);  // ES modules: still refused
    auto node = [&](const char* file) {
      std::string cmd = "cd '" + s.dir.string() + "' && node " + file + " > .node 2>/dev/null; echo \"exit $?\" >> .node";
      CHECK(std::system(cmd.c_str()) == 0);
      std::string out = slurp(s.dir / ".node");
      fs::remove(s.dir / ".node");
      return out;
    };
    std::string native = node("native.mjs");
    CHECK(native.find("uncaught") == std::string::npos);
    CHECK(native.ends_with("caught\nexit 1\n"));
    CHECK(node("out.js") == native);
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
