import { existsSync, statSync } from 'node:fs';
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { error, fileLocation } from '../core/errors.js';
import { isInside } from '../core/confine.js';
import { fail, ok, type Result } from '../core/result.js';

/** The outcome of {@link customizeLibrary}. */
export interface CustomizeOutcome {
  root: string;
  /** False when the target already was a content folder and was opened as it is. */
  copied: boolean;
}

/**
 * "Customize": copy the built-in library to a folder of the user's, so edits never touch the
 * shipped files. A target that already holds a content folder (topics/) is kept as it is, so a
 * second click never overwrites someone's edits; any other non-empty folder is refused.
 */
export async function customizeLibrary(source: string, target: string): Promise<Result<CustomizeOutcome>> {
  const dest = path.resolve(target);
  if (isInside(source, dest) || isInside(dest, source)) {
    return fail([
      error(
        'FILE',
        'the copy must go outside the built-in library',
        fileLocation(dest),
        'Choose a folder in your home folder, e.g. ~/ImmunoDeck/content.',
      ),
    ]);
  }
  if (existsSync(dest)) {
    if (!statSync(dest).isDirectory()) return fail([error('FILE', 'a file with this name exists; a folder is needed', fileLocation(dest))]);
    if (existsSync(path.join(dest, 'topics'))) return ok({ root: dest, copied: false });
    if ((await readdir(dest)).length > 0) {
      return fail([
        error(
          'FILE',
          'this folder is not empty and is not a content folder',
          fileLocation(dest),
          'Choose an empty or new folder for your copy of the library.',
        ),
      ]);
    }
  }
  try {
    await cp(source, dest, { recursive: true, errorOnExist: true, force: false, filter: (src) => !path.basename(src).startsWith('.') });
  } catch (e) {
    return fail([
      error(
        'FILE',
        `could not copy the library: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        fileLocation(dest),
        'Check that you may write to this folder.',
      ),
    ]);
  }
  return ok({ root: dest, copied: true });
}
