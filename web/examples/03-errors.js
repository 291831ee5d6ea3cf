// title: Errors, rejections and finally
async function risky(n) {
  if (n > 1) throw new RangeError("too big: " + n);
  return n * 10;
}
async function run() {
  for (const n of [1, 2]) {
    try {
      console.log("ok", await risky(n));
    } catch (e) {
      console.log("caught", e.name, e.message);
    } finally {
      console.log("finally", n);
    }
  }
  return "run done";
}
run().then((v) => console.log(v));
const p = risky(5);
console.log("risky(5) gave a promise:", p instanceof Promise);
p.catch((e) => console.log("late catch", e.message));
