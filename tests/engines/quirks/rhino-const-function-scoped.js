// Rhino 1.7.14: `const` is one binding for the whole function, initialised once: a const declared in a loop
// body keeps its first value, is visible after its block, and assigning to it is silently ignored; two
// blocks of one function that declare the same name with const (or const and let) do not compile.
// Node: 0,1,2 undefined TypeError compiles; Rhino: 0,0,0 number no error TypeError: redeclaration of const z.
var values = [];
for (var i = 0; i < 3; i++) { const c = i; values.push(c); }
function outside() { { const d = 1; } return typeof d; }
function assign() { const e = 1; try { e = 2; return "no error"; } catch (err) { return err.name; } }
function twoBlocks() {
  try { Function("{ const z = 1; } { const z = 2; }"); return "compiles"; } catch (err) { return err.name + ": " + err.message; }
}
console.log(values.join(), outside(), assign(), twoBlocks());
