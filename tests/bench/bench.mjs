#!/usr/bin/env node
// async2gen benchmark: async2gen against oxc-transform, esbuild, @swc/core and Babel on real npm
// code. One command, from the repository root:
//
//   node tests/bench/bench.mjs            (options: --help)
//
// It installs the pinned tools (npm ci, when node_modules is missing or older than the lock),
// builds the release async2gen (cmake presets), fetches the pinned corpus packages with npm pack
// into tests/bench/.cache, builds three sets (tree, dense, bundles), checks every tool's output
// (parsed with a real parser and walked for async syntax left), times the tools in rotated
// rounds, times one process per file over small files, checks that async2gen's fast paths change
// no byte, and prints a markdown report (also written to tests/bench/RESULTS.md).
// Progress goes to stderr, the report to stdout. See README.md beside this file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "../..");
const CACHE = path.join(HERE, ".cache");
const LIB = path.join(HERE, "lib");
const require = createRequire(path.join(HERE, "package.json"));

// ---------------------------------------------------------------------------------------------
// The corpus: npm packages at pinned versions (npm pack NAME@VERSION), and the bundles among them.

const PACKAGES = [
  ["playwright-core", "1.65.1"],
  ["puppeteer-core", "25.16.0"],
  ["chromium-bidi", "17.0.2"], // a puppeteer-core dependency
  ["mongodb", "7.9.0"],
  ["bson", "7.3.4"], // a mongodb dependency
  ["mongoose", "9.12.1"],
  ["undici", "8.12.4"],
  ["discord.js", "14.28.1"],
  ["@discordjs/ws", "2.0.4"], // discord.js dependencies
  ["@discordjs/rest", "2.6.3"],
  ["@discordjs/builders", "1.15.0"],
  ["ioredis", "6.0.0"],
  ["@redis/client", "6.3.1"],
  ["pg", "8.23.1"],
  ["pg-protocol", "1.16.1"], // pg dependencies
  ["pg-pool", "3.14.0"],
  ["knex", "3.3.0"],
  ["sequelize", "6.37.8"],
  ["typeorm", "1.1.1"],
  ["axios", "1.21.1"],
  ["@grpc/grpc-js", "1.14.7"],
  ["ws", "8.23.0"],
  ["pdfjs-dist", "6.5.438"],
];

// The bundles set: big single files (1-4 MB) shipped in those packages.
const BUNDLES = [
  ["playwright-core", "lib/coreBundle.js"],
  ["playwright-core", "lib/utilsBundle.js"],
  ["pdfjs-dist", "build/pdf.worker.mjs"],
  ["pdfjs-dist", "build/pdf.worker.min.mjs"],
  ["puppeteer-core", "lib/es5-iife/puppeteer-core-browser.js"],
];

const TREE_MAX_BYTES = 512 * 1024; // bigger files are bundles, not typical source files
const CORPUS_RULES = 1; // bump when the set-building rules change (invalidates .cache/sets)
const EXT_RE = /\.(js|mjs|cjs)$/;
const ESBUILD_FLAGS = ["--supported:async-await=false", "--supported:async-generator=false", "--supported:for-await=false"];

// ---------------------------------------------------------------------------------------------
// Options

const HELP = `usage: node tests/bench/bench.mjs [options]

  --rounds N          timed rounds per set and tool, tool order rotated each round (default 3)
  --babel-rounds N    timed rounds for Babel, 10-15 times slower than the others (default 2)
  --sets LIST         comma-separated sets: tree,dense,bundles (default all)
  --tools LIST        comma-separated tools: async2gen,oxc-transform,esbuild,
                      "esbuild (transform API)",@swc/core,babel
  --dense N           files in the async-dense set (default 300)
  --per-file N        files in the one-process-per-file case (default 200; 0 skips it)
  --per-file-node N   of those, how many the node-based tools run (default 40: node start-up
                      costs 50-400 ms a file)
  --jobs N            async2gen -j (default: the number of cores)
  --bin PATH          async2gen binary to use (default: build/release/src/async2gen, built first)
  --a2g-flag FLAG     an option added to every async2gen run (repeatable; e.g. --promise=global)
  --no-build          do not run cmake; use the binary as it is
  --no-install        do not run npm ci even when node_modules looks stale
  --usr-bin-time      measure with /usr/bin/time (10 ms resolution) instead of lib/rusage.py
  --quick             --rounds 1 --babel-rounds 1 --per-file 40 --per-file-node 10
  --out FILE          where the markdown goes besides stdout (default tests/bench/RESULTS.md)
`;

function parseArgs(argv) {
  const o = {
    rounds: 3,
    babelRounds: 2,
    sets: ["tree", "dense", "bundles"],
    tools: null,
    dense: 300,
    perFile: 200,
    perFileNode: 40,
    jobs: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
    bin: null,
    a2gFlags: [],
    build: true,
    install: true,
    out: path.join(HERE, "RESULTS.md"),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) die(`${a} needs a value`);
      return argv[++i];
    };
    const int = () => {
      const v = Number(val());
      if (!Number.isInteger(v) || v < 0) die(`${a} needs a whole number`);
      return v;
    };
    switch (a) {
      case "-h":
      case "--help":
        process.stdout.write(HELP);
        process.exit(0);
      case "--rounds": o.rounds = Math.max(1, int()); break;
      case "--babel-rounds": o.babelRounds = Math.max(1, int()); break;
      case "--sets": o.sets = val().split(",").filter(Boolean); break;
      case "--tools": o.tools = val().split(",").filter(Boolean); break;
      case "--dense": o.dense = int(); break;
      case "--per-file": o.perFile = int(); break;
      case "--per-file-node": o.perFileNode = int(); break;
      case "--jobs": o.jobs = Math.max(1, int()); break;
      case "--bin": o.bin = path.resolve(val()); break;
      case "--a2g-flag": o.a2gFlags.push(val()); break;
      case "--no-build": o.build = false; break;
      case "--no-install": o.install = false; break;
      case "--usr-bin-time": o.usrBinTime = true; break;
      case "--quick": o.rounds = 1; o.babelRounds = 1; o.perFile = 40; o.perFileNode = 10; break;
      case "--out": o.out = path.resolve(val()); break;
      default: die(`unknown option ${a}\n\n${HELP}`);
    }
  }
  for (const s of o.sets) if (!["tree", "dense", "bundles"].includes(s)) die(`unknown set ${s}`);
  return o;
}

function die(msg) {
  console.error(`bench: ${msg}`);
  process.exit(2);
}

const T0 = Date.now();
function log(msg) {
  const s = ((Date.now() - T0) / 1000).toFixed(0).padStart(4);
  console.error(`[${s}s] ${msg}`);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const median = (xs) => {
  if (!xs.length) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => {
  if (!xs.length) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const rotate = (xs, k) => xs.map((_, i) => xs[(i + k) % xs.length]);
const rmrf = (p) => fs.rmSync(p, { recursive: true, force: true });
const sha1 = (s) => crypto.createHash("sha1").update(s).digest("hex");
const slug = (name) => name.replace(/^@/, "").replace(/[^A-Za-z0-9_.-]+/g, "_");

function walkFiles(dir, rel = "", out = []) {
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walkFiles(dir, r, out);
    else if (e.isFile()) out.push(r);
  }
  return out;
}

function spawnP(cmd, args, { cwd = HERE, capture = true } = {}) {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd, stdio: ["ignore", capture ? "pipe" : "ignore", capture ? "pipe" : "inherit"] });
    let out = "";
    let err = "";
    if (p.stdout) p.stdout.on("data", (d) => { if (out.length < 8e6) out += d; });
    if (p.stderr) p.stderr.on("data", (d) => { if (err.length < 8e6) err += d; });
    p.on("error", (e) => resolve({ status: -1, stdout: out, stderr: err + String(e) }));
    p.on("close", (code, sig) => resolve({ status: code ?? -1, signal: sig, stdout: out, stderr: err }));
  });
}

const tail = (s, n = 600) => (s.length > n ? "..." + s.slice(-n) : s).trim();

// ---------------------------------------------------------------------------------------------
// Set-up: tools, async2gen binary

function ensureNodeModules(opts) {
  const marker = path.join(HERE, "node_modules", ".package-lock.json");
  let fresh = false;
  try {
    fresh = fs.statSync(marker).mtimeMs >= fs.statSync(path.join(HERE, "package-lock.json")).mtimeMs;
  } catch {}
  if (fresh || !opts.install) return;
  log("installing the pinned tools: npm ci (tests/bench/node_modules)");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: HERE, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) log(`warning: npm ci failed (exit ${r.status}); tools that did not install are skipped`);
}

function pkgVersion(name) {
  try {
    return JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), "utf8")).version;
  } catch {
    return null;
  }
}

function ensureA2g(opts) {
  let bin = opts.bin || path.join(REPO, "build/release/src/async2gen");
  if (!opts.bin && opts.build) {
    log("building async2gen (cmake --preset release; cmake --build --preset release --target async2gen)");
    const c = spawnSync("cmake", ["--preset", "release"], { cwd: REPO, encoding: "utf8" });
    const b = c.status === 0 ? spawnSync("cmake", ["--build", "--preset", "release", "--target", "async2gen"], { cwd: REPO, encoding: "utf8" }) : c;
    if (b.status !== 0) {
      console.error(tail(b.stdout + b.stderr, 3000));
      if (fs.existsSync(bin)) log("warning: the build failed; using the binary already there");
      else die("the build of async2gen failed (use --bin PATH for another binary)");
    }
  }
  // Run a copy, so that a rebuild during the benchmark changes nothing.
  const copy = path.join(CACHE, "bin", "async2gen");
  fs.mkdirSync(path.dirname(copy), { recursive: true });
  if (!fs.existsSync(bin)) die(`no async2gen binary at ${bin}`);
  if (path.resolve(bin) !== copy) {
    rmrf(copy);
    fs.copyFileSync(bin, copy);
    fs.chmodSync(copy, 0o755);
  }
  const source = bin;
  bin = copy;
  const v = spawnSync(bin, ["--version"], { encoding: "utf8" });
  const t = spawnSync(bin, ["--stdin-filename", "t.js"], { input: "async function f() { await 1; }\n", encoding: "utf8" });
  if (v.status !== 0 || t.status !== 0 || !/function\*/.test(t.stdout)) {
    die(`async2gen at ${bin} does not work (--version exit ${v.status}, transform exit ${t.status}): ${tail(v.stderr + t.stderr)}`);
  }
  const git = spawnSync("git", ["-C", REPO, "describe", "--always", "--dirty"], { encoding: "utf8" });
  return { bin, source, version: v.stdout.trim(), git: git.status === 0 ? git.stdout.trim() : "?" };
}

function findPython() {
  const r = spawnSync("python3", ["-c", "import sys, os; print(sys.executable); os.wait4"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

// ---------------------------------------------------------------------------------------------
// A parser for checking inputs (outputs are checked in lib/verify-worker.mjs)

function inputParser() {
  const kindOf = (f) => (f.endsWith(".mjs") ? "module" : f.endsWith(".cjs") ? "commonjs" : "unambiguous");
  try {
    const oxc = require("oxc-parser");
    return (rel, code) => {
      const r = oxc.parseSync(rel.replace(/\.[cm]?js$/, ".js"), code, { sourceType: kindOf(rel), lang: "js" });
      return r.errors.length ? r.errors[0].message : null;
    };
  } catch {}
  try {
    const babel = require("@babel/parser");
    return (rel, code) => {
      const k = kindOf(rel);
      try {
        babel.parse(code, { sourceType: k === "commonjs" ? "script" : k, allowReturnOutsideFunction: k !== "module" });
        return null;
      } catch (e) {
        return e.message;
      }
    };
  } catch {}
  log("warning: neither oxc-parser nor @babel/parser is installed: inputs are not checked");
  return () => null;
}

// ---------------------------------------------------------------------------------------------
// Corpus

const pkgDirName = (name, ver) => `${slug(name)}@${ver}`;

function fetchPackages() {
  const packs = path.join(CACHE, "packs");
  const pkgs = path.join(CACHE, "pkgs");
  fs.mkdirSync(packs, { recursive: true });
  fs.mkdirSync(pkgs, { recursive: true });
  const got = [];
  for (const [name, ver] of PACKAGES) {
    const dest = path.join(pkgs, pkgDirName(name, ver));
    if (fs.existsSync(path.join(dest, ".done"))) {
      got.push([name, ver]);
      continue;
    }
    log(`npm pack ${name}@${ver}`);
    const r = spawnSync("npm", ["pack", `${name}@${ver}`, "--json", "--pack-destination", packs, "--loglevel=error"], { encoding: "utf8" });
    let file = null;
    try {
      file = JSON.parse(r.stdout)[0].filename;
    } catch {}
    if (r.status !== 0 || !file) {
      log(`warning: npm pack ${name}@${ver} failed; the package is left out: ${tail(r.stderr, 300)}`);
      continue;
    }
    rmrf(dest);
    const tmp = dest + ".tmp";
    rmrf(tmp);
    fs.mkdirSync(tmp, { recursive: true });
    const x = spawnSync("tar", ["-xzf", path.join(packs, path.basename(file)), "-C", tmp], { encoding: "utf8" });
    if (x.status !== 0) {
      log(`warning: cannot unpack ${file}: ${tail(x.stderr, 300)}`);
      continue;
    }
    // A package tarball holds one folder (usually package/): that folder is the package root.
    const tops = fs.readdirSync(tmp);
    const root = tops.length === 1 && fs.statSync(path.join(tmp, tops[0])).isDirectory() ? path.join(tmp, tops[0]) : tmp;
    fs.renameSync(root, dest);
    rmrf(tmp);
    fs.writeFileSync(path.join(dest, ".done"), "");
    got.push([name, ver]);
  }
  return got;
}

const asyncCount = (code) => (code.match(/\basync\b/g) || []).length;

function buildSets(opts, packages) {
  const setsDir = path.join(CACHE, "sets");
  const key = sha1(JSON.stringify({ CORPUS_RULES, packages, BUNDLES, TREE_MAX_BYTES, dense: opts.dense }));
  const manifestFile = path.join(setsDir, "manifest.json");
  try {
    const m = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
    if (m.key === key) return m;
  } catch {}
  log("building the sets (tree, dense, bundles) under tests/bench/.cache/sets");
  rmrf(setsDir);
  const parse = inputParser();
  const pkgs = path.join(CACHE, "pkgs");
  const dropped = { unparseable: 0, minified: 0, big: 0, collision: 0 };
  const droppedExamples = [];
  const bundleRels = new Set(BUNDLES.map(([n, p]) => {
    const hit = packages.find(([pn]) => pn === n);
    return hit ? `${pkgDirName(...hit)}/${p}` : null;
  }));
  const tree = [];
  const bundles = [];
  for (const [name, ver] of packages) {
    const d = pkgDirName(name, ver);
    for (const rel0 of walkFiles(path.join(pkgs, d)).sort()) {
      if (!EXT_RE.test(rel0)) continue;
      const rel = `${d}/${rel0}`;
      const abs = path.join(pkgs, rel);
      const size = fs.statSync(abs).size;
      if (bundleRels.has(rel)) {
        bundles.push(rel);
        continue;
      }
      if (/\.min\.[cm]?js$/.test(rel)) { dropped.minified++; continue; }
      if (size > TREE_MAX_BYTES) { dropped.big++; continue; }
      tree.push(rel);
    }
  }
  // esbuild names every output .js, so a.js and a.mjs in one folder would collide: keep one.
  const byStem = new Map();
  for (const rel of tree) {
    const stem = rel.replace(EXT_RE, "");
    if (!byStem.has(stem)) byStem.set(stem, []);
    byStem.get(stem).push(rel);
  }
  const keep = new Set();
  for (const rels of byStem.values()) {
    rels.sort((a, b) => (a.endsWith(".js") ? -1 : b.endsWith(".js") ? 1 : a.localeCompare(b)));
    keep.add(rels[0]);
    dropped.collision += rels.length - 1;
  }
  const sets = { tree: [], dense: [], bundles: [] };
  const scores = [];
  const put = (set, rel, code) => {
    const dst = path.join(setsDir, set, rel);
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    fs.writeFileSync(dst, code);
    sets[set].push(rel);
  };
  for (const rel of tree) {
    if (!keep.has(rel)) continue;
    const code = fs.readFileSync(path.join(pkgs, rel), "utf8");
    const err = parse(rel, code);
    if (err) {
      dropped.unparseable++;
      if (droppedExamples.length < 5) droppedExamples.push(`${rel}: ${err.split("\n")[0].slice(0, 100)}`);
      continue;
    }
    put("tree", rel, code);
    const n = asyncCount(code);
    const kb = Buffer.byteLength(code) / 1024;
    if (kb >= 1 && n >= 2) scores.push([n / kb, rel, code]);
  }
  scores.sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1]));
  for (const [, rel, code] of scores.slice(0, opts.dense)) put("dense", rel, code);
  for (const rel of bundles) {
    const code = fs.readFileSync(path.join(pkgs, rel), "utf8");
    const err = parse(rel, code);
    if (err) {
      log(`warning: bundle ${rel} does not parse (${err}); left out`);
      continue;
    }
    put("bundles", rel, code);
  }
  const info = {};
  for (const [s, rels] of Object.entries(sets)) {
    let bytes = 0;
    let withAsync = 0;
    let asyncs = 0;
    for (const rel of rels) {
      const code = fs.readFileSync(path.join(setsDir, s, rel), "utf8");
      bytes += Buffer.byteLength(code);
      const n = asyncCount(code);
      asyncs += n;
      if (/\b(async|await)\b/.test(code)) withAsync++;
    }
    info[s] = { files: rels, bytes, withAsync, asyncs };
  }
  const m = { key, packages, sets: info, dropped, droppedExamples };
  fs.writeFileSync(manifestFile, JSON.stringify(m));
  return m;
}

// ---------------------------------------------------------------------------------------------
// Tools. Each has argv() for a timed batch run over a set folder and a list of files.

function makeTools(opts, a2g) {
  const tools = [];
  const node = process.execPath;
  const runner = path.join(LIB, "tool-runner.mjs");
  const skip = (name, why) => log(`SKIP ${name}: ${why}`);

  tools.push({
    name: "async2gen",
    version: `${a2g.version} (${a2g.git})`,
    outName: (rel) => rel,
    argv: ({ dir, outDir }) => ({ cmd: a2g.bin, args: ["-d", outDir, dir, "-j", String(opts.jobs), "-q", ...opts.a2gFlags], cwd: HERE }),
    async verifyRun(set, outDir) {
      const r = await spawnP(a2g.bin, ["-d", outDir, set.dir, "-j", String(opts.jobs), "-q", "--error-format=json", "--color=never", ...opts.a2gFlags]);
      const refused = {};
      for (const line of r.stderr.split("\n")) {
        if (!line.startsWith("{")) continue;
        try {
          const d = JSON.parse(line);
          const rel = path.relative(set.dir, d.file);
          if (!(rel in refused)) refused[rel] = `${d.line}:${d.column}: ${d.message}`;
        } catch {}
      }
      if (r.status !== 0 && !Object.keys(refused).length) refused["*"] = `exit ${r.status}: ${tail(r.stderr, 300)}`;
      return refused;
    },
    perFile: (inp, out) => ({ cmd: a2g.bin, args: [inp, "-o", out, ...opts.a2gFlags] }),
  });

  // A row for async2gen on one thread: the node-based tools below run on one thread.
  if (opts.jobs > 1) {
    tools.push({
      name: "async2gen -j1",
      extra: true,
      version: "",
      outName: (rel) => rel,
      argv: ({ dir, outDir }) => ({ cmd: a2g.bin, args: ["-d", outDir, dir, "-j", "1", "-q", ...opts.a2gFlags], cwd: HERE }),
    });
  }

  const nodeTool = (name, modules, { perFile = true } = {}) => {
    for (const m of modules) {
      try {
        require.resolve(m);
      } catch (e) {
        skip(name, `${m} is not installed (cd tests/bench && npm ci): ${String(e.message).split("\n")[0]}`);
        return;
      }
    }
    const probe = spawnSync(node, [runner, name, "--single", path.join(LIB, "probe.js"), path.join(os.tmpdir(), `a2g-bench-probe-${process.pid}.js`)], { encoding: "utf8" });
    if (probe.status !== 0) {
      skip(name, `it fails on a one-line file: ${tail(probe.stderr, 300)}`);
      return;
    }
    tools.push({
      name,
      version: modules.map((m) => `${m} ${pkgVersion(m)}`).join(", "),
      outName: (rel) => rel,
      argv: ({ listFile, outDir }) => ({ cmd: node, args: [runner, name, listFile, outDir], cwd: HERE }),
      async verifyRun(set, outDir) {
        const report = path.join(CACHE, "tmp", `report-${slug(name)}-${set.name}.json`);
        const r = await spawnP(node, [runner, name, set.listFile, outDir, report]);
        if (r.status !== 0) return { "*": `exit ${r.status}: ${tail(r.stderr, 300)}` };
        return JSON.parse(fs.readFileSync(report, "utf8")).refused;
      },
      perFile: perFile ? (inp, out) => ({ cmd: node, args: [runner, name, "--single", inp, out] }) : null,
      nodeBased: true,
    });
  };

  nodeTool("oxc-transform", ["oxc-transform"]);

  // esbuild: its native binary, one process, all files as entry points, no bundling.
  let esbuildBin = null;
  for (const cand of [`@esbuild/${process.platform}-${process.arch}/bin/esbuild`, "esbuild/bin/esbuild"]) {
    try {
      const p = require.resolve(cand);
      if (spawnSync(p, ["--version"], { encoding: "utf8" }).status === 0) {
        esbuildBin = p;
        break;
      }
    } catch {}
  }
  if (!esbuildBin) skip("esbuild", "its binary is not installed (cd tests/bench && npm ci)");
  else {
    const esArgs = (files, outDir) => [...files, `--outdir=${outDir}`, "--outbase=.", ...ESBUILD_FLAGS, "--log-level=error", "--log-limit=0"];
    tools.push({
      name: "esbuild",
      version: `esbuild ${spawnSync(esbuildBin, ["--version"], { encoding: "utf8" }).stdout.trim()}`,
      outName: (rel) => rel.replace(/\.[cm]js$/, ".js"),
      argv: ({ dir, files, outDir }) => ({ cmd: esbuildBin, args: esArgs(files, outDir), cwd: dir }),
      async verifyRun(set, outDir) {
        // The CLI writes nothing when one file fails: find the refused files with the build
        // API first (same binary, same options), then run the CLI on the others.
        const report = path.join(CACHE, "tmp", `report-esbuild-${set.name}.json`);
        let refused = {};
        const pr = await spawnP(node, [runner, "esbuild-probe", set.listFile, report]);
        if (pr.status === 0) refused = JSON.parse(fs.readFileSync(report, "utf8")).refused;
        else log(`warning: the esbuild probe failed: ${tail(pr.stderr, 300)}`);
        const files = set.files.filter((f) => !(f in refused));
        const r = await spawnP(esbuildBin, esArgs(files, outDir), { cwd: set.dir });
        if (r.status !== 0) return { "*": `exit ${r.status}: ${tail(r.stderr, 300)}` };
        return refused;
      },
      perFile: (inp, out) => ({ cmd: esbuildBin, args: [inp, `--outfile=${out}`, ...ESBUILD_FLAGS, "--log-level=error"] }),
    });
  }

  // esbuild's transform API in one node process, one file after another: no linking step, so
  // it shows esbuild's per-file cost without the many-entry-point build above.
  if (esbuildBin) nodeTool("esbuild (transform API)", ["esbuild"], { perFile: false });
  nodeTool("@swc/core", ["@swc/core"]);
  nodeTool("babel", ["@babel/core", "@babel/plugin-transform-async-to-generator", "@babel/plugin-transform-async-generator-functions"]);

  const wanted = opts.tools;
  return wanted ? tools.filter((t) => wanted.includes(t.name) || (t.name === "async2gen -j1" && wanted.includes("async2gen"))) : tools;
}

// ---------------------------------------------------------------------------------------------
// Verification pass: run every tool once on each whole set and check the outputs.

async function verifyPhase(sets, tools) {
  const results = {}; // set -> tool -> {refused, bad, parser}
  const jobs = [];
  for (const set of sets) {
    results[set.name] = {};
    for (const tool of tools) {
      if (!tool.verifyRun) continue;
      const outDir = path.join(CACHE, "out", "verify", set.name, slug(tool.name));
      rmrf(outDir);
      fs.mkdirSync(outDir, { recursive: true });
      log(`check: ${tool.name} on ${set.name} (${set.files.length} files)`);
      const refused = await tool.verifyRun(set, outDir);
      const items = set.files.filter((f) => !(f in refused)).map((rel) => [rel, path.join(outDir, tool.outName(rel))]);
      const job = path.join(CACHE, "tmp", `verify-${slug(tool.name)}-${set.name}.json`);
      const res = job.replace(/\.json$/, ".result.json");
      fs.writeFileSync(job, JSON.stringify({ items }));
      // Parse the outputs in the background while the next tool runs.
      jobs.push(
        spawnP(process.execPath, [path.join(LIB, "verify-worker.mjs"), job, res]).then((r) => {
          let v = { bad: {}, parser: "?", bytes: 0 };
          if (r.status === 0) v = JSON.parse(fs.readFileSync(res, "utf8"));
          else {
            log(`warning: checking ${tool.name} on ${set.name} failed: ${tail(r.stderr, 300)}`);
            for (const [rel] of items) v.bad[rel] = { kind: "unchecked", detail: "the checker failed" };
          }
          results[set.name][tool.name] = { refused, bad: v.bad, parser: v.parser, outBytes: v.bytes };
        }),
      );
      if (jobs.length >= 2) await jobs[jobs.length - 2];
    }
  }
  await Promise.all(jobs);
  return results;
}

// The files every tool handled (not refused, lowered, parsed): the timed runs use only these,
// so every ratio compares the same bytes.
function commonSet(set, vres, setsDir) {
  const ok = set.files.filter((rel) => Object.values(vres).every((v) => !(rel in v.refused) && !(rel in v.bad) && !("*" in v.refused)));
  const dir = path.join(setsDir, `${set.name}.common`);
  rmrf(dir);
  let bytes = 0;
  for (const rel of ok) {
    const src = path.join(set.dir, rel);
    const dst = path.join(dir, rel);
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    fs.linkSync(src, dst);
    bytes += fs.statSync(src).size;
  }
  const listFile = path.join(CACHE, "tmp", `list-${set.name}.common.json`);
  fs.writeFileSync(listFile, JSON.stringify({ root: dir, files: ok }));
  return { name: set.name, dir, files: ok, bytes, listFile };
}

// ---------------------------------------------------------------------------------------------
// Timed runs

function measure(python, cmd, args, cwd, label) {
  const res = path.join(CACHE, "tmp", "rusage.json");
  const logf = path.join(CACHE, "tmp", `run-${slug(label)}.log`);
  rmrf(res);
  const fd = fs.openSync(logf, "w");
  let r;
  if (python) {
    r = spawnSync(python, [path.join(LIB, "rusage.py"), res, cwd, cmd, ...args], { stdio: ["ignore", fd, fd] });
  } else {
    r = spawnSync("/usr/bin/time", ["-f", '{"wall":%e,"user":%U,"sys":%S,"maxrss_kb":%M,"status":%x}', "-o", res, cmd, ...args], { cwd, stdio: ["ignore", fd, fd] });
  }
  fs.closeSync(fd);
  let m;
  try {
    // The last line: /usr/bin/time writes "Command exited with non-zero status N" above it.
    m = JSON.parse(fs.readFileSync(res, "utf8").trim().split("\n").pop());
  } catch {
    m = { status: r.status ?? -1 };
  }
  if (m.status !== 0) m.log = tail(fs.readFileSync(logf, "utf8"), 500);
  return m;
}

function timedPhase(opts, python, common, tools) {
  const runs = {}; // set -> tool -> [measure]
  const timed = tools.filter((t) => t.argv);
  for (let round = 0; round < opts.rounds; round++) {
    const order = rotate(timed, round).filter((t) => t.name !== "babel" || round < opts.babelRounds);
    log(`round ${round + 1}/${opts.rounds}: ${order.map((t) => t.name).join(", ")}`);
    for (const set of common) {
      runs[set.name] ??= {};
      for (const tool of order) {
        const outDir = path.join(CACHE, "out", "timed", set.name, slug(tool.name));
        rmrf(outDir);
        fs.mkdirSync(outDir, { recursive: true });
        const { cmd, args, cwd } = tool.argv({ dir: set.dir, files: set.files, listFile: set.listFile, outDir });
        const m = measure(python, cmd, args, cwd, `${set.name}-${tool.name}`);
        if (m.status !== 0) log(`warning: ${tool.name} on ${set.name} exited ${m.status}: ${m.log}`);
        (runs[set.name][tool.name] ??= []).push(m);
      }
    }
  }
  return runs;
}

// One process per file over small files with async code.
function perFilePhase(opts, tools, treeCommon) {
  const pf = tools.filter((t) => t.perFile);
  const cands = treeCommon.files
    .map((rel) => ({ rel, abs: path.join(treeCommon.dir, rel) }))
    .filter(({ abs }) => {
      const size = fs.statSync(abs).size;
      return size >= 1024 && size <= 16 * 1024 && /\basync\b/.test(fs.readFileSync(abs, "utf8"));
    })
    .sort((a, b) => sha1(a.rel).localeCompare(sha1(b.rel)))
    .slice(0, opts.perFile);
  const outDir = path.join(CACHE, "out", "perfile");
  rmrf(outDir);
  fs.mkdirSync(outDir, { recursive: true });
  const times = Object.fromEntries(pf.map((t) => [t.name, []]));
  const failures = Object.fromEntries(pf.map((t) => [t.name, 0]));
  let bytes = 0;
  log(`per-file: ${cands.length} files, one process each (node-based tools: the first ${Math.min(opts.perFileNode, cands.length)})`);
  // What starting any process costs from here (node's spawnSync of /bin/true): the floor of
  // every per-file time below.
  const baseline = [];
  cands.forEach(({ rel, abs }, i) => {
    bytes += fs.statSync(abs).size;
    const b0 = process.hrtime.bigint();
    spawnSync("/bin/true", [], { stdio: ["ignore", "ignore", "pipe"] });
    baseline.push(Number(process.hrtime.bigint() - b0) / 1e6);
    for (const tool of rotate(pf, i % pf.length)) {
      if (tool.nodeBased && i >= opts.perFileNode) continue;
      const out = path.join(outDir, `${slug(tool.name)}-${i}${path.extname(rel)}`);
      const { cmd, args } = tool.perFile(abs, out);
      const t0 = process.hrtime.bigint();
      const r = spawnSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) failures[tool.name]++;
      else times[tool.name].push(ms);
    }
  });
  return { files: cands.length, bytes, times, failures, baseline };
}

// async2gen with and without its fast paths: the outputs must be the same bytes.
async function fastPathCheck(opts, a2g, setsDir, sets) {
  const res = [];
  for (const set of sets) {
    const a = path.join(CACHE, "out", "fastpath", slug(set.name), "fast");
    const b = path.join(CACHE, "out", "fastpath", slug(set.name), "slow");
    rmrf(a);
    rmrf(b);
    const ra = await spawnP(a2g.bin, ["-d", a, set.dir, "-j", String(opts.jobs), "-q", "--color=never", ...opts.a2gFlags]);
    const rb = await spawnP(a2g.bin, ["-d", b, set.dir, "-j", String(opts.jobs), "-q", "--color=never", ...opts.a2gFlags, "--no-fast-paths"]);
    const fa = fs.existsSync(a) ? walkFiles(a).sort() : [];
    const fb = fs.existsSync(b) ? walkFiles(b).sort() : [];
    const all = [...new Set([...fa, ...fb])].sort();
    const differ = [];
    let bytes = 0;
    for (const rel of all) {
      const pa = path.join(a, rel);
      const pb = path.join(b, rel);
      if (!fs.existsSync(pa) || !fs.existsSync(pb)) {
        differ.push(`${rel} (only ${fs.existsSync(pa) ? "with" : "without"} fast paths)`);
        continue;
      }
      const ba = fs.readFileSync(pa);
      const bb = fs.readFileSync(pb);
      bytes += ba.length;
      if (!ba.equals(bb)) differ.push(rel);
    }
    res.push({ set: set.name, files: all.length, bytes, differ, statusFast: ra.status, statusSlow: rb.status, stderrSame: ra.stderr === rb.stderr });
  }
  return res;
}

// ---------------------------------------------------------------------------------------------
// Report

const f2 = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "—");
const fr = (x) => (Number.isFinite(x) ? (x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3)) : "—");
const mb = (b) => b / 1e6;

function report(ctx) {
  const { opts, a2g, tools, manifest, verify, common, runs, perFile, fastPath, python, skipped } = ctx;
  const L = [];
  const cpu = fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/);
  L.push("# async2gen benchmark results", "");
  L.push(`Made by \`node tests/bench/bench.mjs${process.argv.slice(2).length ? " " + process.argv.slice(2).join(" ") : ""}\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ` +
    `${os.cpus().length} × ${cpu ? cpu[1].trim() : os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ` +
    `${opts.rounds} round(s) (Babel ${Math.min(opts.babelRounds, opts.rounds)}), tool order rotated each round; times from ${python ? "wait4 rusage (lib/rusage.py)" : "/usr/bin/time"}. ` +
    `Load average at the start / end: ${ctx.loadStart.map((x) => x.toFixed(1)).join(" ")} / ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} (other work on the machine slows every tool and spreads the rounds).`, "");
  L.push("| tool | version |", "|---|---|");
  for (const t of tools) if (!t.extra) L.push(`| ${t.name} | ${t.version} |`);
  for (const s of skipped) L.push(`| ${s} | skipped (not installed or broken) |`);
  L.push("");

  L.push("## Corpus", "");
  L.push(`${manifest.packages.length} npm packages (npm pack at pinned versions): ${manifest.packages.map(([n, v]) => `${n}@${v}`).join(", ")}.`, "");
  L.push("| set | files | MB | files with async/await | `async` per KB | files every tool handled (timed) | MB timed |", "|---|---:|---:|---:|---:|---:|---:|");
  for (const c of common) {
    const s = manifest.sets[c.name];
    L.push(`| ${c.name} | ${s.files.length} | ${f2(mb(s.bytes))} | ${s.withAsync} | ${f2(s.asyncs / (s.bytes / 1024))} | ${c.files.length} | ${f2(mb(c.bytes))} |`);
  }
  const d = manifest.dropped;
  L.push("", `Left out of the tree set: ${d.unparseable} files the input parser rejects (TypeScript/Flow/JSX in .js, or broken), ${d.minified} .min files, ${d.big} files over ${TREE_MAX_BYTES / 1024} KB, ${d.collision} .mjs/.cjs twins of a .js in the same folder (esbuild names every output .js).`, "");

  L.push("## Throughput (batch, one process per tool and set)", "");
  L.push("Medians over the rounds. CPU = user + sys of the process (all its threads). MB/CPU-s = input MB ÷ CPU s. " +
    "Ratios are async2gen ÷ tool: below 1 means async2gen takes less. async2gen runs `-d OUT SET -j " + opts.jobs + " -q" + opts.a2gFlags.map((f) => " " + f).join("") + "`; " +
    "oxc-transform, @swc/core and Babel run in one node process each, one file after another (one thread, node start-up included); esbuild runs its native binary with every file as an entry point (all cores).", "");
  L.push("| set | tool | runs | wall s | CPU s | CPU min–max | MB/CPU-s | peak RSS MB | a2g/tool wall | a2g/tool CPU |", "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  const summary = {};
  for (const c of common) {
    const byTool = runs[c.name] || {};
    const stat = (name) => {
      const ms = (byTool[name] || []).filter((m) => m.status === 0);
      if (!ms.length) return null;
      return {
        wall: median(ms.map((m) => m.wall)),
        cpu: median(ms.map((m) => m.user + m.sys)),
        rss: Math.max(...ms.map((m) => m.maxrss_kb)) / 1024,
        cpuMin: Math.min(...ms.map((m) => m.user + m.sys)),
        cpuMax: Math.max(...ms.map((m) => m.user + m.sys)),
        n: ms.length,
        failed: (byTool[name] || []).length - ms.length,
      };
    };
    const base = stat("async2gen");
    summary[c.name] = {};
    for (const t of tools.filter((x) => x.argv)) {
      const s = stat(t.name);
      summary[c.name][t.name] = s;
      if (!s) {
        L.push(`| ${c.name} | ${t.name} | 0 | failed | | | | | | |`);
        continue;
      }
      const isBase = t.name.startsWith("async2gen");
      L.push(`| ${c.name} | ${t.name}${s.failed ? ` (${s.failed} failed runs)` : ""} | ${s.n} | ${f2(s.wall, 3)} | ${f2(s.cpu, 3)} | ${f2(s.cpuMin, 2)}–${f2(s.cpuMax, 2)} | ${f2(mb(c.bytes) / s.cpu, 1)} | ${f2(s.rss, 0)} | ${isBase || !base ? "" : fr(base.wall / s.wall)} | ${isBase || !base ? "" : fr(base.cpu / s.cpu)} |`);
    }
  }
  L.push("");

  L.push("## Output check (each tool once on each whole set)", "");
  const parsers = new Set(Object.values(verify).flatMap((v) => Object.values(v).map((x) => x.parser)));
  L.push(`Every output is parsed (${[...parsers].join(", ")}; source type from the input's extension) and its tree walked for an async function, arrow or method, an await or a for await left. ` +
    "Refused: the tool reported an error for the file. Files refused, not lowered or unparseable by any tool are left out of the timed runs for every tool.", "");
  L.push("| set | tool | files | refused | async left | unparseable/missing | output MB | examples |", "|---|---|---:|---:|---:|---:|---:|---|");
  for (const c of common) {
    for (const [name, v] of Object.entries(verify[c.name] || {})) {
      const bad = Object.entries(v.bad);
      const left = bad.filter(([, b]) => b.kind === "async-left");
      const unp = bad.filter(([, b]) => b.kind !== "async-left");
      const ex = [
        ...Object.entries(v.refused).slice(0, 2).map(([r, m]) => `refused ${r}: ${m}`),
        ...left.slice(0, 2).map(([r, b]) => `${r}: ${b.detail}`),
        ...unp.slice(0, 2).map(([r, b]) => `${r}: ${b.kind} ${b.detail}`),
      ].map((s) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ").slice(0, 160));
      L.push(`| ${c.name} | ${name} | ${manifest.sets[c.name].files.length} | ${Object.keys(v.refused).length} | ${left.length} | ${unp.length} | ${f2(mb(v.outBytes || 0))} | ${ex.join("<br>")} |`);
    }
  }
  L.push("");

  if (perFile && perFile.files) {
    L.push("## One process per file", "");
    L.push(`${perFile.files} files of 1-16 KB with \`async\` from the tree set (${f2(perFile.bytes / 1024, 0)} KB); each tool starts one process per file (file in, file out), tools rotated per file. ` +
      `Node-based tools (node start-up and module loading each time) run the first ${Math.min(opts.perFileNode, perFile.files)} files. Ratio: async2gen median ÷ tool median.`, "");
    L.push("| tool | files | median ms | p90 ms | median − baseline ms | failures | a2g/tool |", "|---|---:|---:|---:|---:|---:|---:|");
    const base = median(perFile.times["async2gen"] || []);
    const floor = median(perFile.baseline || []);
    for (const [name, ts] of Object.entries(perFile.times)) {
      const m = median(ts);
      L.push(`| ${name} | ${ts.length} | ${f2(m, 1)} | ${f2(quantile(ts, 0.9), 1)} | ${f2(m - floor, 1)} | ${perFile.failures[name]} | ${name === "async2gen" ? "" : fr(base / m)} |`);
    }
    if (perFile.baseline && perFile.baseline.length) {
      L.push(`| (baseline: /bin/true) | ${perFile.baseline.length} | ${f2(median(perFile.baseline), 1)} | ${f2(quantile(perFile.baseline, 0.9), 1)} | | | |`);
    }
    L.push("");
  }

  L.push("## async2gen fast paths", "");
  L.push("`async2gen -d` with and without `--no-fast-paths` over the entire corpus (every .js/.mjs/.cjs file of every fetched package, the files the sets leave out included), outputs compared byte for byte.", "");
  L.push("| input | files | output MB | identical | exit codes (fast / no-fast) | diagnostics identical |", "|---|---:|---:|---|---|---|");
  for (const r of fastPath) {
    L.push(`| ${r.set} | ${r.files} | ${f2(mb(r.bytes))} | ${r.differ.length ? `NO: ${r.differ.length} differ (${r.differ.slice(0, 3).join(", ")})` : "yes"} | ${r.statusFast} / ${r.statusSlow} | ${r.stderrSame ? "yes" : "no"} |`);
  }
  L.push("");
  return { md: L.join("\n"), summary };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const loadStart = os.loadavg();
  fs.mkdirSync(path.join(CACHE, "tmp"), { recursive: true });
  ensureNodeModules(opts);
  const a2g = ensureA2g(opts);
  log(`async2gen: ${a2g.source} (${a2g.version}, ${a2g.git}), run from a copy in .cache/bin`);
  const python = opts.usrBinTime ? null : findPython();
  if (!python) log("times from /usr/bin/time (10 ms resolution)");

  const packages = fetchPackages();
  const manifest = buildSets(opts, packages);
  const setsDir = path.join(CACHE, "sets");
  for (const [s, info] of Object.entries(manifest.sets)) log(`set ${s}: ${info.files.length} files, ${f2(mb(info.bytes))} MB`);

  const allNames = ["async2gen", "oxc-transform", "esbuild", "esbuild (transform API)", "@swc/core", "babel"];
  const tools = makeTools(opts, a2g);
  const skipped = allNames.filter((n) => !tools.some((t) => t.name === n) && (!opts.tools || opts.tools.includes(n)));

  const sets = opts.sets.map((name) => {
    const files = manifest.sets[name].files;
    const dir = path.join(setsDir, name);
    const listFile = path.join(CACHE, "tmp", `list-${name}.json`);
    fs.writeFileSync(listFile, JSON.stringify({ root: dir, files }));
    return { name, dir, files, listFile };
  });

  const verify = await verifyPhase(sets, tools);
  const common = sets.map((s) => commonSet(s, verify[s.name], setsDir));
  for (const c of common) log(`${c.name}: ${c.files.length} files handled by every tool (${f2(mb(c.bytes))} MB)`);

  log("fast-path check: async2gen with and without --no-fast-paths");
  // The entire corpus: every .js/.mjs/.cjs of every fetched package, including the files the
  // sets leave out (.min files, twins, big files).
  const fpSets = [{ name: "all packages", dir: path.join(CACHE, "pkgs") }];
  const fastPath = await fastPathCheck(opts, a2g, setsDir, fpSets);

  const runs = timedPhase(opts, python, common, tools);

  let perFile = null;
  if (opts.perFile > 0) {
    let tree = common.find((c) => c.name === "tree");
    if (!tree) {
      tree = { name: "tree", dir: path.join(setsDir, "tree"), files: manifest.sets.tree.files };
    }
    perFile = perFilePhase(opts, tools, tree);
  }

  const { md, summary } = report({ opts, a2g, tools, manifest, verify, common, runs, perFile, fastPath, python, skipped, loadStart });
  fs.writeFileSync(opts.out, md + "\n");
  fs.writeFileSync(path.join(CACHE, "results.json"), JSON.stringify({ runs, summary, verify, perFile, fastPath }, null, 1));
  process.stdout.write(md + "\n");
  log(`done: ${path.relative(process.cwd(), opts.out)} written`);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
