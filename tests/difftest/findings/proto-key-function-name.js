// Finding: `__proto__: value` in an object literal sets the prototype and is no property
// definition, so the anonymous function gets no name (""). async2gen infers the name "__proto__"
// (it turns the expression into the method `({ __proto__() {...} }).__proto__`).
// A computed ["__proto__"] key does name it "__proto__", natively too.
// native:     ""
// transpiled: "__proto__"
const o = { __proto__: async function () {} };
console.log(JSON.stringify(Object.getPrototypeOf(o).name));
