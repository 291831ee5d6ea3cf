#!/usr/bin/env node
// Scaling benchmark: is async2gen linear in the size and in the nesting depth of its input?
// One node process generates each input shape at several sizes, runs the release binary once per
// input (measured from outside with wait4, lib/rusage.py), and prints time per MB, time per
// nesting level and peak memory per input byte, then whether each shape stays flat.
//
//   node tests/bench/scaling.mjs              (options: --help)
//
// Not part of the test suite (it times things); tests/unit/scaling_test.cpp checks the same
// shapes by counting work instead.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "../..");

const HELP = `usage: node tests/bench/scaling.mjs [options]

  --bin PATH        async2gen binary (default: build/release/src/async2gen, built first)
  --no-build        do not run cmake; use the binary as it is
  --unit-kb N       the 1x size of the flat shapes, in KB (default 512; 4x and 16x follow)
  --depths LIST     nesting depths (default 1000,4000,10000,16000,100000: 1x, 4x, 16x and 1e4, 1e5)
  --shapes LIST     comma-separated shape names (default all; --list prints them)
  --huge MB         also run the ordinary-code shape at this size, once in lines and once as one
                    line of MB/4 (default 200; 0 skips it)
  --timeout S       seconds before a run is killed and reported as a timeout (default 120)
  --rounds N        runs per input; the fastest CPU time is kept (default 1)
  --keep            keep the generated inputs and outputs (in the temporary folder printed)
  --list            print the shape names and exit
`;

// ---------------------------------------------------------------------------------------------
// The shapes. A flat shape repeats one unit (its argument is the unit's index); a nesting shape
// nests one level `depth` times.

// Ordinary async code: declarations, a class with async methods (one in a derived constructor,
// an async generator method with `for await`), arrows, an object literal with async methods,
// plain functions, a switch, trailing comments and statements that end by ASI. `oneLine`: the
// same without what needs a line break (comments, ASI), for the one-line file.
const ordinaryUnit = (i, oneLine = false) => {
  const comment = oneLine ? "" : " // the response";
  const asi = oneLine ? ";" : "";
  const text = `async function load${i}(url, opts = {}) {
  const res = await fetch(url, opts);${comment}
  if (!res.ok) throw new Error(\`status \${res.status}\`);
  await log(res.status)${asi}
  return res.json();
}
class Store${i} extends Base {
  constructor(db) { super(); this.db = db; this.ready = async () => this.db.open(); }
  async get(key) { const row = await this.db.get(key); return row && row.value; }
  async *rows() { for await (const r of this.db.scan()) yield r; }
  static async open(p) { return new Store${i}(await connect(p)); }
  async put(k, v) {
    await super.put(k, v)${asi}
    return this;
  }
}
const double${i} = async (x) => (await x) * 2;
const each${i} = (xs) => Promise.all(xs.map(async (x) => { await null; return x + arguments.length; }));
function plain${i}(a, b) { for (let j = 0; j < a.length; j++) b.push(a[j] + 1); return b; }
const obj${i} = { async m() { return await this.x; }, n: async function named${i}() { await null; } };
switch (mode) { case ${i}: plain${i}([], []); break; default: }
`;
  return oneLine ? text.replace(/\n/g, " ") : text;
};

const FLAT = {
  "async-declarations": (i) => `async function f${i}(x) { return await x; }\n`,
  "async-arrows": (i) => `const a${i} = async (x) => await x;\n`,
  "async-function-expressions": (i) => `const e${i} = async function (x) { return await x; };\n`,
  "ordinary-async-code": ordinaryUnit,
};

const NESTED = {
  "nested-async-arrows": (d) => `const f = ${"async () => ".repeat(d)}await x;\n`,
  "await-chain": (d) => `async function f(x) { return ${"await ".repeat(d)}x; }\n`,
  "nested-async-functions": (d) => {
    let s = "";
    for (let i = 0; i < d; i++) s += `async function f${i}() { `;
    return s + "await x; " + "}".repeat(d) + "\n";
  },
  // Deep plain nesting inside an async function: blocks and parentheses.
  "nested-blocks": (d) => `async function f() { ${"{ ".repeat(d)}await x; ${"}".repeat(d)} }\n`,
  "nested-parentheses": (d) => `async function f(x) { return ${"(".repeat(d)}await x${")".repeat(d)}; }\n`,
};

function flatInput(shape, bytes, oneLine = false) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const u = FLAT[shape](i, oneLine);
    parts.push(u);
    size += u.length;
  }
  return { text: parts.join(""), units: parts.length };
}

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const o = {
    bin: null,
    build: true,
    unitKb: 512,
    depths: [1000, 4000, 10000, 16000, 100000],
    shapes: null,
    hugeMb: 200,
    timeout: 120,
    rounds: 1,
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) die(`${a} needs a value`);
      return argv[++i];
    };
    const num = () => {
      const v = Number(val());
      if (!Number.isFinite(v) || v < 0) die(`${a} needs a number`);
      return v;
    };
    switch (a) {
      case "-h":
      case "--help": process.stdout.write(HELP); process.exit(0);
      case "--list": console.log([...Object.keys(FLAT), ...Object.keys(NESTED)].join("\n")); process.exit(0);
      case "--bin": o.bin = path.resolve(val()); break;
      case "--no-build": o.build = false; break;
      case "--unit-kb": o.unitKb = num(); break;
      case "--depths": o.depths = val().split(",").map(Number); break;
      case "--shapes": o.shapes = val().split(",").filter(Boolean); break;
      case "--huge": o.hugeMb = num(); break;
      case "--timeout": o.timeout = num(); break;
      case "--rounds": o.rounds = Math.max(1, Math.floor(num())); break;
      case "--keep": o.keep = true; break;
      default: die(`unknown option ${a}\n\n${HELP}`);
    }
  }
  for (const s of o.shapes ?? []) if (!(s in FLAT) && !(s in NESTED)) die(`unknown shape ${s} (--list)`);
  return o;
}

function die(msg) {
  console.error(`scaling: ${msg}`);
  process.exit(2);
}

const T0 = Date.now();
const log = (msg) => console.error(`[${((Date.now() - T0) / 1000).toFixed(0).padStart(4)}s] ${msg}`);

// ---------------------------------------------------------------------------------------------
// Running

function binary(o) {
  const bin = o.bin ?? path.join(REPO, "build/release/src/async2gen");
  if (o.build && !o.bin) {
    for (const args of [["--preset", "release"], ["--build", "--preset", "release", "--target", "async2gen", "-j2"]]) {
      const r = spawnSync("cmake", args, { cwd: REPO, stdio: ["ignore", "ignore", "inherit"] });
      if (r.status !== 0) die(`cmake ${args.join(" ")} failed`);
    }
  }
  if (!fs.existsSync(bin)) die(`no binary at ${bin}`);
  return bin;
}

// One run: wall and CPU seconds, peak RSS, exit status and the first line of stderr.
function runOnce(bin, input, output, o, tmp) {
  const res = path.join(tmp, "rusage.json");
  const errFile = path.join(tmp, "stderr.txt");
  fs.rmSync(output, { force: true });
  const fd = fs.openSync(errFile, "w");
  const cmd = ["timeout", "-s", "KILL", String(o.timeout), bin, input, "-o", output];
  const r = spawnSync("python3", [path.join(HERE, "lib/rusage.py"), res, tmp, ...cmd], { stdio: ["ignore", "ignore", fd] });
  fs.closeSync(fd);
  if (r.status !== 0 && !fs.existsSync(res)) die(`python3 lib/rusage.py failed: ${r.error ?? r.status}`);
  const u = JSON.parse(fs.readFileSync(res, "utf8"));
  const stderr = fs.readFileSync(errFile, "utf8");
  return {
    wall: u.wall,
    cpu: u.user + u.sys,
    rssBytes: u.maxrss_kb * 1024,
    status: u.status === 137 || u.status === -9 ? "timeout" : u.status === 0 ? "ok" : `exit ${u.status}`,
    message: stderr.split("\n")[0].slice(0, 160),
  };
}

function run(bin, text, o, tmp) {
  const input = path.join(tmp, "input.js");
  const output = path.join(tmp, "output.js");
  fs.writeFileSync(input, text);
  let best = null;
  for (let k = 0; k < o.rounds; k++) {
    const r = runOnce(bin, input, output, o, tmp);
    if (!best || r.cpu < best.cpu) best = r;
    if (r.status === "timeout") break;
  }
  if (best.status === "ok") {
    const out = fs.readFileSync(output, "latin1");
    if (/\basync\s+(function|\(|[A-Za-z_$]+\s*=>)|\bawait\s/.test(out.slice(0, 1 << 20))) best.status = "async left";
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Report

const MB = 1e6;
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "-");

function row(shape, label, bytes, levels, r) {
  const done = r.status === "ok";
  return {
    shape,
    label,
    bytes,
    levels,
    r,
    perMb: done ? r.cpu / (bytes / MB) : NaN,
    perLevel: done && levels ? (r.cpu / levels) * 1e6 : NaN,
  };
}

function printRow(x) {
  const { r } = x;
  // (a run killed at the timeout: its rusage is lost with it)
  const killed = r.status === "timeout";
  const status = r.status === "ok" ? "ok" : `${r.status}${r.message ? ": " + r.message.replace(/\|/g, "\\|") : ""}`;
  console.log(
    `| ${x.shape} | ${x.label} | ${fmt(x.bytes / MB, 3)} | ${x.levels || ""} | ${killed ? ">" : ""}${fmt(r.wall)} | ${killed ? "-" : fmt(r.cpu)} | ` +
      `${fmt(x.perMb, 3)} | ${x.levels ? fmt(x.perLevel, 2) : ""} | ${killed ? "-" : fmt(r.rssBytes / MB, 1)} | ${killed ? "-" : fmt(r.rssBytes / x.bytes, 1)} | ${status} |`,
  );
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  const bin = binary(o);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "a2g-scaling-"));
  const wanted = (s) => !o.shapes || o.shapes.includes(s);
  log(`binary ${bin}; inputs in ${tmp}`);
  console.log(`# async2gen scaling (${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)})\n`);
  console.log("CPU = user + sys seconds (the ratios and the depth check use it: wall time on a busy machine counts the " +
              `other processes too); RSS = peak resident set; runs killed after ${o.timeout} s.\n`);
  console.log("| shape | size | input MB | levels | wall s | CPU s | CPU s/MB | CPU µs/level | peak RSS MB | RSS B / input B | status |");
  console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
  const verdicts = [];
  const baseline = run(bin, "async function f() { await x; }\n", o, tmp);

  for (const shape of Object.keys(FLAT).filter(wanted)) {
    const rows = [];
    for (const k of [1, 4, 16]) {
      const { text } = flatInput(shape, o.unitKb * 1024 * k);
      log(`${shape} ${k}x (${fmt(text.length / MB, 1)} MB)`);
      const x = row(shape, `${k}x`, text.length, 0, run(bin, text, o, tmp));
      printRow(x);
      rows.push(x);
      if (x.r.status === "timeout") break;  // bigger ones would time out too
    }
    verdicts.push([shape, rows[0], rows[rows.length - 1], "s/MB"]);
  }

  for (const shape of Object.keys(NESTED).filter(wanted)) {
    const rows = [];
    for (const d of o.depths) {
      const text = NESTED[shape](d);
      log(`${shape} depth ${d}`);
      const x = row(shape, `depth ${d}`, text.length, d, run(bin, text, o, tmp));
      printRow(x);
      rows.push(x);
      if (x.r.status === "timeout") break;  // deeper ones would time out too
    }
    const first = rows[0];
    const x16 = rows.find((x) => x.levels === first.levels * 16) ?? rows[rows.length - 1];
    verdicts.push([shape, first, x16, "µs/level"]);
    const deepest = rows.find((x) => x.levels >= 100000);
    if (deepest) verdicts.push([`${shape} at depth ${deepest.levels}`, null, deepest, "CPU < 10 s"]);
  }

  if (o.hugeMb > 0 && wanted("ordinary-async-code")) {
    for (const [label, mb, oneLine] of [[`${o.hugeMb} MB`, o.hugeMb, false], [`one line of ${o.hugeMb / 4} MB`, o.hugeMb / 4, true]]) {
      let { text } = flatInput("ordinary-async-code", mb * MB, oneLine);
      if (oneLine) text += "\n";
      log(`ordinary-async-code ${label}`);
      const x = row("ordinary-async-code", label, text.length, 0, run(bin, text, o, tmp));
      text = null;
      printRow(x);
      verdicts.push([`ordinary-async-code ${label}`, null, x, "completes or is refused"]);
    }
  }

  console.log(`\nBaseline (a one-line file): ${fmt(baseline.cpu, 3)} s CPU, ${fmt(baseline.rssBytes / MB, 1)} MB peak RSS.\n`);
  console.log("| check | 1x | 16x or deepest | ratio | verdict |");
  console.log("|---|---:|---:|---:|---|");
  let failed = 0;
  for (const [name, a, b, unit] of verdicts) {
    let verdict;
    let ratio = NaN;
    if (unit === "CPU < 10 s") {
      // (CPU time: the wall time of a run on a busy machine also counts the other processes)
      verdict = b.r.status === "ok" || /input too (deep|large)/.test(b.r.message) ? (b.r.cpu < 10 ? "flat" : "slow") : b.r.status;
      console.log(`| ${name} | | ${fmt(b.r.cpu)} s CPU, ${fmt(b.r.wall)} s wall | | ${verdict} (${b.r.status}) |`);
    } else if (unit === "completes or is refused") {
      verdict = b.r.status === "ok" || /input too large/.test(b.r.message) ? "flat" : b.r.status;
      console.log(`| ${name} | | ${fmt(b.r.wall)} s, ${fmt(b.r.rssBytes / MB, 0)} MB RSS | | ${verdict} (${b.r.status}) |`);
    } else {
      const key = unit === "s/MB" ? "perMb" : "perLevel";
      ratio = b[key] / a[key];
      verdict = ratio <= 1.5 ? "flat" : Number.isFinite(ratio) ? "grows" : b.r.status;
      console.log(`| ${name} (${unit}) | ${fmt(a[key], 3)} | ${fmt(b[key], 3)} | ${fmt(ratio)} | ${verdict} |`);
    }
    if (verdict !== "flat") failed++;
  }
  console.log(`\n${verdicts.length - failed} flat, ${failed} not flat`);
  if (!o.keep) fs.rmSync(tmp, { recursive: true, force: true });
  process.exitCode = failed ? 1 : 0;
}

main();
