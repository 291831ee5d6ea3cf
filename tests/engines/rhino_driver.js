// rhino_driver.js - runs many cases in one Rhino JVM (started by rhino.mjs as
// `rhino -version 200 rhino_driver.js MANIFEST FIRST`).
//
// MANIFEST is a JSON file { prelude: PATH, optimization: N | null, items: [{ compile: PATH | null,
// run: [PATH, ...] }] }; items
// from index FIRST on are processed in order. For each item:
//   compile: the file is compiled, not run (Context.compileString); if that fails, the record says so
//     (the engine's first error: message, line, 1-based column, the line's text) and the item ends; the
//     column is where Rhino's tokenizer stood: the last character it read, often just after the culprit;
//   run: a fresh global (the shell's Global: print, load, ...), the prelude as one script, then each file as
//     a script of its own; then the macrotasks the prelude posts, one at a time, each followed by the
//     microtasks (Context.processMicrotasks) and a look at the unhandled rejection tracker (node's moment).
// First a line "@@A2G " + JSON of { version }, then one line per item on standard output: "@@A2G " + JSON
// (ASCII only) of
//   { index, compileError, lines, uncaught, syntaxError, state }.
// A case that never ends is the caller's to stop: it kills the JVM and starts another at the next item.
var Context = Packages.org.mozilla.javascript.Context;
var ScriptableObject = Packages.org.mozilla.javascript.ScriptableObject;
var Global = Packages.org.mozilla.javascript.tools.shell.Global;
var EvaluatorException = Packages.org.mozilla.javascript.EvaluatorException;
var ErrorReporter = Packages.org.mozilla.javascript.ErrorReporter;

var MAX_TASKS = 100000;
var cx = Context.getCurrentContext();
// The optimization level is the shell's default (0: compiled to JVM classes), as `rhino file.js` runs,
// unless the manifest names one (`optimization`, e.g. -1 for the interpreter, which has bugs of its own).
cx.setLanguageVersion(200);
cx.setTrackUnhandledPromiseRejections(true);
cx.getWrapFactory().setJavaPrimitiveWrap(false); // Java strings and numbers reach JS as primitives

// `rhino file.js` runs the file as a top call (ScriptRuntime.doTopCall), which sets the Context's
// isTopLevelStrict to the script's own strictness, and it stays so for the jobs and timers after it; Rhino
// then leaves the `arguments` of every function called unmapped. A script this driver evaluates is no top
// call (the driver's is), so that is done here, by reflection (the field is not public): the flag is the
// last script's strictness until the next item starts (resetTopLevelStrict), as `rhino file.js` runs it.
var topLevelStrict = cx.getClass().getDeclaredField("isTopLevelStrict");
topLevelStrict.setAccessible(true);
var STRICT_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(["'])use strict\1/;
function evaluateAsTopCall(scope, source, name) {
  topLevelStrict.setBoolean(cx, STRICT_DIRECTIVE.test(source));
  return cx.evaluateString(scope, source, name, 1, null);
}
function resetTopLevelStrict() {
  topLevelStrict.setBoolean(cx, false);
}

function ascii(json) {
  return json.replace(/[\u007f-\uffff]/g, function (c) {
    return "\\u" + ("0000" + c.charCodeAt(0).toString(16)).slice(-4);
  });
}

// Runs fn with an error reporter that keeps the first syntax error; returns { value, error }.
function withFirstError(fn) {
  var first = null;
  var reporter = new ErrorReporter({
    warning: function () {},
    error: function (message, sourceName, line, lineSource, lineOffset) {
      if (first === null) {
        first = {
          message: String(message),
          line: line,
          column: lineOffset, // Rhino's offset is the 1-based column of the last character it read
          lineSource: lineSource === null ? null : String(lineSource),
        };
      }
    },
    runtimeError: function (message, sourceName, line, lineSource, lineOffset) {
      return new EvaluatorException(message, sourceName, line, lineSource, lineOffset);
    },
  });
  var old = cx.setErrorReporter(reporter);
  try {
    return { value: fn(), error: null, first: first };
  } catch (e) {
    return { value: undefined, error: e, first: first };
  } finally {
    cx.setErrorReporter(old);
  }
}

function compileError(path) {
  var source = readFile(path, "UTF-8");
  var r = withFirstError(function () { return cx.compileString(source, path, 1, null); });
  if (r.error === null) return null;
  return r.first || { message: String(r.error), line: 0, column: 0, lineSource: null };
}

// Unhandled rejections. Rhino 1.7.14's tracker (Context.setTrackUnhandledPromiseRejections) also lists a
// promise rejected while it has handlers (NativePromise.rejectPromise reports every rejection; only a
// handler added after the rejection takes it back), e.g. Promise.resolve().then(throwing).catch(f). So the
// tracker's promises are read by reflection and those already handled (NativePromise.handled, set by
// `then`) are dropped. Returns the reason of the first truly unhandled one, or NONE; empties the tracker.
var NONE = {};
var PromiseClass = java.lang.Class.forName("org.mozilla.javascript.NativePromise");
var trackedField = java.lang.Class.forName("org.mozilla.javascript.UnhandledRejectionTracker").getDeclaredField("unhandled");
var handledField = PromiseClass.getDeclaredField("handled");
var resultField = PromiseClass.getDeclaredField("result");
trackedField.setAccessible(true);
handledField.setAccessible(true);
resultField.setAccessible(true);
function takeUnhandledRejection() {
  var tracked = trackedField.get(null);
  var promises = tracked.keySet().toArray();
  tracked.clear();
  for (var i = 0; i < promises.length; i++) {
    if (!handledField.getBoolean(promises[i])) return resultField.get(promises[i]);
  }
  return NONE;
}

function drainMicrotasks() {
  cx.processMicrotasks();
}

function runFiles(prelude, files) {
  var record = { lines: [], uncaught: null, syntaxError: null, state: "done" };
  var stopped = false;
  var tasks = [];
  var host = {
    write: function (stream, text) {
      if (!stopped) record.lines.push(stream === "err" ? "stderr| " + text : String(text));
    },
    post: function (fn) { tasks.push(fn); },
    fail: function (error) {
      if (stopped) return;
      stopped = true;
      record.uncaught = typeof host.describe === "function" ? host.describe(error) : String(error);
    },
    stopped: function () { return stopped; },
  };
  function checkRejections() {
    var reason = takeUnhandledRejection();
    if (reason !== NONE) host.fail(reason);
  }
  var global = new Global(cx);
  ScriptableObject.putProperty(global, "__a2g_host", host);
  var scripts = [{ source: prelude, name: "prelude.js" }];
  for (var i = 0; i < files.length; i++) scripts.push({ source: readFile(files[i], "UTF-8"), name: files[i] });
  for (i = 0; i < scripts.length && !stopped; i++) {
    var s = scripts[i];
    var r = withFirstError(function () { return evaluateAsTopCall(global, s.source, s.name); });
    if (r.error !== null && r.first !== null) {
      record.syntaxError = r.first;
      host.fail(new SyntaxError(r.first.message + " (" + s.name.replace(/^.*\//, "") + ":" + r.first.line + ")"));
    } else if (r.error !== null) {
      host.fail(r.error);
    }
  }
  drainMicrotasks();
  checkRejections();
  var count = 0;
  while (!stopped && tasks.length > 0) {
    if (++count > MAX_TASKS) {
      record.state = "timeout";
      break;
    }
    try {
      tasks.shift()();
    } catch (error) {
      host.fail(error);
    }
    drainMicrotasks();
    checkRejections();
  }
  stopped = true;
  drainMicrotasks(); // what a stopped run left must not leak into the next one
  takeUnhandledRejection();
  return record;
}

function main(args) {
  var manifest = JSON.parse(readFile(args[0], "UTF-8"));
  if (manifest.optimization !== null && manifest.optimization !== undefined) cx.setOptimizationLevel(manifest.optimization);
  var prelude = readFile(manifest.prelude, "UTF-8");
  var pkg = java.lang.Class.forName("org.mozilla.javascript.Context").getPackage();
  print("@@A2G " + ascii(JSON.stringify({ version: String(pkg.getImplementationTitle() || cx.getImplementationVersion()) })));
  for (var i = Number(args[1] || 0); i < manifest.items.length; i++) {
    var item = manifest.items[i];
    resetTopLevelStrict(); // (not the last case's for this one's compilation)
    var record = { index: i, compileError: item.compile ? compileError(item.compile) : null };
    if (record.compileError === null && item.run) {
      var r = runFiles(prelude, item.run);
      for (var k in r) record[k] = r[k];
    }
    print("@@A2G " + ascii(JSON.stringify(record)));
  }
}

main(arguments);
