// Hermes 0.12 words the errors it throws itself differently from V8.
// Node: "Cannot read properties of null (reading 'x')" / "missing is not defined" / "f is not a function" /
// "f is not a constructor"; Hermes: "Cannot read property 'x' of null" / "Property 'missing' doesn't exist" /
// "undefined is not a function" / "Function is not a constructor".
var messages = [];
try { null.x; } catch (e) { messages.push(e.message); }
try { missing; } catch (e) { messages.push(e.message); }
try { var f; f(); } catch (e) { messages.push(e.message); }
try { f = () => 0; new f(); } catch (e) { messages.push(e.message); }
console.log(messages.join(" | "));
