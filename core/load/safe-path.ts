import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Resolve `ref` (relative to `fromDir`) and return the absolute path only if it stays inside `root`,
 * following symbolic links, so a shared topic file cannot pull in /etc/passwd or ~/.ssh/id_rsa.
 * Returns undefined for absolute paths, URLs, `..` escapes and links that point outside.
 */
export function resolveInside(root: string, fromDir: string, ref: string): string | undefined {
  if (ref.includes('\0') || /^[a-z][a-z0-9+.-]*:/i.test(ref) || path.isAbsolute(ref) || ref.startsWith('\\')) return undefined;
  const target = path.resolve(fromDir, ref);
  if (!isInside(root, target)) return undefined;
  try {
    const real = realpathSync(target);
    return isInside(realpathSync(root), real) ? target : undefined;
  } catch {
    return target; // does not exist (yet): the caller reports it as missing
  }
}

/** True when `target` is `root` itself or lies below it. */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(path.resolve(root), path.resolve(target));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A path as shown to people: relative to the working folder when it is below it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
