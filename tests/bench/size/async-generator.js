// An async generator with yield*, return()/throw() and queued next() calls.
async function* numbers(limit) {
  try {
    for (let i = 0; i < limit; i++) {
      await null;
      yield i;
    }
  } finally {
    console.log("numbers closed");
  }
}

async function* pipeline(source) {
  yield "start";
  const inner = yield* source;
  yield "inner returned " + inner;
  try {
    yield "waiting";
  } catch (error) {
    console.log("caught", error.message);
    yield "recovered";
  }
  return "done";
}

async function main() {
  const gen = pipeline(numbers(3));
  // Queued calls: all three are requested before the first settles.
  const first = await Promise.all([gen.next(), gen.next(), gen.next()]);
  console.log(first.map((r) => r.value).join(","));
  for await (const value of pipeline(numbers(2))) {
    console.log("loop", value);
    if (value === "waiting") break;
  }
  const other = pipeline(numbers(1));
  await other.next();
  console.log(await other.throw(new Error("boom")).catch((e) => "threw " + e.message));
  const closing = pipeline(numbers(5));
  await closing.next();
  await closing.next();
  console.log(JSON.stringify(await closing.return("early")));
}

main();
