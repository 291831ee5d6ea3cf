// Finding: `new f()` on a lowered async function *declaration* throws a TypeError with another
// message ("async functions are not constructors" instead of "f is not a constructor"; function
// expressions, methods and arrows already match). Related (the documented gap, issue #3: a
// declaration stays a plain function): in sloppy code it also has own `arguments` and `caller`
// properties, and Reflect.construct / `class extends f` accept it.
// native:     TypeError: f is not a constructor / length,name
// transpiled: TypeError: async functions are not constructors / length,name,arguments,caller,prototype
async function f() {}
try { new f(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Object.getOwnPropertyNames(f).join());
