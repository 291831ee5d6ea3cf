// Rhino 1.7.14: a generator function declared in a block is bound only when the declaration is
// reached, and stays a binding of the whole function after the block (node: block-scoped, bound
// from the start of the block).
// Node: function undefined; Rhino: undefined function.
var inside;
{
  inside = typeof g;
  function* g() {}
}
console.log(inside, typeof g);
