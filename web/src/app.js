// The playground: input editor, lowered output with the runtime folded, diagnostics, Run (native
// and lowered, each in a sandboxed frame), the step view, source-map hover and the state in the URL.
import { initialize, transform, printHelpers, version } from './core.js';
import { decodeMappings } from './sourcemap.js';
import { startRun } from './sandbox.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const backdrop = $('input-backdrop');
const gutter = $('input-gutter');
const output = $('output');
const examples = globalThis.A2G_EXAMPLES || [];
const RUNTIME_MARK = '// async2gen runtime';
const HELPERS_MODULE = 'async2gen/runtime';

const controls = {
  helpers: $('opt-helpers'),
  maps: $('opt-maps'),
  kind: $('opt-kind'),
  promise: $('opt-promise'),
};
const checks = { tla: $('opt-tla'), traces: $('opt-traces') };
const defaults = { helpers: 'inline', maps: 'none', kind: 'auto', promise: 'intrinsic' };

let current = null;     // the last transform: { ok, code, map, diagnostics, lines (decoded map) }
let origin = null;      // [start, end) in the input, from a hovered output token
let runState = null;    // { token, native: [], lowered: [], steps: [] }
let stepFn = '';

// ---------- state in the URL: #code=<base64url UTF-8>&helpers=...&fn=...
function encodeCode(text) {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function decodeCode(text) {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}
function stateToHash() {
  const p = new URLSearchParams();
  p.set('code', encodeCode(input.value));
  for (const [k, el] of Object.entries(controls)) if (el.value !== defaults[k]) p.set(k, el.value);
  for (const [k, el] of Object.entries(checks)) if (el.checked) p.set(k, '1');
  if (stepFn) p.set('fn', stepFn);
  return '#' + p.toString();
}
function applyHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  let code = null;
  try {
    if (p.has('code')) code = decodeCode(p.get('code'));
  } catch (e) {
    code = null;
  }
  for (const [k, el] of Object.entries(controls)) {
    const v = p.get(k);
    el.value = v && [...el.options].some((o) => o.value === v) ? v : defaults[k];
  }
  for (const [k, el] of Object.entries(checks)) el.checked = p.get(k) === '1';
  stepFn = p.get('fn') || '';
  if (code === null) {
    code = examples.length ? examples[0].code : '';
    $('example').value = '0';
  } else {
    const i = examples.findIndex((e) => e.code === code);
    $('example').value = i >= 0 ? String(i) : '';
  }
  input.value = code;
}
let hashTimer = 0;
function saveHash() {
  clearTimeout(hashTimer);
  hashTimer = setTimeout(() => {
    const h = stateToHash();
    if (h !== location.hash) history.replaceState(null, '', h);
  }, 200);
}

// ---------- text helpers
const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
// A UTF-8 byte offset of `text` as a UTF-16 index.
function byteToIndex(text, byte) {
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    if (b >= byte) return i;
    const c = text.codePointAt(i);
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (c >= 0x10000) i++;
  }
  return text.length;
}
const TOKEN = /[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*|\d[\w.]*|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|`(?:[^`\\]|\\.)*`?|=>|\.\.\.|[^\s]/uy;
function tokenAt(text, index) {
  TOKEN.lastIndex = index;
  const m = TOKEN.exec(text);
  return [index, index + (m ? m[0].length : 1)];
}

// ---------- the input editor: a textarea over a backdrop that draws marks (diagnostics, origin)
function renderBackdrop() {
  const text = input.value;
  const marks = [];
  if (current && !current.ok) {
    for (const d of current.diagnostics) {
      const s = byteToIndex(text, d.offset);
      const e = Math.max(byteToIndex(text, d.endOffset), s + 1);
      marks.push([s, e, 'diag']);
    }
  }
  if (origin) marks.push([origin[0], origin[1], 'origin']);
  marks.sort((a, b) => a[0] - b[0]);
  let html = '', at = 0;
  for (const [s, e, cls] of marks) {
    if (s < at) continue;
    html += escapeHtml(text.slice(at, s)) + '<mark class="' + cls + '">' + (escapeHtml(text.slice(s, e)) || ' ') + '</mark>';
    at = e;
  }
  html += escapeHtml(text.slice(at)) + '\n';
  backdrop.innerHTML = html;
  syncScroll();
}
function renderGutter() {
  const n = lineStarts(input.value).length;
  if (gutter.childElementCount === n) return;
  let html = '';
  for (let i = 1; i <= n; i++) html += '<div>' + i + '</div>';
  gutter.innerHTML = html;
}
function syncScroll() {
  backdrop.scrollTop = input.scrollTop;
  backdrop.scrollLeft = input.scrollLeft;
  gutter.style.transform = 'translateY(' + -input.scrollTop + 'px)';
}

// ---------- transform and the output view
function options() {
  return {
    filename: 'input.js',
    outputFilename: 'output.js',
    sourceMaps: controls.maps.value === 'inline' ? 'inline' : 'separate',
    helpers: controls.helpers.value,
    helpersModule: HELPERS_MODULE,
    moduleKind: controls.kind.value,
    promise: controls.promise.value,
    topLevelAwait: checks.tla.checked,
    asyncStackTraces: checks.traces.checked,
  };
}

function update() {
  const started = performance.now();
  const r = transform(input.value, options());
  current = r;
  current.lines = r.map ? decodeMappings(r.map.mappings) : [];
  origin = null;
  renderGutter();
  renderBackdrop();
  renderDiagnostics();
  renderOutput();
  $('output-info').textContent = r.ok ? '(' + Math.max(0.1, performance.now() - started).toFixed(1) + ' ms)' : '(of the last input without errors)';
  saveHash();
}

function renderDiagnostics() {
  const box = $('diagnostics');
  box.innerHTML = '';
  if (current.ok) return;
  const list = document.createElement('ul');
  for (const d of current.diagnostics) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'diag-jump';
    button.textContent = d.rendered.replace(/\n$/, '');
    button.title = 'Go to line ' + d.line + ', column ' + d.column;
    button.addEventListener('click', () => {
      const s = byteToIndex(input.value, d.offset);
      input.focus();
      input.setSelectionRange(s, Math.max(s, byteToIndex(input.value, d.endOffset)));
    });
    li.appendChild(button);
    list.appendChild(li);
  }
  box.appendChild(list);
}

function renderLine(text, segments) {
  if (!segments || !segments.length) return escapeHtml(text);
  let html = escapeHtml(text.slice(0, segments[0].col));
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const end = i + 1 < segments.length ? segments[i + 1].col : text.length;
    const piece = text.slice(s.col, end);
    if (!piece) continue;
    html += s.source === 0
      ? '<span class="m" data-l="' + s.line + '" data-c="' + s.column + '">' + escapeHtml(piece) + '</span>'
      : escapeHtml(piece);
  }
  return html;
}

function renderOutput() {
  const panel = $('map-panel');
  if (!current.ok) {
    output.classList.add('stale');
    panel.hidden = true;
    return;
  }
  output.classList.remove('stale');
  const text = current.code;
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  let fold = lines.indexOf(RUNTIME_MARK);
  const row = (i) => '<div class="line"><span class="ln" aria-hidden="true">' + (i + 1) + '</span><code>' + renderLine(lines[i], current.lines[i]) + '</code></div>';
  let html = '';
  for (let i = 0; i < (fold < 0 ? lines.length : fold); i++) html += row(i);
  const wasOpen = output.querySelector('details.runtime')?.open;
  if (fold >= 0) {
    let inner = '';
    for (let i = fold; i < lines.length; i++) inner += row(i);
    html += '<details class="runtime"' + (wasOpen ? ' open' : '') + '><summary>async2gen runtime: ' + (lines.length - fold) +
      ' lines, folded (show)</summary>' + inner + '</details>';
  }
  output.innerHTML = html;
  const details = output.querySelector('details.runtime');
  if (details) {
    details.addEventListener('toggle', () => {
      details.querySelector('summary').textContent = 'async2gen runtime: ' + (lines.length - fold) + ' lines' + (details.open ? ' (hide)' : ', folded (show)');
    });
    if (wasOpen) details.dispatchEvent(new Event('toggle'));
  }
  panel.hidden = controls.maps.value !== 'separate';
  if (!panel.hidden) $('map-json').textContent = JSON.stringify(current.map, null, 2);
}

// Source-map hover: a token of the output marks where it came from in the input.
function showOrigin(span) {
  output.querySelectorAll('.m.hot').forEach((e) => e.classList.remove('hot'));
  if (!span) {
    origin = null;
    renderBackdrop();
    return;
  }
  $('origin-info').textContent = 'This token comes from input.js:' + (Number(span.dataset.l) + 1) + ':' + (Number(span.dataset.c) + 1) + ' (marked in the input).';
  span.classList.add('hot');
  const starts = lineStarts(input.value);
  const l = Number(span.dataset.l), c = Number(span.dataset.c);
  if (l >= starts.length) return;
  origin = tokenAt(input.value, starts[l] + c);
  renderBackdrop();
  // bring the marked line into the input's view
  const lh = parseFloat(getComputedStyle(input).lineHeight) || 20;
  const top = l * lh;
  if (top < input.scrollTop || top > input.scrollTop + input.clientHeight - 2 * lh) {
    input.scrollTop = Math.max(0, top - input.clientHeight / 3);
    syncScroll();
  }
}
output.addEventListener('mouseover', (e) => showOrigin(e.target.closest('.m')));
output.addEventListener('mouseleave', () => showOrigin(null));

// ---------- Run
function isModule(code) {
  if (controls.kind.value === 'esm') return true;
  if (controls.kind.value === 'cjs') return false;
  return /^\s*(import\s*[\w{*"'$]|export\s|export\{|export\*)/m.test(code);
}
const HELPER_NAMES = ['__async', '__async_function', '__async_arrow', '__async_method_key', '__async_methods',
  '__async_super_call', '__async_super_bind', '__async_key', '__async_key_name', '__async_super_ref', '__async_traces',
  '__async_at', '__async_await', '__async_generator', '__async_generator_fixup', '__async_generator_function',
  '__async_delegate', '__async_iterator', '__async_next', '__async_step', '__async_threw', '__async_close', '__async_rt'];

function run() {
  if (!current || !current.ok) {
    $('run-summary').textContent = 'The input has errors: nothing to run.';
    return;
  }
  const frames = $('frames');
  frames.innerHTML = '';
  const token = Math.random().toString(36).slice(2);
  const module = isModule(input.value);
  const helpers = controls.helpers.value;
  const instrument = !(module && helpers === 'inline');
  runState = { token, native: [], lowered: [], steps: [], instrument };
  $('console-native').innerHTML = '';
  $('console-lowered').innerHTML = '';
  const common = { token, module, commonjs: !module, helperNames: HELPER_NAMES, helpersModule: HELPERS_MODULE };
  startRun(frames, { ...common, side: 'native', code: input.value, runtime: null, instrument: false });
  startRun(frames, {
    ...common, side: 'lowered', code: current.code, instrument,
    runtime: helpers === 'inline' ? null : printHelpers('global'),
  });
  renderConsoles();
  renderSteps();
}

addEventListener('message', (e) => {
  const msg = e.data;
  if (!runState || !msg || msg.a2g !== runState.token) return;
  if (msg.type === 'console') {
    runState[msg.side === 'native' ? 'native' : 'lowered'].push({ level: msg.level, text: String(msg.text) });
    scheduleConsoles();
  } else if (msg.type === 'step' && msg.side === 'lowered') {
    runState.steps.push(msg);
    scheduleConsoles();
  }
});
let consoleTimer = 0;
function scheduleConsoles() {
  if (!consoleTimer) consoleTimer = setTimeout(() => { consoleTimer = 0; renderConsoles(); renderSteps(); }, 30);
}

function renderConsoles() {
  const { native, lowered } = runState;
  const n = Math.max(native.length, lowered.length);
  let firstDiff = -1;
  const fill = (el, lines) => {
    el.innerHTML = '';
    for (let i = 0; i < n; i++) {
      const a = native[i], b = lowered[i];
      const same = a && b && a.level === b.level && a.text === b.text;
      if (!same && firstDiff < 0) firstDiff = i;
      const line = lines[i];
      const li = document.createElement('li');
      li.className = 'level-' + (line ? line.level : 'none') + (same ? '' : ' differs');
      const mark = document.createElement('span');
      mark.className = 'mark';
      mark.textContent = same ? '' : '≠';
      if (!same) mark.title = 'differs from the other side';
      li.appendChild(mark);
      const t = document.createElement('span');
      t.className = 'text';
      t.textContent = line ? line.text : '(no line)';
      li.appendChild(t);
      if (!same) {
        const sr = document.createElement('span');
        sr.className = 'visually-hidden';
        sr.textContent = ' (differs)';
        li.appendChild(sr);
      }
      el.appendChild(li);
    }
  };
  fill($('console-native'), native);
  fill($('console-lowered'), lowered);
  $('run-summary').textContent = n === 0 ? 'Running…'
    : firstDiff < 0 ? 'Same output: ' + n + ' line' + (n === 1 ? '' : 's') + ' on each side.'
    : 'The outputs differ from line ' + (firstDiff + 1) + ' (marked ≠).';
  $('run-summary').dataset.state = n === 0 ? 'running' : firstDiff < 0 ? 'same' : 'differ';
}

// ---------- the step view
function renderSteps() {
  const select = $('step-fn');
  const note = $('steps-note');
  const body = $('steps-body');
  body.innerHTML = '';
  if (!runState) return;
  if (!runState.instrument) {
    note.textContent = 'The step view needs the runtime as global bindings: this output is an ES module with inline helpers; choose helpers "import" or "global".';
    return;
  }
  note.textContent = '';
  const counts = new Map();
  for (const s of runState.steps) if (s.kind === 'start') counts.set(s.fn, (counts.get(s.fn) || 0) + 1);
  const names = [...counts.keys()];
  const wanted = stepFn && counts.has(stepFn) ? stepFn : names[0] || '';
  const opts = names.map((n) => n + '\u0000' + counts.get(n)).join('\u0001');
  if (select.dataset.opts !== opts) {
    select.dataset.opts = opts;
    select.innerHTML = names.length ? '' : '<option value="">(no async function ran)</option>';
    for (const n of names) {
      const o = document.createElement('option');
      o.value = n;
      o.textContent = (n || '(anonymous)') + ' — ' + counts.get(n) + ' call' + (counts.get(n) === 1 ? '' : 's');
      select.appendChild(o);
    }
  }
  select.value = wanted;
  let row = null, k = 0;
  const cell = (tr, text, cls) => {
    const td = document.createElement('td');
    td.textContent = text;
    if (cls) td.className = cls;
    tr.appendChild(td);
  };
  const callNumber = new Map();
  for (const s of runState.steps) {
    if (s.fn !== wanted) continue;
    if (s.kind === 'start' || s.kind === 'resume') {
      if (s.kind === 'start') callNumber.set(s.id, callNumber.size + 1);
      row = document.createElement('tr');
      row.dataset.id = s.id;
      cell(row, String(++k));
      const call = 'call ' + callNumber.get(s.id) + ': ';
      if (s.kind === 'start') {
        cell(row, call + 'gen.next()');
        cell(row, '(start)', 'muted');
      } else {
        cell(row, call + 'gen.' + s.how + '(…)');
        cell(row, s.value, s.how === 'throw' ? 'threw' : '');
      }
      body.appendChild(row);
    } else if (row && row.dataset.id === String(s.id) && row.childElementCount === 3) {
      const what = s.kind === 'awaits' ? 'yields (awaits) ' : s.kind === 'returns' ? 'returns ' : 'throws ';
      cell(row, what + s.value, s.kind === 'throws' ? 'threw' : '');
    }
  }
}
$('step-fn').addEventListener('change', (e) => {
  stepFn = e.target.value;
  saveHash();
  renderSteps();
});

// ---------- wiring
function fillExamples() {
  const select = $('example');
  select.innerHTML = '<option value="">(your code)</option>';
  examples.forEach((ex, i) => {
    const o = document.createElement('option');
    o.value = String(i);
    o.textContent = ex.title;
    select.appendChild(o);
  });
  select.addEventListener('change', () => {
    const ex = examples[Number(select.value)];
    if (!select.value || !ex) return;
    input.value = ex.code;
    input.scrollTop = 0;
    stepFn = '';
    update();
  });
}

let typingTimer = 0;
input.addEventListener('input', () => {
  const i = examples.findIndex((e) => e.code === input.value);
  $('example').value = i >= 0 ? String(i) : '';
  renderGutter();
  renderBackdrop();
  clearTimeout(typingTimer);
  typingTimer = setTimeout(update, 120);
});
input.addEventListener('scroll', syncScroll);
for (const el of [...Object.values(controls), ...Object.values(checks)]) el.addEventListener('change', update);
$('run').addEventListener('click', run);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    clearTimeout(typingTimer);
    update();
    run();
  }
});
$('share').addEventListener('click', async () => {
  clearTimeout(hashTimer);
  history.replaceState(null, '', stateToHash());
  let copied = false;
  try {
    await navigator.clipboard.writeText(location.href);
    copied = true;
  } catch (e) { /* no clipboard (insecure context): the address bar has it */ }
  $('share-status').textContent = copied ? 'Link copied: it reopens this input and these options.' : 'The address bar now holds the link to this input and these options.';
});
addEventListener('hashchange', () => {
  if (location.hash === stateToHash()) return;
  applyHash();
  update();
});

async function main() {
  fillExamples();
  await initialize(new URL('async2gen.wasm', import.meta.url));
  $('version').textContent = 'async2gen ' + version() + '.';
  applyHash();
  update();
  document.body.dataset.ready = '1';
}
main().catch((e) => {
  $('diagnostics').textContent = 'The playground could not start: ' + e.message;
});
