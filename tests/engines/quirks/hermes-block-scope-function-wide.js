// Hermes 0.12: a `let` / `const` declared in a block or a loop of a function shadows the outer binding
// of that name in the whole function, also before the block (where it reads undefined).
// Node: string string; Hermes: undefined undefined.
var target = "outer";
function inBlock() { var before = typeof target; { const target = 1; } return before; }
function inLoop() { var before = typeof target; for (const target of [1]) {} return before; }
console.log(inBlock(), inLoop());
