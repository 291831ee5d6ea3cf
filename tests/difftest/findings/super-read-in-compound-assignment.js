// Finding: a super property read that is the whole right side of a compound assignment
// (`a += super.x`, `a ||= super.x`, `this.n += super["x"]`, `super.x += super.n`) in an async
// method is refused, although none of these is in the README's list of refused super forms
// (`super.x++`, `super[k] += v`, `delete super.x`, super in destructuring targets). Accepted:
// `a = a + super.x`, `a += [super.x]`, `a += (0, super.x)`, `a += super.m()`, and all of them
// in a plain method. (It looks as if the check for `super.x op= v` looks at the parent node only,
// not at which side super is on.)
// native:     2 1Bx Bx
// transpiled: async2gen exits 1: "this use of super inside an async function is not supported yet"
class B { get x() { return "Bx"; } }
class D extends B {
  async m() {
    let a = 1;
    a += super.x;
    this.n ||= super.x;
    return [await 2, a, this.n];
  }
}
new D().m().then((v) => console.log(...v));
