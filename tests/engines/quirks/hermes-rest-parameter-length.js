// Hermes 0.12: a function's `length` counts its rest parameter. Node: 1 1 1 0 2; Hermes: 2 2 2 1 3.
console.log(
  (function (a, ...r) {}).length,
  ((a, ...r) => 0).length,
  ({ m(a, ...r) {} }).m.length,
  ((...r) => 0).length,
  (function (a, b, ...[c, d]) {}).length);
