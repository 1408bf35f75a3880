import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { error, fileLocation, type Diagnostic } from '../core/errors.js';

/**
 * The content hash of a file as the app reports it (`hash` on topic:read, deck:open and saves):
 * `sha256-<hex>` of the file's bytes, so any change on disk — even one that keeps the size and the
 * modification time — is seen.
 */
export function contentHash(bytes: Uint8Array | string): string {
  return `sha256-${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The {@link contentHash} of a file, or undefined when it does not exist (or cannot be read). */
export async function hashOfFile(file: string): Promise<string | undefined> {
  try {
    return contentHash(await readFile(file));
  } catch {
    return undefined;
  }
}

/** What a save knows about the file it replaces. */
export interface SaveGuard {
  /** The hash the caller got when it opened the file; undefined: no check (a new file, or an old client). */
  baseHash?: string;
  /** The user chose to overwrite the other change. */
  overwrite?: boolean;
}

/**
 * The CONFLICT diagnostic when the file at `file` is no longer the one the caller opened (its hash
 * differs from `guard.baseHash`, or it was deleted), or undefined when the save may go on.
 * `label` is the path shown to people (relative to the content folder).
 */
export async function saveConflict(file: string, label: string, guard: SaveGuard): Promise<Diagnostic | undefined> {
  if (guard.overwrite || guard.baseHash === undefined) return undefined;
  const now = await hashOfFile(file);
  if (now === guard.baseHash) return undefined;
  const what = now === undefined ? 'was deleted' : 'changed';
  return error(
    'CONFLICT',
    `${label} ${what} on disk since you opened it, so saving would overwrite that change`,
    fileLocation(label),
    'Reload the file to see the other change, save your version under another name, or overwrite the file with yours.',
  );
}
