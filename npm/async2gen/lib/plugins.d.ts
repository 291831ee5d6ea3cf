// The bundler entries: async2gen/esbuild, async2gen/rollup, async2gen/vite (plugin factories) and
// async2gen/webpack (a loader). Options: those of transform, less filename and sourceMaps.
import type { TransformOptions } from './index';

export interface PluginOptions extends Omit<TransformOptions, 'filename' | 'sourceMaps'> {
  /** esbuild: which paths to load (default /\.[cm]?js$/). */
  filter?: RegExp;
  /** Rollup and Vite: which module ids to transform (default /\.[cm]?js$/). */
  include?: RegExp;
}

declare function plugin(options?: PluginOptions): any;
export = plugin;
