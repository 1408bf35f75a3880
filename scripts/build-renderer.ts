/**
 * Bundles the UI (renderer/) with esbuild into dist/renderer/: index.html, styles.css, app.js and
 * the Atkinson Hyperlegible fonts. The same folder is served by Electron (app://ui) and by
 * `immunodeck serve`. Usage: `tsx scripts/build-renderer.ts [--outdir dist/renderer] [--dev]`.
 */
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));

/** Options of {@link buildRenderer}. */
export interface BuildRendererOptions {
  /** Output folder. @default <repo>/dist/renderer */
  outDir?: string;
  /** Skip minification. @default false */
  dev?: boolean;
}

/** Build the UI into `outDir`; resolves to the folder. */
export async function buildRenderer(options: BuildRendererOptions = {}): Promise<string> {
  const outDir = path.resolve(options.outDir ?? path.join(ROOT, 'dist', 'renderer'));
  // Start clean, so a file left by an older build is never served or packed.
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, 'fonts'), { recursive: true });
  // app.js is the UI; audience.js is the presentation's audience window (audience.html).
  await build({
    entryPoints: { app: path.join(ROOT, 'renderer/src/main.ts'), audience: path.join(ROOT, 'renderer/src/audience.ts') },
    outdir: outDir,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    tsconfig: path.join(ROOT, 'tsconfig.web.json'),
    sourcemap: true,
    minify: !options.dev,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  await copyFile(path.join(ROOT, 'renderer/index.html'), path.join(outDir, 'index.html'));
  for (const file of ['styles.css', 'audience.html', 'audience.css'])
    await copyFile(path.join(ROOT, 'renderer', file), path.join(outDir, file));
  for (const weight of [400, 700]) {
    const font = require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff2`);
    await copyFile(font, path.join(outDir, 'fonts', `atkinson-${weight}.woff2`));
  }
  return outDir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--outdir');
  const outDir = await buildRenderer({ outDir: i >= 0 ? args[i + 1] : undefined, dev: args.includes('--dev') });
  process.stdout.write(`UI built into ${path.relative(process.cwd(), outDir) || '.'}\n`);
}
