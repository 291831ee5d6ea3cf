// The playground in a real browser: Debian's chromium, headless, driven by puppeteer-core (pinned in
// package-lock.json), on web/dist served by a small static server started here. Checks what a user
// does: the first example's output, typing a program, Run and both consoles (and the mark where they
// differ), diagnostics worded as the CLI, the step view, source-map hover, options, a shared link,
// keyboard-only use, an axe-core check, and screenshots at desktop and phone widths (not blank, no
// horizontal overflow). Usage: node web/test/browser_test.mjs [--dist web/dist] [--shots DIR]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = path.resolve(arg('--dist', path.join(here, '..', 'dist')));
const shots = path.resolve(arg('--shots', path.join(here, '..', '..', 'build', 'web-shots')));
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
fs.mkdirSync(shots, { recursive: true });

// ---------- a static file server for web/dist
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm' };
const requests = [];
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  requests.push(url.pathname);
  let file = path.join(dist, decodeURIComponent(url.pathname));
  if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
  if (file.endsWith('/')) file += 'index.html';
  fs.readFile(file, (err, data) => {
    if (err) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' }).end(data);
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

let failures = 0, passes = 0;
const check = (cond, what, detail = '') => {
  if (cond) passes++;
  else { failures++; console.error(`FAIL: ${what}${detail ? `\n  ${detail}` : ''}`); }
};
const eq = (actual, expected, what) => check(actual === expected, what, `expected ${JSON.stringify(expected)}\n  actual   ${JSON.stringify(actual)}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  // root in CI: chromium's own sandbox needs a user namespace; the page's frames are still sandboxed by the page
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check'],
});
const pageErrors = [];
async function open(url, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  // nothing but the local server: a CDN or any other host would fail here
  await page.setRequestInterception(true);
  page.on('request', (r) => (/^(http:\/\/127\.0\.0\.1:|data:|about:)/.test(r.url()) ? r.continue() : (pageErrors.push('request to ' + r.url()), r.abort())));
  await page.setViewport(viewport);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="1"]', { timeout: 20000 });
  return page;
}
const outputText = (page) => page.$$eval('#output .line code', (els) => els.map((e) => e.textContent).join('\n'));
const consoleLines = (page, side) => page.$$eval(`#console-${side} li`, (els) => els.map((e) => ({ text: e.querySelector('.text').textContent, differs: e.classList.contains('differs') })));
async function waitFor(page, fn, what, ...args) {
  try {
    await page.waitForFunction(fn, { timeout: 10000, polling: 50 }, ...args);
  } catch (e) {
    check(false, what, 'timed out');
  }
}
async function typeProgram(page, code) {
  await page.click('#input');
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(code, { delay: 0 });
}
async function runAndWait(page, lines) {
  await page.click('#run');
  await waitFor(page, (n) => document.querySelectorAll('#console-native li').length >= n && document.querySelectorAll('#console-lowered li').length >= n, `Run gave ${lines} lines on each side`, lines);
  await sleep(150);  // nothing more comes
}

const seedOut = fs.readFileSync(path.join(here, '..', '..', 'fixtures/seed/fetch-user-data/output.js'), 'utf8');

// ---------- 1. the first example: the seed, its output as the fixture, the runtime folded
{
  const page = await open(base);
  const example = await page.$eval('#example', (e) => e.options[e.selectedIndex].textContent);
  check(example.startsWith('fetchUserData'), 'the first example is the seed', example);
  const out = await outputText(page);
  eq(out + '\n', seedOut, 'the output of the seed is the fixture output.js');
  check(await page.$eval('details.runtime', (d) => !d.open), 'the runtime is folded by default');
  const visible = await page.$eval('#output', (e) => e.innerText);
  check(visible.includes('function* main()') && !visible.includes('function __async_rt'), 'the folded runtime is not shown, the program is', visible.slice(0, 200));
  await page.click('details.runtime summary');
  check(await page.$eval('details.runtime', (d) => d.open), 'one click shows the runtime');
  check((await page.$eval('#output', (e) => e.innerText)).includes('function __async_rt'), 'the runtime text is shown once opened');

  // Run: both consoles, the same lines, no mark
  await runAndWait(page, 8);
  const native = await consoleLines(page, 'native');
  const lowered = await consoleLines(page, 'lowered');
  const expected = ['begin', 'start A', 'done A', 'got A', 'start B', 'done B', 'got B', 'result: A and B'];
  eq(native.map((l) => l.text).join('|'), expected.join('|'), 'native console of the seed');
  eq(lowered.map((l) => l.text).join('|'), expected.join('|'), 'lowered console of the seed');
  check(![...native, ...lowered].some((l) => l.differs), 'no line is marked as differing');
  eq(await page.$eval('#run-summary', (e) => e.dataset.state), 'same', 'the summary says same');

  // the step view: main's three resumptions, with the values passed
  const rows = await page.$$eval('#steps-body tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  eq(JSON.stringify(rows), JSON.stringify([
    ['1', 'call 1: gen.next()', '(start)', 'yields (awaits) Promise {…}'],
    ['2', 'call 1: gen.next(…)', "'A'", 'yields (awaits) Promise {…}'],
    ['3', 'call 1: gen.next(…)', "'B'", "returns 'A and B'"],
  ]), 'the step view of main');

  // source-map hover: the output's `fetchUserData` in `(yield fetchUserData("B", 50))` marks the input's, line 12
  const target = await page.evaluateHandle(() => [...document.querySelectorAll('#output .line')][11].querySelector('.m[data-l="11"]'));
  check(target.asElement() !== null, 'output line 12 has mapped tokens');
  const spans = await page.$$eval('#output .line:nth-child(12) .m', (els) => els.map((e) => e.textContent));
  const fn = await page.evaluateHandle(() => [...document.querySelectorAll('#output .line')][11].querySelectorAll('.m'));
  const index = spans.findIndex((s) => s.startsWith('fetchUserData'));
  check(index >= 0, 'a token of output line 12 starts with fetchUserData', JSON.stringify(spans));
  if (index >= 0) {
    const el = (await fn.getProperty(String(index))).asElement();
    await el.hover();
    const mark = await page.$eval('#input-backdrop', (b) => {
      const m = b.querySelector('mark.origin');
      if (!m) return null;
      let before = '';
      for (let n = b.firstChild; n && n !== m; n = n.nextSibling) before += n.textContent;
      return { text: m.textContent, line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
    });
    eq(JSON.stringify(mark), JSON.stringify({ text: 'fetchUserData', line: 12, column: 25 }), 'hovering the output token marks its origin in the input');
    eq(await page.$eval('#origin-info', (e) => e.textContent), 'This token comes from input.js:12:25 (marked in the input).', 'the origin is named under the output');
    await page.mouse.move(5, 5);
    await page.hover('h1');
    check(await page.$eval('#input-backdrop', (b) => !b.querySelector('mark.origin')), 'leaving the output clears the mark');
  }
  await page.close();
}

// ---------- 2. typing a program; a difference is marked; diagnostics; options; the shared link
{
  const page = await open(base);
  await typeProgram(page, 'async function f(x) {\n  const y = await x;\n  console.log("got", y);\n  return y * 2;\n}\nf(21).then((v) => console.log(v));\nconsole.log(String(f).startsWith("async"));\n');
  await waitFor(page, () => [...document.querySelectorAll('#output .line code')].some((e) => e.textContent.includes('function* f(x)')), 'the output follows the typing');
  const out = await outputText(page);
  check(out.includes('function* f(x) {\n  const y = (yield x);'), 'the lowered text of the typed program', out.slice(0, 300));
  eq(await page.$eval('#example', (e) => e.value), '', 'the example menu says "your code"');
  await runAndWait(page, 3);
  const native = await consoleLines(page, 'native');
  const lowered = await consoleLines(page, 'lowered');
  eq(native.map((l) => l.text).join('|'), 'true|got 21|42', 'native console of the typed program');
  eq(lowered.map((l) => l.text).join('|'), 'false|got 21|42', 'lowered console of the typed program (Function.prototype.toString shows the generator)');
  eq(JSON.stringify([native.map((l) => l.differs), lowered.map((l) => l.differs)]), JSON.stringify([[true, false, false], [true, false, false]]), 'the differing line is marked on both sides, only it');
  eq(await page.$eval('#run-summary', (e) => e.textContent), 'The outputs differ from line 1 (marked ≠).', 'the summary names the first differing line');

  // options: helpers import (CommonJS: a require of async2gen/runtime), still runs the same, steps still seen
  await page.select('#opt-helpers', 'import');
  await waitFor(page, () => document.querySelector('#output .line code')?.textContent.startsWith('const {'), 'helpers=import changes the output');
  const first = await page.$eval('#output .line code', (e) => e.textContent);
  check(first.includes('require("async2gen/runtime")') && !(await outputText(page)).includes('// async2gen runtime'), 'helpers=import requires the runtime', first);
  check(await page.$('details.runtime') === null, 'nothing to fold with helpers=import');
  await runAndWait(page, 3);
  eq((await consoleLines(page, 'lowered')).map((l) => l.text).join('|'), 'false|got 21|42', 'the lowered run with helpers=import');
  eq(await page.$$eval('#steps-body tr', (t) => t.length), 2, 'the step view sees f through the required runtime');
  await page.select('#opt-kind', 'esm');
  await waitFor(page, () => document.querySelector('#output .line code')?.textContent.startsWith('import {'), 'moduleKind=esm imports the runtime');
  await runAndWait(page, 3);
  eq((await consoleLines(page, 'lowered')).map((l) => l.text).join('|'), 'false|got 21|42', 'the lowered run as an ES module importing the runtime');
  // an ES module with inline helpers: runs, but its helpers are module variables: the step view says so
  await page.select('#opt-helpers', 'inline');
  await waitFor(page, () => [...document.querySelectorAll('#output .line code')].some((e) => e.textContent === '// async2gen runtime'), 'inline helpers again');
  await runAndWait(page, 3);
  eq((await consoleLines(page, 'lowered')).map((l) => l.text).join('|'), 'false|got 21|42', 'the lowered run as an ES module with inline helpers');
  check((await page.$eval('#steps-note', (e) => e.textContent)).includes('ES module with inline helpers'), 'the step view explains why it has nothing for an ES module with inline helpers');
  eq(await page.$$eval('#steps-body tr', (t) => t.length), 0, 'no steps shown then');
  await page.select('#opt-helpers', 'import');
  await page.select('#opt-maps', 'separate');
  await waitFor(page, () => !document.querySelector('#map-panel').hidden, 'the separate map is shown');
  const map = JSON.parse(await page.$eval('#map-json', (e) => e.textContent));
  eq(`${map.version} ${map.sources}`, '3 input.js', 'the map panel holds the source map');

  // the shared link reopens the same input and options
  await page.click('#share');
  await waitFor(page, () => document.querySelector('#share-status').textContent !== '', 'Copy link says what it did');
  const url = await page.evaluate(() => location.href);
  const typed = await page.$eval('#input', (e) => e.value);
  const page2 = await open(url);
  eq(await page2.$eval('#input', (e) => e.value), typed, 'the shared link reopens the input');
  eq(JSON.stringify(await page2.$$eval('select[id^=opt-]', (s) => s.map((e) => e.value))), JSON.stringify(['import', 'separate', 'esm', 'intrinsic']), 'the shared link reopens the options');
  eq(await outputText(page2), await outputText(page), 'the shared link gives the same output');
  await page2.close();

  // diagnostics: in place, worded as the CLI
  await page.select('#opt-kind', 'auto');
  await typeProgram(page, 'function g() {\n  return await fetch("/x");\n}\n');
  await waitFor(page, () => document.querySelector('#diagnostics button'), 'a diagnostic appears');
  eq(await page.$eval('#diagnostics button', (e) => e.textContent),
    "input.js:2:10: error: syntax error: 'await' is only valid in async functions\n  return await fetch(\"/x\");\n         ^",
    'the diagnostic as the CLI prints it');
  eq(await page.$eval('#input-backdrop mark.diag', (e) => e.textContent), 'await fetch("/x")', 'the error is marked in place');
  check(await page.$eval('#output', (e) => e.classList.contains('stale')), 'the output is marked stale while the input has errors');
  await page.click('#diagnostics button');
  eq(JSON.stringify(await page.$eval('#input', (e) => [document.activeElement === e, e.selectionStart])), JSON.stringify([true, 24]), 'the diagnostic takes the caret to the error');
  await page.close();
}

// ---------- 3. keyboard only: reach everything with Tab, run with Enter, open the runtime, leave the editor
{
  const page = await open(base);
  const order = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => {
      const a = document.activeElement;
      return a.id || (a.tagName === 'SUMMARY' ? 'summary' : a.tagName.toLowerCase());
    }));
  }
  for (const id of ['example', 'opt-helpers', 'opt-maps', 'opt-kind', 'opt-promise', 'opt-tla', 'opt-traces', 'run', 'share', 'input', 'output', 'summary', 'step-fn']) {
    check(order.includes(id), `Tab reaches ${id}`, order.join(' '));
  }
  check(order.indexOf('input') < order.indexOf('output'), 'Tab leaves the input editor (no trap)', order.join(' '));
  // Enter on Run
  await page.focus('#example');
  while (await page.evaluate(() => document.activeElement.id) !== 'run') await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await waitFor(page, () => document.querySelectorAll('#console-lowered li').length === 8, 'Enter on Run runs');
  // Enter on the runtime's summary opens it
  await page.focus('#output');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  check(await page.$eval('details.runtime', (d) => d.open), 'Enter on the summary shows the runtime');
  // Ctrl+Enter in the editor runs; typing there works
  await page.focus('#input');
  await page.keyboard.press('End');
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
  await page.keyboard.type('console.log("typed");\n');
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');
  await waitFor(page, () => document.querySelectorAll('#console-lowered li').length === 9, 'Ctrl+Enter in the editor runs the edited program');
  eq((await consoleLines(page, 'native')).slice(0, 3).map((l) => l.text).join('|'), 'begin|start A|typed', 'the typed line runs');
  // a keyboard user changes an option with the arrow keys
  await page.focus('#opt-helpers');
  await page.keyboard.press('ArrowDown');
  await waitFor(page, () => document.querySelector('#output .line code')?.textContent.startsWith('const {'), 'an option changed from the keyboard takes effect');

  // ---------- 4. accessibility (axe-core), with the consoles, steps, diagnostics and the runtime shown
  await page.addScriptTag({ path: path.join(here, 'node_modules', 'axe-core', 'axe.min.js') });
  const axe = await page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  eq(axe.join('\n'), '', 'axe-core finds no violation');
  await typeProgram(page, 'async function = ;');
  await waitFor(page, () => document.querySelector('#diagnostics button'), 'a diagnostic for the axe check');
  const axe2 = await page.evaluate(async () => (await globalThis.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
  eq(axe2.join(' '), '', 'axe-core finds no violation with a diagnostic shown');
  await page.close();
}

// ---------- 5. screenshots at desktop and phone widths: not blank, nothing wider than the screen
async function imageStats(png) {
  const page = await browser.newPage();
  const stats = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const bg = [d[0], d[1], d[2]];
    let differ = 0, dark = 0;
    for (let i = 0; i < d.length; i += 16) {
      if (Math.abs(d[i] - bg[0]) + Math.abs(d[i + 1] - bg[1]) + Math.abs(d[i + 2] - bg[2]) > 30) differ++;
      if (d[i] + d[i + 1] + d[i + 2] < 200) dark++;
    }
    return { width: img.width, height: img.height, ink: differ / (d.length / 16), dark: dark / (d.length / 16) };
  }, png.toString('base64'));
  await page.close();
  return stats;
}
for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true }]]) {
  const page = await open(base, viewport);
  await runAndWait(page, 8);
  const layout = await page.evaluate(() => {
    const wide = [...document.querySelectorAll('body *')].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1) && !e.closest('.frames') && !e.closest('.line');
    }).map((e) => e.id || e.className || e.tagName).slice(0, 5);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, wide };
  });
  check(layout.scrollWidth <= layout.innerWidth, `${name}: the page is no wider than the screen`, JSON.stringify(layout));
  eq(layout.wide.join(' '), '', `${name}: no element sticks out of the screen`);
  const file = path.join(shots, `playground-${name}.png`);
  const png = await page.screenshot({ path: file, fullPage: true });
  const stats = await imageStats(Buffer.from(png));
  check(stats.width === viewport.width * (viewport.deviceScaleFactor || 1), `${name}: the screenshot is as wide as the screen`, JSON.stringify(stats));
  check(stats.ink > 0.04 && stats.dark > 0.01, `${name}: the screenshot is not blank (text and the consoles drawn)`, JSON.stringify(stats));
  console.log(`screenshot ${file}: ${stats.width}x${stats.height}, ${(stats.ink * 100).toFixed(1)}% ink`);
  await page.close();
}

eq(pageErrors.join('\n'), '', 'no error in the page, no request outside the local server');
check(requests.includes('/assets/async2gen.wasm'), 'the page loads the WebAssembly core from its own folder');
await browser.close();
server.close();
console.log(`${passes} checks passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
