// title: Async generators and for await
async function* countdown(n) {
  while (n > 0) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    yield n--;
  }
  return "liftoff";
}
async function main() {
  for await (const n of countdown(3)) console.log(n);
  const it = countdown(1);
  console.log(await it.next(), await it.next());
}
main().then(() => console.log("done"));
