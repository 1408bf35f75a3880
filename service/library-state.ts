import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { error, fileLocation } from '../core/errors.js';
import { loadLibrary } from '../core/validate/load-library.js';
import { isInside } from '../core/confine.js';
import type { Library } from '../core/validate/content.js';
import { fail, ok, type Result } from '../core/result.js';
import type { LibraryInfo } from '../contract/ipc-contract.js';
import { watchContent, type ContentWatch } from './watcher.js';

/**
 * The open content folder: its loaded library (kept fresh by a file watcher) and whether it is the
 * shipped, read-only one.
 */
export class LibraryState {
  root = '';
  builtin = true;
  library: Library | undefined;
  private watch: ContentWatch | undefined;
  private reloading: Promise<void> | undefined;

  constructor(
    private readonly builtinRoot: string,
    private readonly onChanged: (root: string, paths: string[]) => void,
    private readonly watchEnabled = true,
  ) {}

  /** Open a content folder (a folder holding topics/) and start watching it. */
  async open(folder: string): Promise<Result<LibraryInfo>> {
    const abs = path.resolve(folder);
    if (!existsSync(abs) || !statSync(abs).isDirectory())
      return fail([error('FILE', 'folder not found', fileLocation(abs), 'Choose a content folder: one that holds topics/ and decks/.')]);
    if (!existsSync(path.join(abs, 'topics')))
      return fail([
        error(
          'FILE',
          'this folder has no topics/ folder, so it is not a content folder',
          fileLocation(abs),
          'Choose the folder that holds topics/ and decks/, or use "Customize library" to make one.',
        ),
      ]);
    await this.watch?.close();
    this.root = abs;
    this.builtin = isInside(this.builtinRoot, abs);
    this.library = await loadLibrary(abs, { cwd: abs });
    if (this.watchEnabled) {
      const root = abs;
      this.watch = watchContent(root, (paths) => void this.changed(root, paths));
      await this.watch.ready;
    }
    return ok({ root: abs, builtin: this.builtin });
  }

  /** The loaded library; loads it on first use. */
  async current(): Promise<Library> {
    if (this.reloading) await this.reloading;
    if (!this.library) this.library = await loadLibrary(this.root, { cwd: this.root });
    return this.library;
  }

  /** Load the folder again (after a save, or when files changed on disk). */
  async reload(): Promise<Library> {
    const root = this.root;
    const run = loadLibrary(root, { cwd: root }).then((lib) => {
      if (this.root === root) this.library = lib;
    });
    this.reloading = run;
    await run;
    if (this.reloading === run) this.reloading = undefined;
    return this.library!;
  }

  /** Stop watching. */
  async close(): Promise<void> {
    await this.watch?.close();
    this.watch = undefined;
  }

  private async changed(root: string, paths: string[]): Promise<void> {
    if (root !== this.root) return;
    await this.reload();
    this.onChanged(root, paths);
  }
}
