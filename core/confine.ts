/**
 * The one path guard. Content folders travel between clinics by e-mail and USB stick, so every
 * file they name is treated as hostile: every read and every write of ImmunoDeck (topics, decks,
 * images, logos, theme files, the app's saves, the server's static files and the Electron
 * protocols) goes through {@link confine}, which follows symbolic links and refuses anything whose
 * real path is not inside the real path of its root. For a file that does not exist yet (a write),
 * the real path of its nearest existing parent folder is checked instead.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** Options for {@link confine}. */
export interface ConfineOptions {
  /** Folder a relative `ref` is resolved from. @default root */
  from?: string;
  /** Refuse a path that does not exist. @default false (a missing file is the caller's "not found") */
  mustExist?: boolean;
}

/**
 * Resolve `ref` against `options.from` (default `root`) and return the absolute path only when it
 * stays inside `root` by real path. Refuses NUL bytes, URLs (`file:`, `https:`…), absolute and
 * drive paths, backslashes, `..` escapes and symbolic links (of the file or any parent) that lead out.
 */
export function confine(root: string, ref: string, options: ConfineOptions = {}): string | undefined {
  if (!isPlainRelative(ref)) return undefined;
  const base = path.resolve(root);
  const target = path.resolve(options.from ?? base, ref);
  if (!isInside(base, target)) return undefined;
  const realRoot = realPath(base);
  if (realRoot === undefined) return undefined;
  const real = realPath(target);
  if (real !== undefined) return isInside(realRoot, real) ? target : undefined;
  if (options.mustExist) return undefined;
  const parent = nearestExisting(path.dirname(target));
  return parent !== undefined && isInside(realRoot, parent) ? target : undefined;
}

/** {@link confine} for a path that is already absolute (e.g. from a folder listing). */
export function confineAbsolute(root: string, abs: string, options: Omit<ConfineOptions, 'from'> = {}): string | undefined {
  const rel = path.relative(path.resolve(root), path.resolve(abs));
  if (rel === '') return realPath(root) === undefined ? undefined : path.resolve(root);
  return confine(root, rel.split(path.sep).join('/'), options);
}

/** A relative path with no NUL, no scheme, no drive, no leading slash and no backslash. */
export function isPlainRelative(ref: string): boolean {
  if (ref === '' || /[\0\\]/.test(ref)) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return false;
  return !path.posix.isAbsolute(ref) && !path.win32.isAbsolute(ref);
}

/** True when `target` is `root` itself or lies below it (lexically; see {@link confine} for links). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(path.resolve(root), path.resolve(target));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A path relative to `root`, with forward slashes. */
export function relativeTo(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

/** A path as shown to people: relative to the working folder when it is below it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

function realPath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function nearestExisting(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    const real = realPath(d);
    if (real !== undefined) return real;
    if (path.dirname(d) === d) return undefined;
  }
}
