// Hermes 0.12: no temporal dead zone (-Xenable-tdz is "unsupported"): reading a let / const binding, or a
// later parameter in a default value, before its initialisation gives undefined.
// Node: ReferenceError ReferenceError ReferenceError; Hermes: undefined undefined undefined.
function early() { try { return typeof x; } catch (e) { return e.name; } let x = 1; }
function inInitializer() { try { const y = y; return typeof y; } catch (e) { return e.name; } }
function laterParameter(a = b, b) { return typeof a; }
var p;
try { p = laterParameter(undefined, 1); } catch (e) { p = e.name; }
console.log(early(), inInitializer(), p);
