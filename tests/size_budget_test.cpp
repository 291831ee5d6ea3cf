// Output size budgets: what the transpiler adds to the inputs of tests/bench/size (output bytes
// minus input bytes, unminified, runtime inline), run as `async2gen FILE` in place, as
// tests/bench/size.mjs does. A change that makes the added code grow past its budget fails here;
// a change that makes it shrink should lower the budget (the numbers say where it stood).
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The bytes `async2gen [FLAGS] FILE` adds to FILE.
long added_bytes(const std::string& name, const std::string& flags = "") {
  fs::path input = fs::path(A2G_BENCH_SIZE_DIR) / name;
  fs::path output = fs::temp_directory_path() / ("a2g-size-" + std::to_string(::getpid()) + ".js");
  std::string cmd = "'" A2G_BINARY "' " + flags + " '" + input.string() + "' > '" + output.string() + "'";
  int status = std::system(cmd.c_str());
  REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  long added = static_cast<long>(slurp(output).size()) - static_cast<long>(slurp(input).size());
  fs::remove(output);
  return added;
}

}  // namespace

TEST_SUITE("size") {
  TEST_CASE("one exported async function: the added code stays within its budget") {
    long added = added_bytes("one-function.js");
    MESSAGE("added ", added, " bytes");
    CHECK(added > 1000);  // the runtime is there
    CHECK(added <= 4130);  // recorded: 4099 (4064 before the method maker named its handover after the method: a function named `c` called itself on Rhino; 4248 before the captured call/apply and var entry points, 4522 before the compaction of issue 19: define flags, method maker, --promise=global lines only with it)
  }

  TEST_CASE("one exported async function, --assume plain-functions: the added code stays within its budget") {
    long added = added_bytes("one-function.js", "--assume plain-functions");
    MESSAGE("added ", added, " bytes");
    CHECK(added > 800);  // the capture and the driver are there
    CHECK(added <= 1540);  // recorded: 1506 (the sections capture and run only; 1518 with the new.target handover)
  }

  TEST_CASE("an async generator program: the added code stays within its budget") {
    long added = added_bytes("async-generator.js");
    MESSAGE("added ", added, " bytes");
    CHECK(added > 5000);
    CHECK(added <= 15930);  // recorded: 15905 (15871 before the undefined check of a block declaration not reached yet on Rhino); (16084 before issue 19's compaction of the request queue's drain and the inner iterator's methods; 16051 before the same method maker fix; main's for await change: +246; 16809 before the captured call/apply and hashless module cache names, 17487 before the compaction of issue 19)
  }
}
