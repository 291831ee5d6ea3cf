#!/usr/bin/env node
// run_engines.mjs - async2gen's output on real engines without async syntax (Rhino, Hermes), compared with
// node running the native input. tests/engines/README.md says what is compared, the applicability rule,
// the quirks and the shims.
//
// Usage:
//   node tests/engines/run_engines.mjs --bin PATH [--rhino CMD [--rhino-opt N]] [--hermes PATH --hermesc PATH]
//        [--difftest-seed N --difftest-count K] [--profile-seed N --profile-count K]
//        [--node24 PATH] [--filter SUBSTR] [--jobs N] [--verbose] [--show] FIXTURES_DIR
// --verbose lists every verdict (and the quirk evidence); --show prints, for each failure, the whole output
// of node and of the engine (and of the engine running the native input, where it can) as a diff.
// An engine runs only when its command is given. Last line: `engines: N passed, M failed` (N counts
// passes, listed quirks and known gaps over all engines). Exit 0 iff M == 0 and N > 0, 1 otherwise,
// 2 on usage errors.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareRuns, showLine } from '../common/run_in_worker.mjs';
import { generateProgram, PROFILES } from '../difftest/gen.mjs';
import { hermesVersion, runHermes } from './hermes.mjs';
import { runInNode } from './node_reference.mjs';
import { rhinoVersion, runRhino } from './rhino.mjs';
import { isUserText } from './user_text.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PRELUDE_PATH = path.join(HERE, 'prelude.js');
const PRELUDE = fs.readFileSync(PRELUDE_PATH, 'utf8');
const USAGE =
  'usage: node run_engines.mjs --bin PATH [--rhino CMD [--rhino-opt N]] [--hermes PATH --hermesc PATH]\n' +
  '         [--difftest-seed N --difftest-count K] [--profile-seed N --profile-count K]\n' +
  '         [--node24 PATH] [--filter SUBSTR] [--jobs N] [--verbose] [--show] FIXTURES_DIR';
// The difftest programs of a seed are those of difftest.mjs without --skip (its DEFAULT_SKIP).
const DIFFTEST_SKIP = ['ctorp'];
// Cases that may be neither not applicable nor a quirk on the engines named (issue 11). The program with a
// computed [Symbol.asyncIterator] key cannot compile on Rhino (no computed keys): its -assigned twin can.
const MUST_PASS = {
  'seed/fetch-user-data': ['rhino', 'hermes'],
  'for-await/user-async-iterator-symbol': ['hermes'],
  'for-await/user-async-iterator-symbol-assigned': ['rhino', 'hermes'],
};
// Cases node's reference run (a vm context) cannot run as node itself does, with the reason.
const REFERENCE_CANNOT_RUN = {
  'semantics/non-extensible-global-and-replaced-builtins': "node's vm contexts cannot make their global non-extensible",
};
// Node's own globals: a native run that stops on a ReferenceError for one of them needs node's host.
const NODE_HOST_NAMES = ['require', 'module', 'exports', 'process', '__filename', '__dirname', 'Buffer', 'setImmediate'];

// ---------------------------------------------------------------- arguments

function usageError(msg) {
  console.error(`run_engines: ${msg}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = {
    bin: null, rhino: null, rhinoOpt: null, hermes: null, hermesc: null, seed: 1, count: 0, profileSeed: 1, profileCount: 0,
    filter: '', jobs: 2,
    verbose: false, show: false, dir: null, node24: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const [arg, inline] = argv[i].startsWith('--') ? argv[i].split(/=(.*)/s) : [argv[i]];
    const value = () => inline ?? (i + 1 < argv.length ? argv[++i] : usageError(`${arg} needs a value`));
    const int = (min) => {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) < min) usageError(`${arg} needs an integer >= ${min}, got '${v}'`);
      return Number(v);
    };
    if (arg === '--bin') opts.bin = value();
    else if (arg === '--rhino') opts.rhino = value();
    else if (arg === '--rhino-opt') opts.rhinoOpt = /^-1$|^\d$/.test(inline ?? argv[i + 1] ?? '') ? Number(value()) : usageError('--rhino-opt needs -1..9');
    else if (arg === '--hermes') opts.hermes = value();
    else if (arg === '--hermesc') opts.hermesc = value();
    else if (arg === '--difftest-seed') opts.seed = int(0);
    else if (arg === '--difftest-count') opts.count = int(0);
    else if (arg === '--profile-seed') opts.profileSeed = int(0);
    else if (arg === '--profile-count') opts.profileCount = int(0);
    else if (arg === '--filter') opts.filter = value();
    else if (arg === '--node24') opts.node24 = value();
    else if (arg === '--jobs') opts.jobs = int(1);
    else if (arg === '--verbose') opts.verbose = true;
    else if (arg === '--show') opts.show = true;
    else if (arg === '--help' || arg === '-h') { console.log(USAGE); process.exit(0); }
    else if (arg.startsWith('-')) usageError(`unknown option ${arg}`);
    else if (opts.dir === null) opts.dir = arg;
    else usageError(`unexpected argument ${arg}`);
  }
  if (opts.dir === null) usageError('missing FIXTURES_DIR');
  if (opts.bin === null) usageError('missing --bin');
  if (!opts.rhino && !opts.hermes) usageError('no engine: give --rhino and/or --hermes');
  if (opts.hermes && !opts.hermesc) usageError('--hermes needs --hermesc');
  for (const f of [opts.bin, opts.hermes, opts.hermesc, opts.node24]) if (f && !fs.existsSync(f)) usageError(`no such file: ${f}`);
  return opts;
}

// ---------------------------------------------------------------- cases

const read = (f) => fs.readFileSync(f, 'utf8');
const subdirs = (dir) => fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

// The exec fixtures, selected as tests/exec/run_exec.mjs selects them. Those marked `node24` (their
// native input needs a newer node than this one: `using` declarations) only with --node24, whose
// node then runs their reference; not those with --top-level-await (the native input is a module
// with top-level await, which the reference's scripts cannot be).
function fixtureCases(root, filter, node24) {
  const cases = [];
  for (const category of subdirs(root)) {
    for (const name of subdirs(path.join(root, category))) {
      const dir = path.join(root, category, name);
      const id = `${category}/${name}`;
      const has = (f) => fs.existsSync(path.join(dir, f));
      if (!has('input.js') || !has('output.js') || has('no-exec') || !id.includes(filter)) continue;
      const args = has('args') ? read(path.join(dir, 'args')).trim().split(/\s+/) : [];
      if (has('node24') && (!node24 || args.includes('--top-level-await'))) continue;
      cases.push({
        id,
        node24: has('node24'),
        input: read(path.join(dir, 'input.js')),
        output: read(path.join(dir, 'output.js')),
        args,
        knownGap: has('known-gap') ? read(path.join(dir, 'known-gap')).trim().split('\n')[0] : null,
      });
    }
  }
  return cases;
}

// The difftest programs of seeds seed..seed+count-1: without an engine, those of difftest.mjs without
// --skip, run on every engine; with one, those of its profile (gen.mjs PROFILES: only syntax the engine
// compiles, clear of its listed quirks), run on that engine only. A profile program's native run in node
// must equal its output's run in node (c.lowered): the program is deterministic and lowered right there,
// so a difference on the engine is the engine's or the runtime's on it.
function difftestCases(seed, count, filter, engine = null) {
  const cases = [];
  for (let s = seed; s < seed + count; s++) {
    const id = engine ? `difftest-${engine}/seed-${s}` : `difftest/seed-${s}`;
    if (!id.includes(filter)) continue;
    const input = engine ? generateProgram(s, [], engine) : generateProgram(s, DIFFTEST_SKIP);
    cases.push({ id, input, output: null, args: [], knownGap: null, ...(engine && { engine, lowered: true }) });
  }
  return cases;
}

function runBin(bin, args) {
  const r = spawnSync(bin, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Code the lowering adds only because the input itself uses that syntax, neutralized (same length,
// every position kept) in the copy that decides applicability, so that an engine lacking the syntax
// reports the input's own use of it, not the copy the lowering made first:
// - the private fields added to a class that already has static initializers (`static #__async_fix =
//   __async_methods(this, ...);`, `#__async_fixi = ...;`, see lower_generator.cpp): blanked;
// - `= void 0` defaults of the parameters that stand for the input's own defaulted ones
//   (`(__async_p0, __async_p1 = void 0) =>`): blanked;
// - `new.target` read for the input's own (`__async_new_target = new.target`): `void 0`; the `let` that gives a `for await` head's names their dead zone in the iterable
//   (`break __async_b1; let x;`, the input's own loop binding named as in its iterable): blanked.
const CLASS_FIXUP = /( static)? #__async\d*_fixi? = __async\d*_methods\((?:[^;"']|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')*\);/g;
const DEFAULTED_PARAMETER = /(__async\d*_p\d+)( = void 0)/g;
const NEW_TARGET = /(__async\d*_new_target = )new\.target/g;
const DEAD_ZONE = /(break __async\d*_b\d+; )(let [^;]*;)/g;
function neutralized(text) {
  return text
    .replace(CLASS_FIXUP, (m) => ' '.repeat(m.length))
    .replace(DEFAULTED_PARAMETER, (m, name, value) => name + ' '.repeat(value.length))
    .replace(NEW_TARGET, (m, head) => `${head}void 0    `)
    .replace(DEAD_ZONE, (m, head, names) => head + ' '.repeat(names.length));
}

// Transpiles every case's input in batches (one async2gen process per distinct `args` and mode):
// case.global (--helpers=global, with its source map) for the applicability rule, and case.output for
// cases without a committed one. Files live under tmp/<index>/.
function transpileAll(bin, cases, tmp) {
  const groups = new Map();
  cases.forEach((c, i) => {
    const key = c.args.join(' ');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(i);
  });
  let g = 0;
  for (const [, indexes] of groups) {
    const inDir = path.join(tmp, `in-${g}`);
    for (const i of indexes) {
      fs.mkdirSync(path.join(inDir, String(i)), { recursive: true });
      fs.writeFileSync(path.join(inDir, String(i), 'input.js'), cases[i].input);
    }
    const args = cases[indexes[0]].args;
    const globalDir = path.join(tmp, `global-${g}`);
    runBin(bin, ['-q', '-j', '2', '--helpers=global', '--source-maps', ...args, '-d', globalDir, inDir]);
    const inlineDir = path.join(tmp, `inline-${g}`);
    if (indexes.some((i) => cases[i].output === null)) runBin(bin, ['-q', '-j', '2', ...args, '-d', inlineDir, inDir]);
    for (const i of indexes) {
      const c = cases[i];
      c.inputPath = path.join(inDir, String(i), 'input.js');
      const out = path.join(globalDir, String(i), 'input.js');
      if (fs.existsSync(out)) {
        c.globalPath = out;
        c.global = read(out);
        c.map = JSON.parse(read(`${out}.map`));
        const probe = neutralized(c.global);
        if (probe !== c.global) {
          c.globalPath = `${out}.probe.js`;
          fs.writeFileSync(c.globalPath, probe);
        }
      }
      if (c.output === null) {
        const inline = path.join(inlineDir, String(i), 'input.js');
        if (fs.existsSync(inline)) c.output = read(inline);
      }
      if (c.global === undefined || c.output === null) {
        const r = runBin(bin, ['--helpers=global', ...args, path.join(inDir, String(i), 'input.js')]);
        c.transpileError = r.stderr.trim().split('\n').slice(0, 3).join(' | ') || `async2gen exited with ${r.code}`;
      } else {
        c.outputPath = path.join(tmp, `out-${i}.js`);
        fs.writeFileSync(c.outputPath, c.output);
      }
    }
    g++;
  }
}

// The runtime on its own: `--print-helpers global` followed by a program transpiled with
// --helpers=global (the seed example: its truth is its native input), and `--print-helpers cjs` as the
// body of a CommonJS module with stub module/exports/require (its truth: node running the same scripts).
function helperCases(bin, fixturesDir, tmp) {
  const write = (name, text) => {
    const f = path.join(tmp, name);
    fs.writeFileSync(f, text);
    return f;
  };
  const seedInput = path.join(fixturesDir, 'seed', 'fetch-user-data', 'input.js');
  const globalHelpers = runBin(bin, ['--print-helpers', 'global']).stdout;
  const probe = runBin(bin, ['--helpers=global', seedInput]).stdout;
  const cjs = runBin(bin, ['--print-helpers', 'cjs']).stdout;
  const wrapped =
    'var __module = { exports: {} };\n' +
    '(function (module, exports, require) {\n' + cjs + '\n})(__module, __module.exports, ' +
    'function (id) { throw new Error("require(" + id + ") in the runtime"); });\n';
  const listing =
    'var __names = Object.keys(__module.exports);\n' +
    'console.log("exports", __names.length, __names.filter(function (k) { return typeof __module.exports[k] === "function"; }).length);\n';
  return [
    {
      id: 'helpers/print-helpers-global', mustRun: true,
      run: [write('helpers-global.js', globalHelpers), write('helpers-global-probe.js', probe)],
      truth: [{ source: read(seedInput), name: 'input.js' }],
    },
    {
      id: 'helpers/print-helpers-cjs', mustRun: true,
      run: [write('helpers-cjs.js', wrapped), write('helpers-cjs-listing.js', listing)],
      truth: [{ source: wrapped, name: 'helpers-cjs.js' }, { source: listing, name: 'listing.js' }],
    },
  ];
}

// ---------------------------------------------------------------- quirks

// quirks.json: { evidence: { NAME: { engine, file, what } }, cases: [{ engine, case, evidence: [NAME...],
// reason }] }. Every evidence program is run too and must still differ from node on its engine.
function loadQuirks() {
  const q = JSON.parse(read(path.join(HERE, 'quirks.json')));
  for (const c of q.cases) {
    for (const name of c.evidence) {
      const ev = q.evidence[name];
      if (!ev || ev.engine !== c.engine) throw new Error(`quirks.json: ${c.case} names unknown ${c.engine} evidence ${name}`);
    }
  }
  return q;
}

// ---------------------------------------------------------------- verdicts

function asRun(r) {
  return { stdout: r.lines.join('\n'), stderr: '', uncaught: r.uncaught ?? '', exit: r.state };
}

const hostName = (uncaught) => {
  const m = /^ReferenceError: (\S+) is not defined$/.exec(uncaught ?? '');
  return m && NODE_HOST_NAMES.includes(m[1]) ? m[1] : null;
};

const where = (e) => `${e.line}:${e.column}: ${e.message}` + (e.lineSource ? ` | ${e.lineSource.trim().slice(0, 100)}` : '');

// Hermes' errors for the async syntax that async2gen lowers (the rest it has).
const LOWERED_SYNTAX_ERRORS = /^(async generators are unsupported|for await\.\.of loops are currently unsupported)$/;

// -> { verdict: 'pass' | 'quirk' | 'gap' | 'na' | 'fail', reason, group, details: [lines] }
function judge(engine, c, record, truth, quirk) {
  const mustPass = c.mustRun || (MUST_PASS[c.id] ?? []).includes(engine);
  if (c.transpileError) return fail('async2gen failed', [`  ${c.transpileError}`]);
  if (mustPass && record.compileError) return fail(`must pass, but the engine cannot compile it: ${record.compileError.message}`, [`  ${where(record.compileError)}`]);
  if (record.compileError) {
    const e = record.compileError;
    if (!e.line) return fail(`the engine's compiler failed without a position: ${e.message}`, []);
    if (isUserText({ output: c.global, input: c.input, map: c.map }, e.line, e.column)) return { verdict: 'na', group: e.message, reason: where(e) };
    // The engine compiling the native input itself (Hermes, which has async functions) refuses
    // something in it other than the async syntax async2gen lowers, or says it cannot run what the
    // input asks (a direct eval): the program cannot run there, lowered or not.
    // A listed quirk that keeps the engine from compiling what the input asks (its `compileError`
    // names the message, its evidence shows the engine refusing the plain-JavaScript equivalent).
    if (quirk?.compileError && e.message.includes(quirk.compileError)) {
      return mustPass ? fail('listed as a quirk, but must pass', [`  ${where(e)}`]) : { verdict: 'quirk', reason: quirk.reason };
    }
    const native = record.inputCompile;
    if (native?.unsupported?.length) return { verdict: 'na', group: `the input: ${native.unsupported[0]}`, reason: native.unsupported[0] };
    const own = (native?.compileError?.all ?? []).find((m) => !LOWERED_SYNTAX_ERRORS.test(m));
    if (own) return { verdict: 'na', group: `the input: ${own}`, reason: where(native.compileError) };
    return fail(`added code uses syntax the engine lacks: ${e.message}`,
      [`  ${engine} cannot compile the output (--helpers=global) at ${where(e)}`, '  and that position is not text of the input']);
  }
  // The engine said, compiling the program, that it cannot run what it asks (Hermes: a direct eval
  // that would see the function's variables).
  if (record.unsupported?.length) return { verdict: 'na', group: `the engine: ${record.unsupported[0]}`, reason: record.unsupported[0] };
  if (REFERENCE_CANNOT_RUN[c.id]) return { verdict: 'na', group: REFERENCE_CANNOT_RUN[c.id], reason: REFERENCE_CANNOT_RUN[c.id] };
  if (!mustPass && hostName(truth.uncaught)) {
    return { verdict: 'na', group: `uses node's host API (${hostName(truth.uncaught)})`, reason: truth.uncaught };
  }
  if (truth.state !== 'done') return fail(`node's reference run: ${truth.state}`, []);
  const report = compareRuns(asRun(truth), asRun(record), ['node', engine]);
  const differs = report.length > 0;
  if (record.note) report.push(`  note: ${record.note}`);
  if (quirk) {
    if (mustPass) return fail('listed as a quirk, but must pass', report);
    return differs ? { verdict: 'quirk', reason: quirk.reason } : fail('listed quirk no longer differs: remove it from quirks.json', []);
  }
  if (!differs) return { verdict: 'pass' };
  if (record.native) {
    const same = compareRuns(asRun(record.native), asRun(record), [`${engine} native`, engine]).length === 0;
    report.push(same ? `  ${engine} running the native input prints the same: the engine's own behaviour?`
      : `  ${engine} running the native input prints something else too`);
  }
  if (c.knownGap) return { verdict: 'gap', reason: c.knownGap };
  return fail(failureGroup(record), report);

  function fail(group, details) {
    return { verdict: 'fail', group, details };
  }
}

// gaps.json: cases that fail today because of async2gen itself (the runtime or the code the lowering
// adds), each with why; work still to do for issue 11. A listed case counts as a known gap while it
// still fails, and fails the run as soon as it passes or becomes n.a. (then remove it from the list).
const OPEN_GAPS = JSON.parse(read(path.join(HERE, 'gaps.json'))).cases;
function withOpenGap(engine, c, v) {
  const gap = OPEN_GAPS.find((g) => g.engine === engine && g.case === c.id);
  if (!gap) return v;
  if (v.verdict === 'fail') return { verdict: 'gap', reason: `${gap.reason} (was: ${v.group})` };
  return { verdict: 'fail', group: `listed in gaps.json but now ${v.verdict}: remove it from the list`, details: [] };
}

// A profile program whose output already does something else in node than its native input (a lowering
// bug that difftest.mjs finds too, or a program that is not deterministic: a generator bug): a failure.
function loweredDiffers(c, truth, lowered) {
  if (!c.lowered || c.transpileError) return null;
  if (!lowered) return { verdict: 'fail', group: 'async2gen gave no output', details: [] };
  if (truth.state !== 'done') return { verdict: 'fail', group: `node's reference run: ${truth.state}`, details: [] };
  const report = compareRuns(asRun(truth), asRun(lowered), ['node', 'node running the output']);
  return report.length ? { verdict: 'fail', group: 'the output differs from the input in node already', details: report } : null;
}

// A short name for why a run differs, to group failures in the summary.
function failureGroup(record) {
  if (record.syntaxError) return `output does not compile: ${record.syntaxError.message} | ${(record.syntaxError.lineSource ?? '').trim().slice(0, 80)}`;
  if (record.state !== 'done') return `${record.state}${record.note ? `: ${record.note}` : ''}`;
  if (record.uncaught) return `uncaught ${record.uncaught.slice(0, 120)}`;
  return 'printed output differs';
}

// The quirk evidence programs (plain JavaScript, no async2gen): each must still differ from node.
function judgeEvidence(ev, record, truth) {
  // (an evidence with `compileError`: the engine's compiler fails on it, with that text)
  if (ev.compileError) {
    return record.compileError?.message.includes(ev.compileError) ? { verdict: 'pass', details: [`  ${record.compileError.message}`] }
      : { verdict: 'fail', group: `quirk evidence no longer fails to compile with "${ev.compileError}"`, details: [`  ${ev.file}`] };
  }
  if (record.compileError) return { verdict: 'fail', group: 'quirk evidence does not compile', details: [`  ${where(record.compileError)}`] };
  const report = compareRuns(asRun(truth), asRun(record), ['node', ev.engine]);
  if (report.length === 0) return { verdict: 'fail', group: 'quirk evidence no longer differs from node', details: [`  ${ev.file}`] };
  return { verdict: 'pass', details: report };
}

// The whole of two runs as a line diff (--show): ' ' both, '-' node only, '+' engine only.
function showRuns(engine, truth, record) {
  const text = (r) => [...r.lines, `uncaught: ${r.uncaught ?? '<none>'}`, `state: ${r.state}`];
  const diff = (a, b) => {
    const n = a.length, m = b.length;
    const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    const out = [];
    let i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i] === b[j]) { out.push(`    ${a[i]}`); i++; j++; }
      else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) out.push(`  + ${b[j++]}`);
      else out.push(`  - ${a[i++]}`);
    }
    return out.join('\n');
  };
  let s = `  --- node / +++ ${engine}\n${diff(text(truth), text(record))}`;
  if (record.native) s += `\n  --- node / +++ ${engine} running the native input\n${diff(text(truth), text(record.native))}`;
  return s;
}

// ---------------------------------------------------------------- main

function groupLines(entries) {
  const groups = new Map();
  for (const e of entries) groups.set(e, (groups.get(e) ?? 0) + 1);
  return [...groups].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `  ${String(n).padStart(4)}x ${showLine(k, 0)}`);
}

// The reference runs of `node24` cases, in that node (node_reference.mjs --batch): their results.
function runInNewerNode(node, runs, tmp) {
  if (runs.length === 0) return Promise.resolve([]);
  const file = path.join(tmp, 'node24-runs.json');
  fs.writeFileSync(file, JSON.stringify(runs.map((scripts) => ({ prelude: PRELUDE, scripts }))));
  return new Promise((resolve, reject) => {
    const child = spawn(node, [path.join(HERE, 'node_reference.mjs'), '--batch', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        const results = JSON.parse(out);
        if (results.length !== runs.length) throw new Error(`${results.length} results for ${runs.length} runs`);
        resolve(results);
      } catch (e) {
        reject(new Error(`${node} node_reference.mjs --batch: exit ${code}: ${e.message}\n${err}`));
      }
    });
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'async2gen-engines-'));
  try {
    const quirks = loadQuirks();
    const profiled = [opts.rhino && 'rhino', opts.hermes && 'hermes'].filter((e) => e && PROFILES[e]);
    const cases = [
      ...fixtureCases(opts.dir, opts.filter, opts.node24), ...difftestCases(opts.seed, opts.count, opts.filter),
      ...profiled.flatMap((engine) => difftestCases(opts.profileSeed, opts.profileCount, opts.filter, engine)),
    ];
    transpileAll(opts.bin, cases, tmp);
    const checks = helperCases(opts.bin, opts.dir, tmp);
    const evidence = Object.entries(quirks.evidence).map(([name, ev]) => ({ name, ...ev, path: path.join(HERE, ev.file) }));

    // Node's truth: every case's native input (sequential, in this process, while the engines run).
    // (the cases marked `node24`: in one process of that node, meanwhile)
    const newer = runInNewerNode(opts.node24, cases.filter((c) => c.node24).map((c) => [{ source: c.input, name: 'input.js' }]), tmp);
    const newerIndex = new Map(cases.filter((c) => c.node24).map((c, k) => [c, k]));
    const truths = [
      ...cases.map((c) => c.node24 ? newer.then((results) => results[newerIndex.get(c)])
        : runInNode(PRELUDE, [{ source: c.input, name: 'input.js' }])),
      ...checks.map((h) => runInNode(PRELUDE, h.truth)),
    ];
    const evidenceTruths = evidence.map((ev) => runInNode(PRELUDE, [{ source: read(ev.path), name: ev.file }]));
    // The profile programs' outputs in node too (see difftestCases).
    const loweredRuns = cases.map((c) => (c.lowered && c.outputPath ? runInNode(PRELUDE, [{ source: c.output, name: 'output.js' }]) : null));

    const engines = [];
    const itemsFor = (engine) => [
      ...cases.map((c) => (c.outputPath && (!c.engine || c.engine === engine) ? { compile: c.globalPath, run: [c.outputPath] } : { compile: null, run: null })),
      ...checks.map((h) => ({ compile: null, run: h.run })),
      ...evidence.map((ev) => (ev.engine === engine ? { compile: ev.path, run: [ev.path] } : { compile: null, run: null })),
    ];
    if (opts.rhino) {
      engines.push({
        name: 'rhino',
        records: runRhino({ command: opts.rhino, items: itemsFor('rhino'), prelude: PRELUDE_PATH, tmp, optimization: opts.rhinoOpt }),
        version: async () => rhinoVersion() ?? 'unknown',
      });
    }
    if (opts.hermes) {
      const hermes = (items) => runHermes({ hermes: opts.hermes, hermesc: opts.hermesc, items, prelude: PRELUDE, tmp, jobs: opts.jobs });
      engines.push({
        name: 'hermes',
        // Where a case differs, Hermes also runs its native input if it compiles it (async functions, no
        // async generators / for await / classes): what the engine itself does, shown with the failure.
        records: Promise.all([hermes(itemsFor('hermes')), Promise.all(truths)]).then(async ([records, truthValues]) => {
          const differing = cases.map((c, i) => i).filter((i) => records[i] && !records[i].compileError && records[i].lines &&
            compareRuns(asRun(truthValues[i]), asRun(records[i])).length > 0);
          const natives = await hermes(differing.map((i) => ({ compile: cases[i].inputPath, run: [cases[i].inputPath] })));
          differing.forEach((i, k) => { if (!natives[k].compileError) records[i].native = natives[k]; });
          // Where the output does not compile at added code: does Hermes refuse (or say it cannot run)
          // the native input for the same reason? (Hermes has async functions: it can read most inputs.)
          const refused = cases.map((c, i) => i).filter((i) => records[i]?.compileError?.line && cases[i].global &&
            !isUserText({ output: cases[i].global, input: cases[i].input, map: cases[i].map }, records[i].compileError.line, records[i].compileError.column));
          const inputs = await hermes(refused.map((i) => ({ compile: cases[i].inputPath, run: null })));
          refused.forEach((i, k) => { records[i].inputCompile = inputs[k]; });
          return records;
        }),
        version: () => hermesVersion(opts.hermes).then((v) => `Hermes ${v}`),
      });
    }

    const truthValues = await Promise.all(truths);
    const loweredValues = await Promise.all(loweredRuns);
    const evidenceValues = await Promise.all(evidenceTruths);
    let passed = 0, failed = 0, notApplicable = 0;
    const summary = [];
    for (const engine of engines) {
      const records = await engine.records;
      const counts = { pass: 0, quirk: 0, gap: 0, na: 0, fail: 0 };
      const failGroups = [], naGroups = [];
      const all = [...cases, ...checks];
      for (let i = 0; i < all.length; i++) {
        const c = all[i];
        if (c.engine && c.engine !== engine.name) continue;
        const quirk = quirks.cases.find((q) => q.engine === engine.name && q.case === c.id) ?? null;
        const v = records[i] === null && !c.transpileError
          ? { verdict: 'fail', group: 'no result from the engine', details: [] }
          : withOpenGap(engine.name, c, loweredDiffers(c, truthValues[i], loweredValues[i]) ??
            judge(engine.name, c, records[i] ?? {}, truthValues[i], quirk));
        counts[v.verdict]++;
        if (v.verdict === 'fail') {
          failGroups.push(v.group);
          console.log(`FAIL ${engine.name} ${c.id}: ${v.group}\n${v.details.join('\n')}`.trimEnd());
          if (opts.show && records[i]?.lines) console.log(showRuns(engine.name, truthValues[i], records[i]));
        } else if (v.verdict === 'na') {
          naGroups.push(v.group);
          if (opts.verbose) console.log(`n.a. ${engine.name} ${c.id}: ${v.reason}`);
        } else if (opts.verbose) {
          console.log(`${v.verdict} ${engine.name} ${c.id}${v.reason ? `: ${v.reason}` : ''}`);
        }
      }
      evidence.forEach((ev, k) => {
        if (ev.engine !== engine.name) return;
        const v = judgeEvidence(ev, records[all.length + k], evidenceValues[k]);
        if (v.verdict === 'fail') {
          counts.fail++;
          failGroups.push(v.group);
          console.log(`FAIL ${engine.name} quirk evidence ${ev.name}: ${v.group}\n${v.details.join('\n')}`);
        } else if (opts.verbose) {
          console.log(`evidence ${engine.name} ${ev.name} still differs:\n${v.details.join('\n')}`);
        }
      });
      const applicable = counts.pass + counts.quirk + counts.gap + counts.fail;
      summary.push(`${engine.name} (${await engine.version()}): ${applicable} applicable, ${counts.pass} pass, ${counts.quirk} quirk, ` +
        `${counts.gap} known gap, ${counts.na} n.a., ${counts.fail} fail`);
      if (failGroups.length) summary.push(`${engine.name} failures by reason:`, ...groupLines(failGroups));
      if (naGroups.length) summary.push(`${engine.name} not applicable, by the engine's first error:`, ...groupLines(naGroups));
      passed += counts.pass + counts.quirk + counts.gap;
      failed += counts.fail;
      notApplicable += counts.na;
    }
    for (const line of summary) console.log(line);
    console.log(`engines: ${notApplicable} not applicable, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`engines: ${passed} passed, ${failed} failed`);
    process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
