// Finding: `super.x ??= v` (also ||=, &&=) as a statement on the line after one without a
// semicolon. The rewrite starts with `(` (`(__async_super_get("x") ?? __async_super_set(...))`),
// so the line before becomes a call: no ASI guard (a leading `;`) as for other rewrites.
// native:     a / set 5
// transpiled: a / set 5 / TypeError: console.log(...) is not a function (the set runs as the argument)
class B { get x() { return 0; } set x(v) { console.log("set", v); } }
class D extends B {
  async m() {
    console.log("a")
    super.x ||= 5
  }
}
new D().m().catch((e) => console.log(e.name + ": " + e.message));
