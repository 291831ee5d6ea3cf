// One run of a program in its own sandboxed iframe (sandbox="allow-scripts": an opaque origin,
// no access to this page). The frame's first script captures console output, errors and unhandled
// rejections and posts them here; for the lowered side it also instruments the runtime through its
// entry points (see `instrument` below), then adds the program as a classic or a module script.

// Runs inside the frame, stringified: nothing from this module's scope is visible there.
function boot(cfg) {
  'use strict';
  const apply = Reflect.apply;
  const getProto = Object.getPrototypeOf;
  const post = (msg) => {
    msg.a2g = cfg.token;
    msg.side = cfg.side;
    parent.postMessage(msg, '*');
  };
  const toString = Object.prototype.toString;

  function inspect(v, depth, seen) {
    switch (typeof v) {
      case 'string': return depth === 0 ? v : "'" + v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
      case 'number': return Object.is(v, -0) ? '-0' : String(v);
      case 'bigint': return v + 'n';
      case 'symbol': return v.toString();
      case 'undefined': return 'undefined';
      case 'boolean': return String(v);
      case 'function': {
        const tag = toString.call(v).slice(8, -1);
        const kind = /^(Async|Generator|AsyncGenerator)?Function$/.test(tag) ? tag : 'Function';
        return '[' + kind + (v.name ? ': ' + v.name : ' (anonymous)') + ']';
      }
    }
    if (v === null) return 'null';
    if (v instanceof Error) return (depth ? '[' : '') + (v.name || 'Error') + ': ' + v.message + (depth ? ']' : '');
    if (v instanceof Promise) return 'Promise {…}';
    if (seen.includes(v)) return '[Circular]';
    if (depth > 2) return Array.isArray(v) ? '[Array]' : '[Object]';
    seen = seen.concat([v]);
    if (Array.isArray(v)) {
      const items = v.map((x) => inspect(x, depth + 1, seen));
      return items.length ? '[ ' + items.join(', ') + ' ]' : '[]';
    }
    if (v instanceof Map) return 'Map(' + v.size + ') { ' + [...v].map(([k, x]) => inspect(k, depth + 1, seen) + ' => ' + inspect(x, depth + 1, seen)).join(', ') + ' }';
    if (v instanceof Set) return 'Set(' + v.size + ') { ' + [...v].map((x) => inspect(x, depth + 1, seen)).join(', ') + ' }';
    let prefix = '';
    const proto = getProto(v);
    if (proto === null) prefix = '[Object: null prototype] ';
    else if (proto !== Object.prototype && proto.constructor && proto.constructor.name) prefix = proto.constructor.name + ' ';
    const tag = v[Symbol.toStringTag];
    if (typeof tag === 'string' && !prefix.startsWith(tag)) prefix = (prefix || 'Object ') + '[' + tag + '] ';
    const keys = Object.keys(v);
    const body = keys.map((k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : "'" + k + "'") + ': ' + inspect(v[k], depth + 1, seen));
    return prefix + (body.length ? '{ ' + body.join(', ') + ' }' : '{}');
  }
  const show = (v) => { try { return inspect(v, 1, []); } catch (e) { return '[uninspectable]'; } };
  const format = (args) => args.map((a) => { try { return inspect(a, 0, []); } catch (e) { return '[uninspectable]'; } }).join(' ');

  let lines = 0;
  const emit = (level, text) => {
    if (++lines <= 500) post({ type: 'console', level, text });
    else if (lines === 501) post({ type: 'console', level: 'warn', text: '(more than 500 lines: the rest is not shown)' });
  };
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
    console[level] = function () { emit(level, format([...arguments])); };
  }
  addEventListener('error', (e) => {
    emit('error', 'Uncaught ' + (e.error !== undefined && e.error !== null ? show(e.error).replace(/^\[|\]$/g, '') : e.message));
  });
  addEventListener('unhandledrejection', (e) => {
    emit('error', 'Uncaught (in promise) ' + show(e.reason).replace(/^\[|\]$/g, ''));
  });

  // The step view: the lowered code starts each async function through the runtime's entry points
  // __async(self, args, body, newTarget) and __async_function(body, plain, name). They are global
  // bindings (a classic script's top-level var, or what the global runtime defines), so accessors
  // put on globalThis before the code runs see them assigned and hand out wrappers that give the
  // runtime, instead of `body`, a generator function that drives body's generator for it and
  // reports each resumption. The runtime itself is not changed, and the values, the order and the
  // number of microtasks are the same: the wrapper only forwards next/throw synchronously.
  if (cfg.instrument) {
    const GeneratorFunction = getProto(function* () {});
    const next = GeneratorFunction.prototype.next;
    const throwInto = GeneratorFunction.prototype['throw'];
    const wrappers = new WeakMap();
    let activations = 0;
    let events = 0;
    const step = (msg) => { if (++events <= 2000) post(Object.assign({ type: 'step' }, msg)); };
    const made = new WeakSet();
    const wrapBody = (body, fname) => {
      // (a wrapper that comes back, from an entry point calling another, is not wrapped again)
      if (typeof body !== 'function' || getProto(body) !== GeneratorFunction || made.has(body)) return body;
      let w = wrappers.get(body);
      if (w) return w;
      const name = fname === undefined ? body.name : String(fname);
      w = function* () {
        'use strict';
        const id = ++activations;
        const gen = apply(body, this, arguments);
        step({ kind: 'start', fn: name, id });
        let method = next, value;
        for (;;) {
          let r;
          try {
            r = apply(method, gen, [value]);
          } catch (error) {
            step({ kind: 'throws', fn: name, id, value: show(error) });
            throw error;
          }
          if (r.done) {
            step({ kind: 'returns', fn: name, id, value: show(r.value) });
            return r.value;
          }
          step({ kind: 'awaits', fn: name, id, value: show(r.value) });
          try {
            value = yield r.value;
            method = next;
          } catch (error) {
            value = error;
            method = throwInto;
          }
          step({ kind: 'resume', fn: name, id, how: method === next ? 'next' : 'throw', value: show(value) });
        }
      };
      Object.defineProperty(w, 'name', { value: body.name, configurable: true });
      Object.defineProperty(w, 'length', { value: body.length, configurable: true });
      wrappers.set(body, w);
      made.add(w);
      return w;
    };
    const hook = (key, wrap) => {
      let value;
      Object.defineProperty(globalThis, key, {
        configurable: true,
        enumerable: true,
        get() { return value; },
        set(v) { value = typeof v === 'function' ? wrap(v) : v; },
      });
    };
    hook('__async', (run) => function () {
      const args = [...arguments];
      args[2] = wrapBody(args[2]);
      return apply(run, this, args);
    });
    hook('__async_function', (make) => function () {
      const args = [...arguments];
      if (!args[1]) args[0] = wrapBody(args[0], args[2]);
      return apply(make, this, args);
    });
  }

  const addScript = (text, type) => {
    const s = document.createElement('script');
    if (type) s.type = type;
    s.textContent = text;
    document.head.appendChild(s);
  };
  if (cfg.runtime) addScript(cfg.runtime);  // the global runtime, for --helpers=import and global
  if (cfg.commonjs) {
    const runtime = {};
    for (const name of cfg.helperNames) runtime[name] = globalThis[name];
    globalThis.module = { exports: {} };
    globalThis.exports = globalThis.module.exports;
    globalThis.require = (name) => {
      if (cfg.runtime && name === cfg.helpersModule) return runtime;
      throw new Error("Cannot find module '" + name + "' (the playground has no other modules)");
    };
  }
  if (cfg.module && cfg.runtime) {
    const source = 'const g = globalThis; export const ' + cfg.helperNames.map((n) => n + ' = g.' + n).join(', ') + ';';
    addScript(JSON.stringify({ imports: { [cfg.helpersModule]: 'data:text/javascript,' + encodeURIComponent(source) } }), 'importmap');
  }
  addScript(cfg.code, cfg.module ? 'module' : '');
}

// cfg: { side, token, code, module, commonjs, runtime (global runtime text or null), helperNames,
// helpersModule, instrument }. Returns the iframe (already in `parent`).
export function startRun(container, cfg) {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('title', cfg.side + ' run');
  frame.setAttribute('tabindex', '-1');
  const json = JSON.stringify(cfg).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  frame.srcdoc = '<!doctype html><html><head><meta charset="utf-8"><script>(' + boot.toString() + ')(' + json + ');</' + 'script></head><body></body></html>';
  container.appendChild(frame);
  return frame;
}
