/**
 * Where the built app's parts are, relative to the package root (the folder of package.json:
 * the checkout, or the root of `app.asar`). Pure.
 */
import path from 'node:path';

/** Absolute paths of the app's built parts. */
export interface AppPaths {
  /** The bundled UI, served as `app://ui` (`dist/renderer`). */
  rendererRoot: string;
  /** The sandboxed preload, one CommonJS file (`dist/electron/preload/index.cjs`). */
  preload: string;
}

/** Paths of the built parts below `packageRoot`. */
export function appPaths(packageRoot: string): AppPaths {
  return {
    rendererRoot: path.join(packageRoot, 'dist', 'renderer'),
    preload: path.join(packageRoot, 'dist', 'electron', 'preload', 'index.cjs'),
  };
}
