// The npm packages as a user gets them: the tarballs of npm/dist installed into a scratch project
// (npm install of the local files), then the API and the command line used from there, first
// with the native binary's package, then with it removed (the WebAssembly build).
// node tests/npm/package_test.mjs --dist npm/dist --work build/npm-test --fixtures fixtures
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const args = Object.fromEntries(process.argv.slice(2).join(' ').split(/\s*--/).filter(Boolean).map((a) => a.split(/\s+/)));
const dist = path.resolve(args.dist || 'npm/dist');
const work = path.resolve(args.work || 'build/npm-test');
const fixtures = path.resolve(args.fixtures || 'fixtures');
const project = path.join(work, 'project');
const tarball = (name) => {
  const found = fs.readdirSync(dist).filter((f) => f.startsWith(name + '-') && /^[\d.]+\.tgz$/.test(f.slice(name.length + 1)));
  assert.equal(found.length, 1, `one ${name} tarball in ${dist}`);
  return path.join(dist, found[0]);
};

fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(project, { recursive: true });
fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "scratch", "private": true }\n');
const npm = (...a) => execFileSync('npm', [...a, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, encoding: 'utf8' });
npm('install', tarball('async2gen'), tarball('async2gen-linux-x64'));

const bin = path.join(project, 'node_modules', '.bin', 'async2gen');
const nativeFile = path.join(project, 'node_modules', '@async2gen', 'linux-x64', 'bin', 'async2gen');
const run = (argv, { input, env = {}, cwd = project } = {}) => {
  const r = spawnSync(bin, argv, { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const write = (rel, text) => {
  const f = path.join(project, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, text);
  return f;
};
const node = (file) => execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });

const program = 'async function f(x) {\n  return (await x) * 2;\n}\nf(21).then((v) => console.log("got", v));\n';
write('in.js', program);
write('bad.js', 'let ok = 1;\nasync function g() {\n  await;\n}\n');
write('src/a.js', program);
write('src/deep/b.mjs', 'export const b = async () => { for await (const x of [1, 2]) console.log(x); };\n');
write('src/plain.js', 'console.log("no lowering");\n');
write('esm/package.json', '{ "type": "module" }\n');
write('esm/m.js', 'async function h() { await null; }\nh();\n');

test('a three-line script calling transform', () => {
  write('three.js', 'const { transformSync } = require("async2gen");\nconst out = transformSync(require("fs").readFileSync("in.js", "utf8")).code;\nrequire("fs").writeFileSync("three.out.js", out);\n');
  node('three.js');
  assert.equal(node('three.out.js'), 'got 42\n');
});

test('npx async2gen in.js with the native binary', () => {
  assert.ok(fs.existsSync(nativeFile));
  const r = spawnSync('npx', ['--offline', 'async2gen', 'in.js', '-o', 'npx.out.js'], { cwd: project, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(node('npx.out.js'), 'got 42\n');
});

const require = createRequire(path.join(project, 'index.js'));
const api = require('async2gen');

test('transformSync and transform: code, map, diagnostics', async () => {
  const r = api.transformSync(program, { filename: 'in.js', sourceMaps: true });
  assert.match(r.code, /function\* f\(x\)/);
  assert.deepEqual(r.diagnostics, []);
  assert.equal(r.map.version, 3);
  assert.deepEqual(r.map.sources, ['in.js']);
  assert.equal(r.map.sourcesContent[0], program);
  const inline = await api.transform(program, { sourceMaps: 'inline' });
  assert.match(inline.code, /\/\/# sourceMappingURL=data:application\/json;charset=utf-8;base64,/);
  assert.equal(api.transformSync('const x = 1;\n').code, 'const x = 1;\n');
  assert.equal(api.transformSync(Buffer.from(program)).code, r.code.replace(/\n$/, '') === r.code ? r.code : api.transformSync(program).code);
  assert.equal(typeof api.version, 'string');
});

test('errors throw an Error with file:line:col, the code frame and fields', async () => {
  const text = fs.readFileSync(path.join(project, 'bad.js'), 'utf8');
  let error;
  try {
    api.transformSync(text, { filename: 'bad.js' });
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof Error && error instanceof api.Async2genError);
  assert.equal(error.name, 'Async2genError');
  assert.equal(error.file, 'bad.js');
  assert.equal(error.line, 3);
  assert.equal(error.column, 3);
  assert.match(error.message, /^bad\.js:3:3: error: .*'await'/);
  assert.equal(error.frame, '  await;\n  ^');
  assert.equal(error.diagnostics.length, 1);
  assert.equal(error.diagnostics[0].offset, 35);
  await assert.rejects(api.transform(text, { filename: 'bad.js' }), /bad\.js:3:3/);
  await assert.rejects(api.transformFile(path.join(project, 'bad.js')), (e) => e.file.endsWith('bad.js') && e.line === 3);
  assert.throws(() => api.transformSync('x', { sourcemaps: true }), /unknown option sourcemaps/);
  assert.throws(() => api.transformSync('x', { helpers: 'nope' }), TypeError);
  assert.throws(() => api.transformSync('await 1;\n', { moduleKind: 'cjs' }), /await/);
  assert.match(api.transformSync('await 1;\n', { moduleKind: 'cjs', topLevelAwait: true }).code, /yield 1/);
});

test('the assume option: plain-functions through the API, unknown names refused', () => {
  const plain = api.transformSync(program, { assume: 'plain-functions' }).code;
  assert.doesNotMatch(plain, /__async_function\(/);
  assert.ok(plain.length < api.transformSync(program).code.length);
  assert.equal(api.transformSync(program, { assume: ['plain-functions'] }).code, plain);
  write('plain.js', plain);
  assert.equal(node('plain.js'), 'got 42\n');
  assert.throws(() => api.transformSync(program, { assume: 'nope' }), /nope/);
  assert.throws(() => api.transformSync(program, { assume: 1 }), TypeError);
});

test('transformFile and transformFileSync: names, package type, the same code as the CLI', async () => {
  const sync = api.transformFileSync(path.join(project, 'in.js'));
  const cli = run(['in.js']);
  assert.equal(cli.status, 0);
  assert.equal(sync.code, cli.stdout);
  const esm = await api.transformFile(path.join(project, 'esm/m.js'), { helpers: 'import' });
  assert.match(esm.code, /^import \{/m);
  assert.equal(esm.code, run(['esm/m.js', '--helpers=import']).stdout);
  const cjs = api.transformFileSync(path.join(project, 'in.js'), { helpers: 'import' });
  assert.match(cjs.code, /require\("async2gen\/runtime"\)/);
});

test('printHelpers and async2gen/runtime', () => {
  for (const kind of ['esm', 'cjs', 'global']) assert.equal(api.printHelpers(kind), run(['--print-helpers', kind]).stdout);
  // Output that imports the runtime from the package runs.
  write('imp.js', api.transformSync(program, { helpers: 'import', moduleKind: 'cjs' }).code);
  assert.equal(node('imp.js'), 'got 42\n');
  write('imp.mjs', api.transformSync(program, { helpers: 'import', moduleKind: 'esm' }).code);
  assert.equal(node('imp.mjs'), 'got 42\n');
});

test('the ES module entry', async () => {
  const m = await import(path.join(project, 'node_modules', 'async2gen', 'lib', 'index.mjs'));
  assert.equal(m.transformSync(program).code, api.transformSync(program).code);
});

test('the browser entry (export condition "browser"): initialize, then the same API', () => {
  write('browser.mjs', `import fs from 'node:fs';
import { initialize, transform, transformSync, printHelpers, Async2genError } from 'async2gen';
await initialize({ wasmBinary: fs.readFileSync(new URL('./node_modules/async2gen/wasm/async2gen.wasm', import.meta.url)) });
console.log(JSON.stringify({ code: (await transform(${JSON.stringify(program)})).code, runtime: printHelpers('cjs').length }));
try { transformSync('async function g() { await; }', { filename: 'b.js' }); } catch (e) { console.log(e instanceof Async2genError, e.line, e.column); }
`);
  const out = execFileSync(process.execPath, ['--conditions=browser', 'browser.mjs'], { cwd: project, encoding: 'utf8' }).split('\n');
  const first = JSON.parse(out[0]);
  assert.equal(first.code, api.transformSync(program).code);
  assert.equal(first.runtime, api.printHelpers('cjs').length);
  assert.equal(out[1], 'true 1 22');
});

// The command line: the WebAssembly build against the native binary, case by case.
const cliCases = [
  ['in.js'],
  ['bad.js'],
  ['bad.js', '--error-format=json'],
  ['--bogus'],
  ['missing.js'],
  ['in.js', '-o', 'OUT-single.js', '--source-maps=both'],
  ['-d', 'OUT/tree', 'src', '--source-maps', '-v'],
  ['--check', '-d', 'OUT/tree', 'src', '--source-maps'],
  ['-d', 'OUT/fixtures', fixtures, '--helpers=file', '-q'],
  ['--print-helpers', 'global'],
  ['--version'],
  ['--top-level-await', '--module-kind=cjs', '--stdin-filename', 'x.cjs'],
  ['in.js', '--assume', 'plain-functions', '-o', 'OUT-assume.js'],
  ['in.js', '--assume', 'nope'],
];
const stdinFor = (c) => (c.includes('--stdin-filename') ? 'await 1;\n' : undefined);
const tree = (dir) => {
  const out = {};
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) { const f = path.join(e.parentPath ?? e.path, e.name); out[path.relative(dir, f)] = fs.readFileSync(f, 'utf8'); }
  }
  return out;
};
const runCases = (env, outDir) => cliCases.map((c) => {
  const argv = c.map((a) => a.replace('OUT', outDir));
  const r = run(argv, { env, input: stdinFor(c) });
  return { argv: c.join(' '), status: r.status, stdout: r.stdout.replaceAll(outDir, 'OUT'), stderr: r.stderr.replaceAll(outDir, 'OUT').replace(/^Usage: .*$/m, '') };
});

let nativeResults;
test('the CLI: native binary and WebAssembly build give the same output and exit codes', () => {
  nativeResults = runCases({}, 'out-native');
  const wasmResults = runCases({ ASYNC2GEN_WASM: '1' }, 'out-wasm');
  assert.deepEqual(nativeResults.map((r) => r.status), [0, 1, 1, 2, 2, 0, 0, 0, 1, 0, 0, 0, 0, 2]);
  for (let i = 0; i < cliCases.length; i++) assert.deepEqual(wasmResults[i], nativeResults[i], cliCases[i].join(' '));
  const a = tree(path.join(project, 'out-native')), b = tree(path.join(project, 'out-wasm'));
  assert.ok(Object.keys(a).length > 300, 'the fixtures were written');
  assert.deepEqual(Object.keys(b).sort(), Object.keys(a).sort());
  for (const f of Object.keys(a)) assert.equal(b[f], a[f].replaceAll('out-native', 'out-wasm'), f);
  assert.equal(node('out-native-single.js'), 'got 42\n');
});

test('a project where the native package is not installed: the WebAssembly build', () => {
  // Only the main tarball: npm skips the optional platform package it cannot get.
  const other = path.join(work, 'project-wasm');
  fs.mkdirSync(other, { recursive: true });
  fs.writeFileSync(path.join(other, 'package.json'), '{ "name": "scratch-wasm", "private": true }\n');
  for (const f of ['in.js', 'bad.js', 'src', 'esm', 'three.js']) fs.cpSync(path.join(project, f), path.join(other, f), { recursive: true });
  execFileSync('npm', ['install', tarball('async2gen'), '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: other });
  assert.ok(!fs.existsSync(path.join(other, 'node_modules', '@async2gen')));
  const results = cliCases.map((c) => {
    const r = spawnSync(path.join(other, 'node_modules', '.bin', 'async2gen'), c.map((a) => a.replace('OUT', 'out-native')),
      { cwd: other, input: stdinFor(c), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { argv: c.join(' '), status: r.status, stdout: r.stdout.replaceAll('out-native', 'OUT'), stderr: r.stderr.replaceAll('out-native', 'OUT').replace(/^Usage: .*$/m, '') };
  });
  for (let i = 0; i < cliCases.length; i++) assert.deepEqual(results[i], nativeResults[i], cliCases[i].join(' '));
  assert.deepEqual(tree(path.join(other, 'out-native')), tree(path.join(project, 'out-native')));
  const r = spawnSync('npx', ['--offline', 'async2gen', 'in.js', '-o', 'npx.out.js'], { cwd: other, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const inOther = (file) => execFileSync(process.execPath, [file], { cwd: other, encoding: 'utf8' });
  assert.equal(inOther('npx.out.js'), 'got 42\n');
  inOther('three.js');
  assert.equal(inOther('three.out.js'), 'got 42\n');
});
