// Finding: a (sloppy) async function with a parameter named `arguments`. The outer function hands
// `arguments` to the helper, but there that name is the parameter (5), not the arguments object,
// so Reflect.apply throws and the call rejects.
// native:     f 5
// transpiled: f err CreateListFromArrayLike called on non-object
async function f(arguments) { return arguments; }
f(5).then((v) => console.log("f", v), (e) => console.log("f err", e.message));
