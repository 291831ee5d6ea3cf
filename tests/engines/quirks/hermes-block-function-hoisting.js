// Hermes 0.12: a function declared in a block of sloppy code is a function-wide binding from the start
// (node, per Annex B.3.3, gives the var binding the function only when the block runs).
// Node: undefined undefined; Hermes: function function.
function f() {
  var before = typeof inBlock;
  { function inBlock() {} }
  return before;
}
function g() {
  if (false) { function inIf() {} }
  return typeof inIf;
}
console.log(f(), g());
