// title: this, arguments, methods and arrows
class Counter {
  constructor() { this.n = 0; }
  async add(k) {
    await null;
    this.n += k;
    return this.n;
  }
  static async make() {
    const c = new this();
    await c.add(2);
    return c;
  }
}
const o = {
  name: "o",
  async who() {
    const arrow = async () => this.name + " got " + arguments.length + " arguments";
    return arrow();
  },
};
Counter.make().then((c) => console.log("n =", c.n));
o.who(1, 2, 3).then((v) => console.log(v));
console.log(o.who.name, o.who.length, Object.prototype.toString.call(o.who));
