/**
 * Bundles the CLI with esbuild into dist/cli-bundle/: one module graph resolved at build time
 * instead of hundreds of files resolved at every start, with each command's code in its own chunk
 * that loads only when the command runs. playwright-core (the PDF engine) stays external and loads
 * on the first PDF. This is what `bin/immunodeck.js` runs.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

/** Where the bundle goes. */
export const CLI_BUNDLE_DIR = path.resolve('dist/cli-bundle');

/** Build the CLI bundle. */
export async function buildCli(outdir = CLI_BUNDLE_DIR): Promise<void> {
  await rm(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { main: 'cli/main.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    // The browser driver is large and only needed for PDFs; it loads from node_modules when used.
    external: ['playwright-core', 'electron'],
    // Bundled CommonJS packages call require() for Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
