// Rhino 1.7.14: anonymous functions get no name from the property or variable they are assigned to.
// Node: m v; Rhino: "" "" (printed as an empty field).
var o = { m: function () {} };
var v = function () {};
console.log(JSON.stringify(o.m.name), JSON.stringify(v.name));
