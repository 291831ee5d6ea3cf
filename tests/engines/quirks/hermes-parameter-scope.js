// Hermes 0.12: parameters with default values share one scope with the body's `var`s (ECMA-262 gives the
// body its own variable environment when there are parameter expressions): a closure in a default sees the
// body's `var a`. Node: 1 / 2,1; Hermes: 20 / 2,2.
function shadowed(a = 1, getA = () => a) { var a = 20; return getA(); }
function assigned(a = 1, getA = () => a) { a = 2; var a; return [a, getA()].join(); }
console.log(shadowed(), assigned());
