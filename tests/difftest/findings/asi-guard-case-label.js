// Finding: a line break between `case 1:` and a statement that starts with `await` makes the
// output `case 1;:` (a `;` guard inserted after the case test instead of nowhere): SyntaxError.
// native:     one
// transpiled: SyntaxError: Unexpected token ';'
async function f(x) {
  switch (x) {
    case 1:
      await null;
      return "one";
  }
}
f(1).then(console.log);
