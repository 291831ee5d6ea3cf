// prelude.js - the one environment every engine run gets, node's reference run included.
//
// Evaluated as its own script in a fresh global before the case (so a "use strict" of the case stays a
// directive). ES5 only, so that every engine compiles it. It needs a host object, __a2g_host, put on the
// global by the engine's glue (run_engines.mjs for node, rhino_driver.js, hermes_host.js):
//   write(stream, text)  stream "out" or "err"; ignored once the run has stopped
//   post(fn)             run fn as the next macrotask (first in, first out; microtasks drain in between)
//   fail(error)          an uncaught error or unhandled rejection: recorded (the first one) and the run stops
//   stopped()            true once fail was called
// and gives it back describe(value), the one formatter of errors for the report ("Name: message").
//
// What the case sees:
//   console.log/info (stdout), console.error/warn (stderr), formatted by fmt below (not util.inspect);
//   setTimeout/clearTimeout/setInterval/clearInterval on a virtual clock: timers fire in the order of their
//     due time (delay < 1 counts as 1, as in node), then of creation; each timer is its own macrotask;
//   queueMicrotask where the engine has none (one promise job, as the native one);
//   an error thrown by a timer or a microtask callback ends the run like an uncaught exception in node.
(function (global) {
  var host = global.__a2g_host;
  delete global.__a2g_host;

  // ------------------------------------------------------------ formatting
  function isError(v) {
    return v instanceof Error || Object.prototype.toString.call(v) === "[object Error]";
  }
  function quote(s) {
    return "'" + s.replace(/[\\']/g, "\\$&").replace(/\n/g, "\\n").replace(/\r/g, "\\r") + "'";
  }
  function describe(v) {
    if (v !== null && typeof v === "object" && isError(v)) {
      var name = v.name === undefined ? "Error" : String(v.name);
      var message = v.message === undefined ? "" : String(v.message);
      return message === "" ? name : name + ": " + message;
    }
    return fmt(v, 0, []);
  }
  function constructorName(v) {
    var proto = Object.getPrototypeOf(v);
    if (proto === null) return "[Object: null prototype] ";
    var ctor = proto.constructor;
    var name = typeof ctor === "function" ? ctor.name : "";
    return !name || name === "Object" ? "" : name + " ";
  }
  function fmt(v, depth, seen) {
    switch (typeof v) {
      case "string": return depth === 0 ? v : quote(v);
      case "number": return v === 0 && 1 / v < 0 ? "-0" : String(v);
      case "bigint": return String(v) + "n";
      case "symbol": return v.toString();
      case "function": return "[Function: " + (v.name || "(anonymous)") + "]";
      case "object": break;
      default: return String(v);
    }
    if (v === null) return "null";
    if (isError(v)) return "[" + describe(v) + "]";
    if (seen.indexOf(v) >= 0) return "[Circular]";
    if (typeof Promise === "function" && v instanceof Promise) return "Promise {}";
    if (depth > 2) return Array.isArray(v) ? "[Array]" : "[Object]";
    seen.push(v);
    var parts = [];
    var i;
    if (Array.isArray(v)) {
      for (i = 0; i < v.length; i++) parts.push(i in v ? fmt(v[i], depth + 1, seen) : "<empty>");
    } else if (typeof Map === "function" && v instanceof Map) {
      v.forEach(function (value, key) { parts.push(fmt(key, depth + 1, seen) + " => " + fmt(value, depth + 1, seen)); });
    } else if (typeof Set === "function" && v instanceof Set) {
      v.forEach(function (value) { parts.push(fmt(value, depth + 1, seen)); });
    }
    var keys = Object.keys(v);
    for (i = 0; i < keys.length; i++) {
      if (Array.isArray(v) && /^(0|[1-9][0-9]*)$/.test(keys[i])) continue;
      var key = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(keys[i]) ? keys[i] : quote(keys[i]);
      parts.push(key + ": " + fmt(v[keys[i]], depth + 1, seen));
    }
    seen.pop();
    var open = Array.isArray(v) ? "[" : "{";
    var close = Array.isArray(v) ? "]" : "}";
    var prefix = Array.isArray(v) ? "" : constructorName(v);
    if (parts.length === 0) return prefix + open + close;
    return prefix + open + " " + parts.join(", ") + " " + close;
  }
  function line(args) {
    var parts = [];
    for (var i = 0; i < args.length; i++) parts.push(fmt(args[i], 0, []));
    return parts.join(" ");
  }
  function writer(stream) {
    return function () { host.write(stream, line(arguments)); };
  }
  host.describe = describe;
  global.console = { log: writer("out"), info: writer("out"), error: writer("err"), warn: writer("err") };

  // ------------------------------------------------------------ timers on a virtual clock
  var now = 0;
  var lastId = 0;
  var timers = []; // pending, sorted by (due, id)
  function insert(timer) {
    var i = timers.length;
    while (i > 0 && timers[i - 1].due > timer.due) i--;
    timers.splice(i, 0, timer);
    host.post(fire);
  }
  // One macrotask per timer: each fires the earliest pending one (a cleared timer leaves a spare task).
  function fire() {
    if (host.stopped() || timers.length === 0) return;
    var timer = timers.shift();
    if (timer.due > now) now = timer.due;
    if (timer.repeat) {
      timer.due = now + timer.delay;
      insert(timer);
    }
    try {
      timer.fn.apply(undefined, timer.args);
    } catch (error) {
      host.fail(error);
    }
  }
  function schedule(fn, delay, args, repeat) {
    if (typeof fn !== "function") throw new TypeError("The \"callback\" argument must be of type function");
    delay = Number(delay);
    if (!(delay >= 1 && delay <= 2147483647)) delay = 1;
    var timer = { id: ++lastId, due: now + delay, delay: delay, fn: fn, args: args, repeat: repeat };
    insert(timer);
    return timer.id;
  }
  function clear(id) {
    for (var i = 0; i < timers.length; i++) {
      if (timers[i].id === id) {
        timers.splice(i, 1);
        return;
      }
    }
  }
  global.setTimeout = function (fn, delay) {
    return schedule(fn, delay, Array.prototype.slice.call(arguments, 2), false);
  };
  global.setInterval = function (fn, delay) {
    return schedule(fn, delay, Array.prototype.slice.call(arguments, 2), true);
  };
  global.clearTimeout = clear;
  global.clearInterval = clear;

  // ------------------------------------------------------------ microtasks
  if (typeof global.queueMicrotask !== "function") {
    var resolved = Promise.resolve();
    var then = Promise.prototype.then;
    global.queueMicrotask = function (fn) {
      if (typeof fn !== "function") throw new TypeError("The \"callback\" argument must be of type function");
      then.call(resolved, function () {
        try {
          fn();
        } catch (error) {
          host.fail(error);
        }
      });
    };
  }
})(this);
