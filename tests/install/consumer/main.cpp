// Uses the installed async2gen: a transform with a source map, a diagnostic, the runtime module.
#include <async2gen/async2gen.hpp>

#include <iostream>

int main() {
  async2gen::Options options;
  options.filename = "in.js";
  options.source_maps = async2gen::SourceMaps::separate;
  async2gen::Result ok = async2gen::transpile("async function f() { return await 1; }\n", options);
  if (!ok.ok() || ok.code.find("function* f()") == std::string::npos || ok.map.find("\"mappings\"") == std::string::npos) {
    std::cerr << "consumer: unexpected output\n" << ok.code << ok.map << '\n';
    return 1;
  }
  async2gen::Result bad = async2gen::transpile("let x;\nasync function g() { await; }\n", options);
  if (bad.ok()) return 1;
  const async2gen::Diagnostic& d = bad.diagnostics.at(0);
  std::cout << "version " << async2gen::version() << '\n'
            << "code: " << ok.code.substr(0, ok.code.find('\n')) << '\n'
            << "diagnostic: " << d.file << ':' << d.line << ':' << d.column << ": " << d.message << '\n'
            << "runtime: " << async2gen::runtime_module(async2gen::RuntimeKind::esm).size() << " bytes\n";
  return 0;
}
