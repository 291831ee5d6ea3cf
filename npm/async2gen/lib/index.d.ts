// async2gen: lowers async functions, await, async generators and for await into generators.

export interface TransformOptions {
  /** The input's name: in diagnostics and the map's "sources"; a .mjs name is an ES module, a .cjs name is not. */
  filename?: string;
  /** false/'none' (default): no map; true/'separate': `map` only; 'inline': a data: URL comment too; 'both'; 'external': a `//# sourceMappingURL=<outputFilename>.map` comment. */
  sourceMaps?: boolean | 'none' | 'separate' | 'inline' | 'both' | 'external';
  /** The map's "file", and the external comment's NAME.map. */
  outputFilename?: string;
  /** The map's "sources" entry (default: filename). */
  mapSource?: string;
  sourceRoot?: string;
  /** The map holds the input's text (default true). */
  sourcesContent?: boolean;
  /** The input's own map (object or JSON text), to chain through. Default: its inline sourceMappingURL comment (and, for transformFile, a map file it names). */
  inputSourceMap?: object | string | null | false;
  /** 'inline' (default): the runtime functions a file calls are appended to it; 'import': imported or required from helpersModule; 'global': expected on globalThis. */
  helpers?: 'inline' | 'import' | 'global';
  /** With helpers: 'import' (default 'async2gen/runtime'). */
  helpersModule?: string;
  helpersModuleCjs?: string;
  /** 'auto' (default): import/export syntax, then .mjs/.cjs names (transformFile: also package.json "type"). */
  moduleKind?: 'auto' | 'esm' | 'cjs';
  /** 'global': the global Promise at each call (zone.js); needs helpers 'inline'. */
  promise?: 'intrinsic' | 'global';
  /** Assumptions about the program for a smaller output (the CLI's --assume): 'plain-functions' (its async functions' function objects are not looked at, nor called with new; README, "Assumptions"). A comma-separated string or an array. */
  assume?: string | ReadonlyArray<'plain-functions' | string>;
  /** CommonJS and scripts: allow top-level await (the program runs as an async function body). */
  topLevelAwait?: boolean;
  /** `at async` frames for lowered callers in error stacks (debugging). */
  asyncStackTraces?: boolean;
  /** Files without `async`/`await` are copied unparsed (default true). */
  fastPaths?: boolean;
  /** Refuse inputs over this many MiB (default 64). */
  maxInputSize?: number;
}

export interface SourceMap {
  version: 3;
  file?: string;
  sourceRoot?: string;
  sources: string[];
  sourcesContent?: (string | null)[];
  names: string[];
  mappings: string;
}

export interface Diagnostic {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based, in UTF-16 code units */
  column: number;
  /** byte offsets in the UTF-8 input */
  offset: number;
  endOffset: number;
  severity: 'error' | 'internal error';
  message: string;
  /** `file:line:col: error: message`, the source line and a caret */
  rendered: string;
}

export interface TransformResult {
  code: string;
  map: SourceMap | null;
  diagnostics: Diagnostic[];
}

/** Thrown for inputs with errors: the message is `file:line:col: error: message` and the code frame. */
export class Async2genError extends Error {
  name: 'Async2genError';
  diagnostics: Diagnostic[];
  file: string;
  line: number;
  column: number;
  /** The first error's message without its position. */
  reason: string;
  /** The source line and a caret. */
  frame: string;
}

export function transform(code: string | Uint8Array, options?: TransformOptions): Promise<TransformResult>;
export function transformSync(code: string | Uint8Array, options?: TransformOptions): TransformResult;
export function transformFile(path: string, options?: TransformOptions): Promise<TransformResult>;
export function transformFileSync(path: string, options?: TransformOptions): TransformResult;
/** The whole runtime as one module ('esm', 'cjs') or a script defining it on globalThis ('global'). */
export function printHelpers(kind?: 'esm' | 'cjs' | 'global'): string;
/** Whether a text mentions async or await (the plugins transform only those). */
export function mentionsAsync(code: string): boolean;
export const version: string;
