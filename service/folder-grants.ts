import { realpathSync } from 'node:fs';
import path from 'node:path';
import { error, fileLocation, type Diagnostic } from '../core/errors.js';

/**
 * The folders the UI may ask the service to open or write: the built-in library, the default
 * "Customize" folder, the folder given on the command line, folders the user chose in the system
 * dialog (Electron) and folders opened before (recent decks). The renderer can never make the
 * service open or write a folder it names freely: a compromised page cannot point it at ~/.ssh.
 */
export class FolderGrants {
  private readonly roots = new Set<string>();

  /** Allow `folder` (compared by real path, so a link to it is the same folder). */
  grant(folder: string): void {
    this.roots.add(canonical(folder));
  }

  /** True when `folder` was granted. */
  allows(folder: string): boolean {
    return this.roots.has(canonical(folder));
  }
}

function canonical(folder: string): string {
  const abs = path.resolve(folder);
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

/** The diagnostic for a folder the user did not choose. */
export function notChosen(folder: string): Diagnostic {
  return error(
    'FILE',
    'this folder was not chosen by you, so it is not opened',
    fileLocation(folder),
    'Choose the folder with "Open content folder…" (desktop app), or start `immunodeck serve --content <folder>` with it.',
  );
}
