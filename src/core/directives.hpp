// The directive prologue (§11.2.1) of a program or function body: the string-literal
// statements it starts with. One scan, used for strictness and for where inserted statements go.
#pragma once
#include <tree_sitter/api.h>

#include <string_view>

namespace a2g {

struct DirectivePrologue {
  TSNode last{};                 // the last directive statement; null when there is none
  bool last_has_semicolon = true;
  bool use_strict = false;       // one of the directives is "use strict" / 'use strict'
};

// `statements`: a program or a statement_block. Comments and a hashbang line are skipped.
DirectivePrologue directive_prologue(TSNode statements, std::string_view src);

}  // namespace a2g
