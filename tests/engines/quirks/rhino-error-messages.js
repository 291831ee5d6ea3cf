// Rhino 1.7.14 words the errors it throws itself differently from V8.
// Node: "Cannot read properties of null (reading 'x')" / "missing is not defined";
// Rhino: 'Cannot read property "x" from null' / '"missing" is not defined.'.
var messages = [];
try { null.x; } catch (e) { messages.push(e.message); }
try { missing; } catch (e) { messages.push(e.message); }
console.log(messages.join(" | "));
