import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The ImmunoDeck package folder (holds templates/, content/, schema/), from source or from dist/. */
export const PACKAGE_ROOT: string = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'immunodeck') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`ImmunoDeck package.json not found above ${start}`);
    dir = up;
  }
}

/** Folder of the Handlebars templates and built-in themes. */
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');
/** The built-in content library. */
export const BUILTIN_CONTENT_DIR = path.join(PACKAGE_ROOT, 'content');

const require = createRequire(path.join(PACKAGE_ROOT, 'package.json'));

/** Absolute path of a file inside an installed npm package, e.g. `reveal.js/dist/reveal.js`. */
export function packageFile(specifier: string): string {
  return require.resolve(specifier);
}

/** The package version. */
export const VERSION: string = (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
