// Hermes 0.12: a function expression under a computed key gets no name (ECMA-262: the key, through
// SetFunctionName). Node prints ["x","[s]"]. (Without --assume plain-functions the runtime names
// such functions itself.)
var k = "x";
var s = Symbol("s");
var o = { [k]: function () {}, [s]: function () {} };
console.log(JSON.stringify([o[k].name, o[s].name]));
