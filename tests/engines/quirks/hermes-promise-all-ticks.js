// Hermes 0.12 (its Promise library): Promise.all takes the value of an already fulfilled promise at once,
// without a then job, so it settles ticks earlier than in node (the tick counter shows it); Promise.race
// too. async2gen's output awaiting Promise.all(...) then logs before other callbacks queued earlier.
// Node: t1 t2 all race t3; Hermes: t1 all t2 race t3.
var out = [];
var p = Promise.resolve(1);
Promise.resolve().then(() => out.push("t1")).then(() => out.push("t2")).then(() => out.push("t3"));
Promise.all([p, 2]).then(() => out.push("all"));
Promise.race([p]).then(() => out.push("race"));
setTimeout(() => console.log(out.join(" ")), 0);
