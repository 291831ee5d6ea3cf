// Stage 4 of the pipeline: the facts lowered, one construct at a time (lower_*.cpp, see lower.hpp),
// into the one edit list, with what the file must start and end with and the helpers it calls.
#pragma once
#include <string>
#include <string_view>

#include "core/analyze.hpp"
#include "core/edit.hpp"
#include "core/emit.hpp"
#include "core/names.hpp"

namespace a2g {

struct LoweredFile {
  explicit LoweredFile(const std::string& prefix) : js(prefix) {}
  EditList edits;
  Emitter js;            // records the helpers the file calls
  std::string prologue;  // statements the file starts with (after its directives), each after a blank
  std::string epilogue;  // the statement it ends with (`});`: the program as an async body), or empty
};

// `module`: the file may be an ES module (see module_kind.hpp). `trace_awaits`: --async-stack-traces.
// `plain_functions`: --assume plain-functions (see LowerContext).
LoweredFile lower_file(std::string_view source, const Names& names, const Facts& facts, bool module,
                       bool trace_awaits = false, bool plain_functions = false);

}  // namespace a2g
