import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../core/export/atomic-write.js';
import type { RecentDeck } from '../contract/ipc-contract.js';

/** Most decks the recent list keeps. */
export const MAX_RECENT = 10;

const RecentFileSchema = z.array(z.strictObject({ root: z.string(), path: z.string(), title: z.string(), openedAt: z.string() }));

/** The recent-decks list, persisted as JSON (`recent-decks.json`) in the app's config folder. */
export class RecentDecks {
  readonly file: string;

  constructor(configDir: string) {
    this.file = path.join(configDir, 'recent-decks.json');
  }

  /** The list, newest first; a missing or damaged file gives an empty list. */
  async list(): Promise<RecentDeck[]> {
    try {
      const parsed = RecentFileSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data.slice(0, MAX_RECENT) : [];
    } catch {
      return [];
    }
  }

  /** Put a deck at the top of the list (once) and save the list atomically. */
  async add(entry: Omit<RecentDeck, 'openedAt'>, now = new Date()): Promise<RecentDeck[]> {
    const others = (await this.list()).filter((r) => !(r.root === entry.root && r.path === entry.path));
    const next = [{ ...entry, openedAt: now.toISOString() }, ...others].slice(0, MAX_RECENT);
    await writeFileAtomic(this.file, JSON.stringify(next, null, 2) + '\n');
    return next;
  }
}
