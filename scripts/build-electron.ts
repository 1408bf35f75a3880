/**
 * Bundles the desktop app's main process and preload with esbuild:
 * - dist/electron/main/index.js: ESM (package.json "type": "module"), core/ and service/ bundled in;
 *   production dependencies stay external and are packed by electron-builder into app.asar/node_modules.
 * - dist/electron/preload/index.cjs: ONE CommonJS file, the only form a sandboxed preload can load;
 *   its only `require` is `electron`.
 * Usage: `tsx scripts/build-electron.ts [--outdir dist/electron] [--dev]`.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Options of {@link buildElectron}. */
export interface BuildElectronOptions {
  /** Output folder (holds main/ and preload/). @default <repo>/dist/electron */
  outDir?: string;
  /** Keep names readable and skip minification. @default false */
  dev?: boolean;
}

/** The production dependencies: kept external in the main bundle (electron-builder packs them). */
export function productionDependencies(root = ROOT): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(pkg.dependencies ?? {});
}

/**
 * Dependencies of the CLI only. They stay external and are marked free of side effects, so an import
 * the app never uses (service/ re-exports the CLI's Chromium PDF engine) is dropped from the bundle;
 * electron-builder.yml leaves them out of app.asar, and tests/electron/bundles.test.ts fails if the
 * main bundle ever really uses one.
 */
export const CLI_ONLY_DEPENDENCIES = ['playwright-core'] as const;

const cliOnly: Plugin = {
  name: 'cli-only-dependencies',
  setup(b) {
    const filter = new RegExp(`^(${CLI_ONLY_DEPENDENCIES.map((d) => d.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|')})(/|$)`);
    b.onResolve({ filter }, (args) => ({ path: args.path, external: true, sideEffects: false }));
  },
};

/** esbuild options of the main bundle. */
export function mainBuildOptions(outDir: string, dev = false): BuildOptions {
  return {
    entryPoints: [path.join(ROOT, 'electron/main/index.ts')],
    outfile: path.join(outDir, 'main/index.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Electron 45 runs Node 24.
    target: 'node22',
    external: ['electron', ...productionDependencies().filter((d) => !(CLI_ONLY_DEPENDENCIES as readonly string[]).includes(d))],
    plugins: [cliOnly],
    // Bundled CommonJS code (e.g. pdf-lib's deps) may call require(); give ESM output one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    sourcemap: true,
    minify: !dev,
    keepNames: true,
    // Licence comments stay inside the bundle, so nothing beside it can go stale between builds.
    legalComments: 'eof',
    logLevel: 'warning',
  };
}

/** esbuild options of the preload bundle: one CJS file for the sandbox. */
export function preloadBuildOptions(outDir: string, dev = false): BuildOptions {
  return {
    entryPoints: [path.join(ROOT, 'electron/preload/index.ts')],
    outfile: path.join(outDir, 'preload/index.cjs'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'chrome120',
    external: ['electron'],
    sourcemap: dev ? 'inline' : false,
    minify: !dev,
    logLevel: 'warning',
  };
}

/** Build both bundles. */
export async function buildElectron(options: BuildElectronOptions = {}): Promise<void> {
  const outDir = path.resolve(options.outDir ?? path.join(ROOT, 'dist/electron'));
  // Start clean: a file left by an older build must never be packed into the app.
  // (Only the bundles' folders: tsc also writes dist/electron/ipc-contract.js and security/ for the CLI.)
  for (const sub of ['main', 'preload']) rmSync(path.join(outDir, sub), { recursive: true, force: true });
  await Promise.all([build(mainBuildOptions(outDir, options.dev)), build(preloadBuildOptions(outDir, options.dev))]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--outdir');
  await buildElectron({ outDir: at >= 0 ? args[at + 1] : undefined, dev: args.includes('--dev') });
}
