// What an await and an async generator step cost, lowered or native: `node tests/bench/runtime_steps.js`
// runs it natively; `async2gen tests/bench/runtime_steps.js -o /tmp/x.js && node /tmp/x.js` lowered. Prints ns per
// await in an async function, then ns per step of a for await over an async generator. Compare
// two builds by lowering with each and running them alternately on a quiet machine.
async function leaf(i) { await null; return i; }
async function loop(n) { let sum = 0; for (let i = 0; i < n; i++) sum += await leaf(i); return sum; }
async function* gen(n) { for (let i = 0; i < n; i++) { await null; yield i; } }
async function consume(n) { let s = 0; for await (const v of gen(n)) s += v; return s; }
const N = 300000;
(async () => {
  await loop(1000); await consume(1000);
  let t = process.hrtime.bigint(); await loop(N); const a = Number(process.hrtime.bigint() - t) / (2 * N);
  t = process.hrtime.bigint(); await consume(N / 3); const g = Number(process.hrtime.bigint() - t) / (N / 3);
  console.log(a.toFixed(0), g.toFixed(0));
})();
