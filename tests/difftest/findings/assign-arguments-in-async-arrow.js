// Finding: in sloppy code, an async arrow may assign to `arguments`, which is the enclosing
// function's binding. The lowered arrow captured it in a `const` (assignment throws), and a
// shorthand destructuring target `({ arguments } = ...)` is not renamed at all (it assigns the
// generator's own `arguments`, while reads see the captured one).
// native:     [9,9] / [7,7]
// transpiled: "Assignment to constant variable." / [1,1]
function f() {
  const g = async () => { arguments = [9]; return arguments[0]; };
  return g().then((v) => [v, arguments[0]], (e) => e.message);
}
f(1).then((v) => console.log(JSON.stringify(v)));
function h() {
  const g = async () => { ({ arguments } = { arguments: [7] }); return arguments[0]; };
  return g().then((v) => [v, arguments[0]], (e) => e.message);
}
h(1).then((v) => console.log(JSON.stringify(v)));
