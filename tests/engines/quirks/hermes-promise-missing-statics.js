// Hermes 0.12: no Promise.allSettled, Promise.any, AggregateError. Node: function function function.
console.log(typeof Promise.allSettled, typeof Promise.any, typeof AggregateError);
