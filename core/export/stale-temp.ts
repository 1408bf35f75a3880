/**
 * Remove what an ImmunoDeck process killed with SIGKILL (or a crash, or a power cut) left behind:
 * print folders with a copy of the deck (`immunodeck-print-<pid>-…`), browser profile folders
 * (`playwright_chromiumdev_profile-…`) in the temporary folder, and `.<name>.<hex>.tmp` files
 * beside outputs. Only entries owned by this user, older than a few minutes, and not in use by a
 * running process are removed.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Print folders: the owner's pid is in the name (see temp-html.ts). */
export const PRINT_DIR_PREFIX = 'immunodeck-print-';
const PRINT_DIR = /^immunodeck-print-(\d+)-/;
/** Browser profile folders made by playwright-core for each launch. */
const PROFILE_DIR = /^playwright_chromium(dev)?_profile-/;
/** Temporary files of writeFileAtomic (atomic-write.ts). */
export const ATOMIC_TMP = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Options for {@link cleanStaleTemp}. */
export interface StaleTempOptions {
  /** Folders that may hold `.tmp` files beside outputs (export folders, content folders). */
  outputDirs?: readonly string[];
  /** @default os.tmpdir() */
  tmpDir?: string;
  /** Entries younger than this are left alone (they may belong to a job running now). @default 5 minutes */
  minAgeMs?: number;
  now?: number;
}

/** Remove stale leftovers; returns the paths removed. Never throws. */
export function cleanStaleTemp(options: StaleTempOptions = {}): string[] {
  const cutoff = (options.now ?? Date.now()) - (options.minAgeMs ?? 5 * 60_000);
  const removed: string[] = [];
  const tmp = options.tmpDir ?? tmpdir();
  let commandLines: string[] | undefined;
  for (const name of list(tmp)) {
    const owner = PRINT_DIR.exec(name);
    if (!owner && !PROFILE_DIR.test(name)) continue;
    const file = path.join(tmp, name);
    // The processes' command lines are read once per clean, not once per profile folder.
    if (owner ? isAlive(Number(owner[1])) : profileInUse(file, (commandLines ??= runningCommandLines()))) continue;
    if (removeIfStale(file, cutoff)) removed.push(file);
  }
  for (const dir of options.outputDirs ?? [])
    for (const name of list(dir)) {
      const file = path.join(dir, name);
      if (ATOMIC_TMP.test(name) && removeIfStale(file, cutoff)) removed.push(file);
    }
  return removed;
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Remove `file` when it is ours (same user) and was last changed before `cutoff`. */
function removeIfStale(file: string, cutoff: number): boolean {
  try {
    const info = statSync(file);
    const mine = typeof process.getuid !== 'function' || info.uid === process.getuid();
    if (!mine || info.mtimeMs > cutoff) return false;
    rmSync(file, { recursive: true, force: true });
    return true;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when a running browser uses this profile folder. On Linux the command lines in /proc say so;
 * elsewhere a profile is assumed in use (only its age then protects it, so a day is required).
 */
function profileInUse(dir: string, commandLines: string[] | undefined): boolean {
  if (!commandLines) return statSync(dir).mtimeMs > Date.now() - 24 * 3600_000;
  return commandLines.some((line) => line.includes(dir));
}

/** Every running process's command line (Linux), or undefined where /proc does not tell. */
function runningCommandLines(): string[] | undefined {
  if (!existsSync('/proc/self/cmdline')) return undefined;
  const lines: string[] = [];
  for (const pid of list('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      lines.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    } catch {
      // The process ended, or is not ours to read.
    }
  }
  return lines;
}
