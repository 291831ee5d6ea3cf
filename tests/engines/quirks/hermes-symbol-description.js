// Hermes 0.12: a symbol made without a description has the description "" (ECMA-262: undefined), so a
// function keyed by Symbol() and one keyed by Symbol("") get the same name.
// Node: undefined "" / "" "[]"; Hermes: "" "" / "" "".
var o = { [Symbol()]: function () {}, [Symbol("")]: function () {} };
var names = Object.getOwnPropertySymbols(o).map(function (k) { return JSON.stringify(o[k].name); });
console.log(String(Symbol().description === undefined ? "undefined" : JSON.stringify(Symbol().description)),
  JSON.stringify(Symbol("").description), "/", names.join(" "));
