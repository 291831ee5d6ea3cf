// Lowering of `arguments` and `new.target` inside async arrows: they name the enclosing
// function's, which the outermost async arrow captured in its outer body.
#include <string>

#include "core/lower.hpp"
#include "core/parse.hpp"

namespace a2g {

// arguments[0]      => __async_arguments[0]
// { arguments }     => { arguments: __async_arguments }
// new.target        => __async_new_target
void lower_capture(const CaptureUse& c, LowerContext& cx) {
  const std::string& name = c.what == Capture::arguments ? cx.names.arguments : cx.names.new_target;
  cx.edits.replace(node_begin(c.node), node_end(c.node), c.shorthand ? "arguments: " + name : name);
}

}  // namespace a2g
