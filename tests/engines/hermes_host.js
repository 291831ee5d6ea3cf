// hermes_host.js - the host interface of prelude.js on Hermes (hermes.mjs puts this file, the prelude and
// a call __a2g_run([...sources]) into one script and runs it with `hermes -Xes6-promise -Xmicrotask-queue`).
//
// Output goes to standard output, one line per event: "@@A2G " + JSON (ASCII only) of
//   { out: text } | { err: text } | { uncaught: "Name: message" } | { state: "timeout" } | { note: text }
// Macrotasks: Hermes' own setTimeout(fn, 0), which runs callbacks first in, first out (it ignores delays;
// the prelude's virtual clock orders the timers) and drains the microtasks after each.
// The case's sources run through indirect eval, each as a global script of its own (see README: a strict
// case's top-level declarations then stay in its eval scope).
// Unhandled rejections: Hermes' promise library reports them through HermesInternal.enablePromiseRejectionTracker,
// from a setTimeout it starts when a promise is rejected without a handler (and clears when one is added).
// That timer is taken out of the task queue here and checked at the start of the next macrotask, i.e.
// once the microtasks of the current one have drained: node's moment.
(function (global) {
  var MAX_TASKS = 100000;
  var hostSetTimeout = global.setTimeout;
  var stopped = false;
  var tasks = 0;

  function emit(record) {
    print("@@A2G " + JSON.stringify(record).replace(/[\u007f-\uffff]/g, function (c) {
      return "\\u" + ("0000" + c.charCodeAt(0).toString(16)).slice(-4);
    }));
  }

  // ------------------------------------------------------------ unhandled rejections
  var checks = [];
  var lastCheck = 0;
  var checkPosted = false;
  function addCheck(fn) {
    var check = { id: ++lastCheck, fn: fn };
    checks.push(check);
    if (!checkPosted) {
      checkPosted = true;
      hostSetTimeout(function () {
        checkPosted = false;
        runChecks();
      }, 0);
    }
    return check.id;
  }
  function removeCheck(id) {
    for (var i = 0; i < checks.length; i++) {
      if (checks[i].id === id) checks.splice(i, 1);
    }
  }
  function runChecks() {
    var due = checks;
    checks = [];
    for (var i = 0; i < due.length; i++) due[i].fn();
  }
  // Promise._m / Promise._l are the library's onReject / onHandle hooks (minified names of Hermes 0.12,
  // which the tracker installs): while they run, setTimeout / clearTimeout are the check queue's.
  function trackerTimers(hook) {
    return function () {
      var savedSet = global.setTimeout;
      var savedClear = global.clearTimeout;
      global.setTimeout = addCheck;
      global.clearTimeout = removeCheck;
      try {
        return hook.apply(this, arguments);
      } finally {
        global.setTimeout = savedSet;
        global.clearTimeout = savedClear;
      }
    };
  }
  HermesInternal.enablePromiseRejectionTracker({
    allRejections: true,
    onUnhandled: function (id, error) { host.fail(error); },
    onHandled: function () {},
  });
  if (typeof Promise._m === "function" && typeof Promise._l === "function") {
    Promise._m = trackerTimers(Promise._m);
    Promise._l = trackerTimers(Promise._l);
  } else {
    emit({ note: "unhandled rejections cannot be observed (no Promise._m / Promise._l hooks)" });
  }

  // ------------------------------------------------------------ the host of prelude.js
  var host = {
    write: function (stream, text) {
      if (stopped) return;
      emit(stream === "err" ? { err: String(text) } : { out: String(text) });
    },
    post: function (fn) {
      if (++tasks > MAX_TASKS) {
        if (!stopped) emit({ state: "timeout" });
        stopped = true;
        return;
      }
      hostSetTimeout(function () {
        runChecks();
        try {
          fn();
        } catch (error) {
          host.fail(error);
        }
      }, 0);
    },
    fail: function (error) {
      if (stopped) return;
      stopped = true;
      emit({ uncaught: typeof host.describe === "function" ? host.describe(error) : String(error) });
    },
    stopped: function () { return stopped; },
  };
  global.__a2g_host = host;

  global.__a2g_run = function (sources) {
    delete global.__a2g_run;
    for (var i = 0; i < sources.length && !stopped; i++) {
      try {
        (0, eval)(sources[i]);
      } catch (error) {
        host.fail(error);
      }
    }
  };
})(this);
