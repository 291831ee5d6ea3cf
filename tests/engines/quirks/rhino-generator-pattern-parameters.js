// Rhino 1.7.14, compiling to JVM classes (its default): a generator function (here an expression) with a
// destructuring parameter reads the wrong argument there: an array pattern throws a TypeError ("Cannot read
// property "1" from undefined"), an object pattern gives undefined. The interpreter (-opt -1) is right.
// async2gen lowers an async function or arrow with such parameters to such a generator.
// Node: 3 3; Rhino: TypeError undefined.
var a, o;
try {
  a = (function* (x, [y, z]) { return z; })(1, [2, 3]).next().value;
} catch (e) {
  a = e.name;
}
o = (function* (x, { y }) { return y; })(1, { y: 3 }).next().value;
console.log(a, o);
