async function probe(x) {
  for await (const y of x) await y;
}
export { probe };
