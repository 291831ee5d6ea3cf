// Lowering of `arguments`, `new.target` (and, in derived constructors, `this`) inside async
// arrows: they name the enclosing function's, which the outermost async arrow captured in its
// outer body.
#include <string>

#include "core/lower.hpp"
#include "core/parse.hpp"

namespace a2g {

// arguments[0]      => __async_arguments[0]
// { arguments }     => { arguments: __async_arguments }
// new.target        => __async_new_target
// var yield = 1     => var __async_yield = 1   (sloppy code; everywhere in the file)
// this              => __async_this()          (async arrows in derived constructors)
void lower_capture(const CaptureUse& c, LowerContext& cx) {
  if (c.live) {
    // arguments       => __async_arguments()
    // arguments = v   => __async_arguments_ref.value = v
    // (a reference made once: Rhino's compiler fails on a call in a destructuring target, `[f().x] = a`)
    std::string value = c.target ? cx.names.arguments_ref + ".value" : cx.names.arguments + "()";
    cx.edits.replace(node_begin(c.node), node_end(c.node), c.shorthand ? "arguments: " + value : value);
    return;
  }
  const std::string name = c.what == Capture::arguments    ? cx.names.arguments
                           : c.what == Capture::new_target ? cx.names.new_target
                           : c.what == Capture::this_value ? cx.names.this_value + "()"
                                                           : cx.names.yield_name;
  std::string original(node_text(c.node, cx.src));
  cx.edits.replace(node_begin(c.node), node_end(c.node), c.shorthand ? original + ": " + name : name);
}

}  // namespace a2g
