// Each bundler plugin of the npm package in a real build with the real bundler (pinned by
// tests/npm/bundlers/package-lock.json, installed with `npm ci`): tests/npm/example bundled for
// node through async2gen/esbuild, async2gen/rollup, async2gen/vite and async2gen/webpack. Each
// bundle must print what node prints running the example's sources (native async functions),
// hold no async syntax, and have a source map that leads every marker back to its original line
// and column (columns move where `await x` became `(yield x)`).
// node tests/npm/bundlers.mjs --dist npm/dist --work build/npm-bundlers
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).join(' ').split(/\s*--/).filter(Boolean).map((a) => a.split(/\s+/)));
const dist = path.resolve(args.dist || 'npm/dist');
const work = path.resolve(args.work || 'build/npm-bundlers');
const tarball = fs.readdirSync(dist).find((f) => /^async2gen-[\d.]+\.tgz$/.test(f));

// The pinned bundlers: npm ci when the lock changed; then the packed async2gen, not saved.
fs.mkdirSync(work, { recursive: true });
const lock = fs.readFileSync(path.join(here, 'bundlers', 'package-lock.json'), 'utf8');
if (!fs.existsSync(path.join(work, 'node_modules')) || fs.readFileSync(path.join(work, 'package-lock.json'), 'utf8') !== lock) {
  for (const f of ['package.json', 'package-lock.json', '.npmrc']) fs.copyFileSync(path.join(here, 'bundlers', f), path.join(work, f));
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: work, stdio: 'inherit' });
}
execFileSync('npm', ['install', '--no-save', '--offline', '--no-audit', '--no-fund', '--loglevel=error', path.join(dist, tarball)], { cwd: work, stdio: 'inherit' });
const require = createRequire(path.join(work, 'package.json'));

// The example, copied beside the bundlers (webpack and Vite resolve from the project).
const example = path.join(work, 'example');
fs.rmSync(example, { recursive: true, force: true });
fs.cpSync(path.join(here, 'example'), example, { recursive: true });
const src = path.join(example, 'src');
const entry = path.join(src, 'main.js');
const out = path.join(work, 'out');
fs.rmSync(out, { recursive: true, force: true });
const runNode = (file) => execFileSync(process.execPath, [file], { encoding: 'utf8' });
const expected = runNode(entry);

// Where each marker stands in the sources: file, 1-based line, and the 0-based column of the
// string literal holding it (where its token starts).
const quoteBefore = (line, at) => Math.max(line.lastIndexOf("'", at), line.lastIndexOf('"', at));
const markers = {};
for (const f of fs.readdirSync(src)) {
  fs.readFileSync(path.join(src, f), 'utf8').split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/marker:([\w-]+)/g)) markers[m[0]] = { file: f, line: i + 1, column: quoteBefore(line, m.index) };
  });
}

function checkBundle(file) {
  assert.equal(runNode(file), expected);
  const code = fs.readFileSync(file, 'utf8');
  assert.doesNotMatch(code, /\basync\s+(function\b|\(|\w+\s*=>)|\bawait\s|for\s+await/, 'async syntax left in the bundle');
  const { TraceMap, originalPositionFor } = require('@jridgewell/trace-mapping');
  const map = new TraceMap(fs.readFileSync(file + '.map', 'utf8'));
  const lines = code.split('\n');
  let checked = 0;
  for (const [marker, where] of Object.entries(markers)) {
    const line = lines.findIndex((l) => l.includes(marker));
    assert.ok(line >= 0, `${marker} is in the bundle`);
    const p = originalPositionFor(map, { line: line + 1, column: quoteBefore(lines[line], lines[line].indexOf(marker)) });
    assert.ok(p.source && p.source.endsWith(where.file), `${marker}: source ${p.source}, expected ${where.file}`);
    assert.equal(p.line, where.line, `${marker}: line`);
    // (columns in the files async2gen lowers; the bundlers map the others as they do)
    if (where.file !== 'plain.js') assert.equal(p.column, where.column, `${marker}: column`);
    checked++;
  }
  assert.equal(checked, 5);
}

test('esbuild (onLoad)', async () => {
  const esbuild = require('esbuild');
  const async2gen = require('async2gen/esbuild');
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: path.join(out, 'esbuild.mjs'),
    sourcemap: true, logLevel: 'silent', plugins: [async2gen()] });
  checkBundle(path.join(out, 'esbuild.mjs'));
});

test('Rollup (transform hook)', async () => {
  const { rollup } = require('rollup');
  const async2gen = require('async2gen/rollup');
  const bundle = await rollup({ input: entry, plugins: [async2gen()], onwarn() {} });
  await bundle.write({ file: path.join(out, 'rollup.mjs'), format: 'es', sourcemap: true });
  await bundle.close();
  checkBundle(path.join(out, 'rollup.mjs'));
});

test('Vite (build, library mode)', async () => {
  const { build } = await import(pathToFileURL(require.resolve('vite')).href);
  const async2gen = require('async2gen/vite');
  await build({ root: example, configFile: false, logLevel: 'silent', plugins: [async2gen()],
    build: { outDir: path.join(out, 'vite'), emptyOutDir: true, minify: false, sourcemap: true,
      lib: { entry, formats: ['es'], fileName: () => 'vite.mjs' } } });
  checkBundle(path.join(out, 'vite', 'vite.mjs'));
});

test('webpack (loader)', async () => {
  const webpack = require('webpack');
  const stats = await new Promise((resolve, reject) => webpack({
    mode: 'none', context: example, entry, target: 'node', devtool: 'source-map',
    output: { path: path.join(out, 'webpack'), filename: 'webpack.js' },
    module: { rules: [{ test: /\.[cm]?js$/, use: [{ loader: require.resolve('async2gen/webpack') }] }] },
  }, (err, s) => (err ? reject(err) : resolve(s))));
  assert.ok(!stats.hasErrors(), stats.toString('errors-only'));
  checkBundle(path.join(out, 'webpack', 'webpack.js'));
});

test('only files that mention async or await are transformed', async () => {
  const plainCode = fs.readFileSync(path.join(src, 'plain.js'), 'utf8');
  const libCode = fs.readFileSync(path.join(src, 'lib.js'), 'utf8');
  const rollupPlugin = require('async2gen/rollup')();
  assert.equal(await rollupPlugin.transform(plainCode, path.join(src, 'plain.js')), null);
  assert.match((await rollupPlugin.transform(libCode, path.join(src, 'lib.js'))).code, /function\*/);
  let onLoad;
  require('async2gen/esbuild')().setup({ onLoad: (_, f) => { onLoad = f; } });
  assert.equal(await onLoad({ path: path.join(src, 'plain.js') }), undefined);
  assert.match((await onLoad({ path: path.join(src, 'lib.js') })).contents, /function\*/);
  const loaded = await new Promise((resolve, reject) => require('async2gen/webpack').call(
    { async: () => (e, code) => (e ? reject(e) : resolve(code)), resourcePath: 'plain.js', sourceMap: false }, plainCode));
  assert.equal(loaded, plainCode);
});

test('errors reach the bundler with their position', async () => {
  const bad = path.join(src, 'bad.js');
  fs.writeFileSync(bad, 'export async function f() {\n  await;\n}\n');
  const esbuild = require('esbuild');
  const r = await esbuild.build({ entryPoints: [bad], bundle: true, write: false, logLevel: 'silent', plugins: [require('async2gen/esbuild')()] })
    .catch((e) => e);
  assert.equal(r.errors[0].location.line, 2);
  assert.equal(r.errors[0].location.column, 2);
  const { rollup } = require('rollup');
  await assert.rejects(rollup({ input: bad, plugins: [require('async2gen/rollup')()] }), /bad\.js:2:3: error/);
  fs.rmSync(bad);
});
