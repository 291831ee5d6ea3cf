// Finding (found by difftest seed 3126, variants by hand): the sloppy-mode `arguments.callee`
// fix-up writes `arguments.callee = <the async function>` at the start of the body, whatever
// `arguments` names there: a parameter (the caller's object is overwritten), a `let` (TDZ error),
// or a function declared in the body (gets a `callee` property).
// native:     f mine mine / g own / h undefined
// transpiled: f [Function: f] [Function: f] / g err Cannot access 'arguments' before initialization / h function
async function f(arguments) { return arguments.callee; }
const obj = { callee: "mine" };
f(obj).then((v) => console.log("f", v, obj.callee));
async function g() { let arguments = { callee: "own" }; return arguments.callee; }
g().then((v) => console.log("g", v), (e) => console.log("g err", e.message));
async function h() { function arguments() {} return typeof arguments.callee; }
h().then((v) => console.log("h", v));
