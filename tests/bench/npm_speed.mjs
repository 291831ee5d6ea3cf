#!/usr/bin/env node
// The npm package's speed: its WebAssembly transformSync against the native binary, @babel/core
// and oxc-transform (the last two called from the same node process, as bench.mjs runs them), on
// the benchmark sets; and the packages' sizes. After `bash npm/build.sh` and once the sets exist
// (`node tests/bench/bench.mjs --quick --tools async2gen --per-file 0` builds them):
//
//   node tests/bench/npm_speed.mjs [--rounds 3] [--sets tree,dense,bundles]
//
// In-process tools run over texts already in memory (no file I/O), one file after another, on
// one thread; each set's time is the median of the rounds, tool order rotated each round. The
// native binary runs as `async2gen -d OUT SET -j1 -q` (one process: its start, reading and
// writing files included), and with -j2. Only files every tool accepts are timed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { TOOLS } from './lib/tool-runner.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const argv = process.argv.slice(2);
const opt = (name, def) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : def);
const rounds = Number(opt('--rounds', 3));
const setNames = opt('--sets', 'tree,dense,bundles').split(',');
const stage = path.resolve(opt('--stage', path.join(REPO, 'build/npm-stage')));
const native = path.join(stage, 'linux-x64/bin/async2gen');
const log = (m) => process.stderr.write(m + '\n');

const a2g = createRequire(path.join(stage, 'async2gen/package.json'))('./lib/index.js');
const tools = {
  'async2gen (wasm)': () => (file, src) => a2g.transformSync(src, { filename: file }).code,
  'oxc-transform': TOOLS['oxc-transform'],
  '@babel/core': TOOLS.babel,
};
const made = Object.fromEntries(Object.entries(tools).map(([k, f]) => [k, f()]));

function walk(dir, rel = '') {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) out.push(...walk(dir, r));
    else if (/\.[cm]?js$/.test(e.name)) out.push(r);
  }
  return out.sort();
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f) => {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
};

const results = [];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'a2g-npm-speed-'));
for (const name of setNames) {
  const dir = path.join(HERE, '.cache/sets', name);
  if (!fs.existsSync(dir)) {
    log(`npm_speed: ${dir} is missing: run node tests/bench/bench.mjs --quick --tools async2gen --per-file 0 first`);
    process.exit(2);
  }
  let files = walk(dir).map((rel) => ({ rel, file: path.join(dir, rel), src: fs.readFileSync(path.join(dir, rel), 'utf8') }));
  // Warm-up pass: every tool once on every file; files any tool refuses are left out.
  const refused = new Set();
  for (const [tool, f] of Object.entries(made)) {
    for (const x of files) {
      try { f(x.file, x.src); } catch { refused.add(x.rel); }
    }
    log(`${name}: ${tool} warmed up`);
  }
  files = files.filter((x) => !refused.has(x.rel));
  const bytes = files.reduce((n, x) => n + Buffer.byteLength(x.src), 0);
  // The common files, for the native runs.
  const common = path.join(scratch, name);
  for (const x of files) {
    fs.mkdirSync(path.dirname(path.join(common, x.rel)), { recursive: true });
    fs.writeFileSync(path.join(common, x.rel), x.src);
  }
  const ms = Object.fromEntries(Object.keys(made).map((k) => [k, []]));
  ms['native -j1'] = [];
  ms['native -j2'] = [];
  const order = Object.keys(ms);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < order.length; i++) {
      const tool = order[(i + r) % order.length];
      if (tool.startsWith('native')) {
        const out = path.join(scratch, 'out');
        fs.rmSync(out, { recursive: true, force: true });
        ms[tool].push(time(() => {
          const p = spawnSync(native, ['-d', out, common, '-q', tool.endsWith('1') ? '-j1' : '-j2']);
          if (p.status !== 0) throw new Error(`native: ${p.stderr}`);
        }));
      } else {
        const f = made[tool];
        ms[tool].push(time(() => { for (const x of files) f(x.file, x.src); }));
      }
    }
    log(`${name}: round ${r + 1}/${rounds}`);
  }
  results.push({ name, files: files.length, refused: refused.size, bytes, ms: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, median(v)])) });
}
fs.rmSync(scratch, { recursive: true, force: true });

// The report.
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const lines = [];
lines.push(`Median of ${rounds} rounds, milliseconds (MB/s), node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0].model.trim()}).`, '');
lines.push('| set | files | MB | async2gen wasm | native -j1 | native -j2 | oxc-transform | @babel/core | wasm / native -j1 | oxc / wasm | Babel / wasm |');
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  const mb = r.bytes / 1e6;
  const cell = (k) => `${fmt(r.ms[k])} (${fmt(mb / (r.ms[k] / 1000))})`;
  lines.push(`| ${r.name} | ${r.files} | ${mb.toFixed(1)} | ${cell('async2gen (wasm)')} | ${cell('native -j1')} | ${cell('native -j2')} | ${cell('oxc-transform')} | ${cell('@babel/core')} | ` +
    `${(r.ms['async2gen (wasm)'] / r.ms['native -j1']).toFixed(2)} | ${(r.ms['oxc-transform'] / r.ms['async2gen (wasm)']).toFixed(2)} | ${(r.ms['@babel/core'] / r.ms['async2gen (wasm)']).toFixed(2)} |`);
}
lines.push('');
// Sizes: the packed tarballs, what they unpack to, the .wasm files (and gzipped).
const size = (f) => fs.statSync(f).size;
const du = (d) => fs.readdirSync(d, { recursive: true }).map((f) => path.join(d, f)).filter((f) => fs.statSync(f).isFile()).reduce((n, f) => n + size(f), 0);
const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
const dist = path.join(REPO, 'npm/dist');
lines.push('| package / file | size | gzip -9 |', '|---|---:|---:|');
for (const t of fs.readdirSync(dist).filter((f) => f.endsWith('.tgz'))) lines.push(`| ${t} (npm pack) | ${kb(size(path.join(dist, t)))} | |`);
lines.push(`| async2gen, installed | ${kb(du(path.join(stage, 'async2gen')))} | |`);
lines.push(`| @async2gen/linux-x64, installed | ${kb(du(path.join(stage, 'linux-x64')))} | |`);
for (const f of ['async2gen.wasm', 'async2gen.js', 'async2gen-cli.wasm', 'async2gen-cli.js']) {
  const p = path.join(stage, 'async2gen/wasm', f);
  lines.push(`| wasm/${f} | ${kb(size(p))} | ${kb(zlib.gzipSync(fs.readFileSync(p), { level: 9 }).length)} |`);
}
console.log(lines.join('\n'));
