// title: Microtask order: await against then
async function a() {
  console.log("a1");
  await null;
  console.log("a2");
  await null;
  console.log("a3");
}
async function b() {
  console.log("b1");
  await undefined;
  console.log("b2");
  return "b";
}
Promise.resolve()
  .then(() => console.log("then 1"))
  .then(() => console.log("then 2"))
  .then(() => console.log("then 3"));
a();
b().then((v) => console.log("b resolved", v));
queueMicrotask(() => console.log("microtask"));
console.log("sync end");
