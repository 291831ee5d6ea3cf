// The browser entry in a real browser: a page bundled with esbuild (from tests/npm/bundlers,
// platform "browser", so `async2gen` resolves to lib/browser.mjs) fetches the .wasm, transforms a
// program, runs the output, and writes what it printed into the page; headless Chromium loads
// it from a server on 127.0.0.1 and prints the DOM. Skipped when there is no chromium.
// node tests/npm/browser_test.mjs --work build/npm-bundlers   (after tests/npm/bundlers.mjs)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';

const args = Object.fromEntries(process.argv.slice(2).join(' ').split(/\s*--/).filter(Boolean).map((a) => a.split(/\s+/)));
const work = path.resolve(args.work || 'build/npm-bundlers');
const require = createRequire(path.join(work, 'package.json'));
const chromium = ['chromium', 'chromium-browser'].find((c) => {
  try { execFileSync('which', [c], { stdio: 'ignore' }); return true; } catch { return false; }
});

test('transform in headless Chromium', { skip: !chromium && 'no chromium' }, async () => {
  const site = path.join(work, 'browser');
  fs.rmSync(site, { recursive: true, force: true });
  fs.mkdirSync(site, { recursive: true });
  fs.writeFileSync(path.join(site, 'page.js'), `
import { initialize, transform, Async2genError } from 'async2gen';
const lines = [];
try {
  await initialize({ wasmURL: './async2gen.wasm' });
  const { code, map } = await transform('async function f(x) { return (await x) * 2; }\\nf(21).then((v) => log("got " + v));\\n', { sourceMaps: true });
  lines.push('lowered ' + !/async function/.test(code) + ' map ' + map.version);
  const log = (s) => { lines.push(s); document.getElementById('out').textContent = lines.join(' | '); };
  new Function('log', code)(log);
  try { await transform('async function g() { await; }', { filename: 'b.js' }); } catch (e) { lines.push('error ' + (e instanceof Async2genError) + ' ' + e.line + ':' + e.column); }
} catch (e) {
  lines.push('failed ' + e);
}
document.getElementById('out').textContent = lines.join(' | ');
`);
  await require('esbuild').build({ entryPoints: [path.join(site, 'page.js')], bundle: true, platform: 'browser', format: 'esm',
    outfile: path.join(site, 'bundle.js'), logLevel: 'silent', absWorkingDir: work });
  fs.copyFileSync(require.resolve('async2gen/wasm/async2gen.wasm'), path.join(site, 'async2gen.wasm'));
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><pre id="out">not run</pre><script type="module" src="bundle.js"></script>\n');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
  const server = http.createServer((req, res) => {
    const f = path.join(site, path.basename(new URL(req.url, 'http://x').pathname) || 'index.html');
    if (!fs.existsSync(f)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': types[path.extname(f)] || 'application/octet-stream' }).end(fs.readFileSync(f));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${server.address().port}/index.html`;
    const dom = await new Promise((resolve, reject) => {
      import('node:child_process').then(({ execFile }) => execFile(chromium, ['--headless', '--no-sandbox', '--disable-gpu',
        '--virtual-time-budget=10000', '--dump-dom', url], { timeout: 60000 }, (e, out) => (e ? reject(e) : resolve(out))));
    });
    const text = /<pre id="out">([^<]*)<\/pre>/.exec(dom)?.[1];
    assert.equal(text, 'lowered true map 3 | got 42 | error true 1:22');
  } finally {
    server.close();
  }
});
