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
    // arguments = v   => __async_super_ref(__async_arguments, __async_arguments_set, 0).value = v
    const std::string& get = cx.names.arguments;
    std::string value =
        c.target ? cx.js.call(Helper::super_ref, {get, cx.names.arguments_set, js::number(0)}) + ".value" : get + "()";
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
