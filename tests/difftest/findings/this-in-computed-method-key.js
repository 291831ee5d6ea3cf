// Finding: `this` in the computed key of a method or of a class field, written inside an async
// arrow, is the arrow's `this`; async2gen counts it as the method's (field's) own `this`, so the
// arrow does not pass `this` on and the key reads undefined. (A plain property key works.)
// native:     [ 'hello' ] / [ 'hey' ]
// transpiled: [ 'undefined' ] / [ 'undefined' ]
const o = { k: "hello", f() { return (async () => Object.keys({ [this.k]() {} }))(); } };
o.f().then(console.log);
const p = { k: "hey", f() { return (async () => Object.keys(class { static [this.k] = 1; }))(); } };
p.f().then(console.log);
