// Finding: a multi-line comment counts as a line terminator, so after `async /* ...\n... */` there
// is no async function: `async [no LineTerminator here] function` / `async [no LineTerminator
// here] x => ...` fail, and ASI makes `async` a plain expression. async2gen only looks for a
// literal line break after `async` and lowers both as async anyway (a plain `async\n` is fine).
// native:     string plain / string
// transpiled: object Promise { 'plain' } / function
var async = "a variable";
async /*
*/ function g() { return "plain"; }
console.log(typeof g(), g());
var h = async /*
*/ x => x;
console.log(typeof h);
