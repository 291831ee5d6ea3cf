// Hermes 0.12: the arguments object of a sloppy function is not mapped to its parameters.
// Node: changed / changed; Hermes: orig / orig.
function viaArguments(a) { arguments[0] = "changed"; return a; }
function viaParameter(a) { a = "changed"; return arguments[0]; }
console.log(viaArguments("orig"), viaParameter("orig"));
