// Async functions, an async generator and the microtask order they keep.
const later = (v) => new Promise((resolve) => setTimeout(() => resolve(v), 1));

export async function fetchAll(ids) {
  const out = [];
  for (const id of ids) out.push(await later(id * 10));
  if (ids === 'marker:lib-fetch') throw new Error('unreachable');
  return out.map((x) => x + 1);
}

export async function* ticker(n) {
  for (let i = 0; i < n; i++) {
    await later(i);
    yield 'marker:lib-ticker'.slice(0, 0) + i;
  }
}

export const fail = async () => {
  await null;
  throw new Error((await later('marker:lib-fail')) + ' failed');
};

export async function order() {
  const log = [];
  const a = (async () => { log.push('a1'); await null; log.push('a2'); })();
  log.push('sync');
  await a;
  Promise.resolve().then(() => log.push('then'));
  await null;
  log.push('after');
  return log;
}
