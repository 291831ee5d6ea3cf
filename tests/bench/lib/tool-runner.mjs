// One node process that runs one in-process tool (oxc-transform, @swc/core, Babel) over many
// files, or probes esbuild for the files it refuses. Started by bench.mjs as a child process so
// that its wall time, CPU time and peak RSS can be measured from outside (node start-up and
// module loading included, as a user pays them).
//
//   node tool-runner.mjs TOOL LIST.json OUTDIR REPORT.json   batch: every file of the list
//   node tool-runner.mjs TOOL --single IN OUT                   one file (the per-file case)
//   node tool-runner.mjs esbuild-probe LIST.json REPORT.json    files esbuild's build API refuses
//
// LIST.json is {"root": DIR, "files": [relative paths]}. REPORT.json gets
// {"refused": {rel: message}, "files": n}. A file a tool throws on is recorded, not fatal.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

// The ECMAScript source type each tool is told, from the file's extension: .mjs is a module,
// .cjs is CommonJS (a script), .js is left to the tool to detect.
const kindOf = (file) => (file.endsWith(".mjs") ? "module" : file.endsWith(".cjs") ? "commonjs" : "unambiguous");

export const ESBUILD_SUPPORTED = { "async-await": false, "async-generator": false, "for-await": false };

export const TOOLS = {
  // oxc-transform: target es2016 lowers ES2017+ (async functions, async generators, for await, and
  // the other later syntax). Helpers come from @oxc-project/runtime (its default).
  "oxc-transform"() {
    const { transformSync } = require("oxc-transform");
    return (file, src) => {
      const r = transformSync(file, src, { target: "es2016", sourceType: kindOf(file) });
      if (r.errors && r.errors.length) throw new Error(r.errors.map((e) => e.message).join("; "));
      return r.code;
    };
  },
  // esbuild's transform API (its native service behind node), one file after another, with
  // the same three "supported" switches as the CLI run: only async syntax is lowered.
  "esbuild (transform API)"() {
    const esbuild = require("esbuild");
    return (file, src) =>
      esbuild.transformSync(src, { loader: "js", sourcefile: file, supported: ESBUILD_SUPPORTED, logLevel: "silent" }).code;
  },
  // @swc/core: env targets a modern engine (Chrome 120, which has everything) and forces only
  // the two async transforms on, so only async syntax is lowered. Helpers are inlined.
  "@swc/core"() {
    const swc = require("@swc/core");
    return (file, src) => {
      const k = kindOf(file);
      return swc.transformSync(src, {
        filename: file,
        swcrc: false,
        configFile: false,
        sourceMaps: false,
        isModule: k === "module" ? true : k === "commonjs" ? false : "unknown",
        jsc: { parser: { syntax: "ecmascript" } },
        env: {
          targets: { chrome: "120" },
          include: ["transform-async-to-generator", "transform-async-generator-functions"],
        },
      }).code;
    };
  },
  // Babel: only the two async plugins (async generators + for await, then async functions).
  // Helpers are inlined; 'compact' is Babel's default ('auto': compact output above 500 KB).
  babel() {
    const babel = require("@babel/core");
    const plugins = [
      require.resolve("@babel/plugin-transform-async-generator-functions"),
      require.resolve("@babel/plugin-transform-async-to-generator"),
    ];
    // Resolve the plugins once, as a build tool's long-lived config does.
    const config = babel.loadPartialConfig({ babelrc: false, configFile: false, browserslistConfigFile: false, plugins });
    return (file, src) => {
      const k = kindOf(file);
      const r = babel.transformSync(src, {
        ...config.options,
        filename: file,
        sourceType: k === "commonjs" ? "script" : k,
        parserOpts: { allowReturnOutsideFunction: k !== "module" },
        sourceMaps: false,
        ast: false,
        highlightCode: false,
      });
      return r.code;
    };
  },
};

function mkdirFor(file, made) {
  const dir = path.dirname(file);
  if (!made.has(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
}

function esbuildProbe(listFile, reportFile) {
  const esbuild = require("esbuild");
  const { root, files } = JSON.parse(fs.readFileSync(listFile, "utf8"));
  const refused = {};
  let left = files.slice();
  for (let attempt = 0; attempt < 20 && left.length; attempt++) {
    try {
      esbuild.buildSync({
        entryPoints: left,
        absWorkingDir: root,
        outdir: "out",
        outbase: ".",
        write: false,
        logLevel: "silent",
        logLimit: 0,
        supported: ESBUILD_SUPPORTED,
      });
      break;
    } catch (e) {
      const bad = new Set();
      for (const err of e.errors || []) {
        const f = err.location && err.location.file;
        if (!f) continue;
        const rel = path.relative(root, path.resolve(root, f));
        if (!(rel in refused)) refused[rel] = err.text;
        bad.add(rel);
      }
      if (!bad.size) {
        // An error with no file: give up on the whole list.
        for (const f of left) refused[f] = String(e.message).split("\n")[0];
        break;
      }
      left = left.filter((f) => !bad.has(f));
    }
  }
  fs.writeFileSync(reportFile, JSON.stringify({ refused, files: files.length }));
}

function main(argv) {
  const [tool, a, b, c] = argv;
  if (tool === "esbuild-probe") return esbuildProbe(a, b);
  const make = TOOLS[tool];
  if (!make) {
    console.error(`tool-runner: unknown tool ${tool}`);
    process.exit(2);
  }
  const transform = make();
  if (a === "--single") {
    const out = transform(b, fs.readFileSync(b, "utf8"));
    fs.writeFileSync(c, out);
    return;
  }
  const { root, files } = JSON.parse(fs.readFileSync(a, "utf8"));
  const outDir = b;
  const refused = {};
  const made = new Set();
  for (const rel of files) {
    const inFile = path.join(root, rel);
    let code;
    try {
      code = transform(inFile, fs.readFileSync(inFile, "utf8"));
    } catch (e) {
      refused[rel] = String((e && e.message) || e).split("\n")[0].slice(0, 300);
      continue;
    }
    const outFile = path.join(outDir, rel);
    mkdirFor(outFile, made);
    fs.writeFileSync(outFile, code);
  }
  if (c) fs.writeFileSync(c, JSON.stringify({ refused, files: files.length }));
}

// (run as a program; tests/bench/npm_speed.mjs imports TOOLS)
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
