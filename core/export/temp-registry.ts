/**
 * What this process has in flight on disk: print folders, `.tmp` files beside outputs, and the
 * cleanups (closing the browser, which removes its profile folder) to run if the process is
 * stopped with Ctrl+C (SIGINT) or SIGTERM. A SIGKILL leaves them behind; {@link cleanStaleTemp}
 * (stale-temp.ts) removes those on the next start.
 */
import { rmSync } from 'node:fs';

const live = new Set<string>();
const cleanups = new Set<() => Promise<unknown>>();

/** Remember a temporary file or folder until {@link untrackTemp}. */
export function trackTemp(p: string): void {
  live.add(p);
}

/** Forget a temporary file or folder (it was removed or renamed into place). */
export function untrackTemp(p: string): void {
  live.delete(p);
}

/** The temporary paths this process has in flight (for tests). */
export function trackedTemps(): string[] {
  return [...live];
}

/** Run `cleanup` if the process is stopped by a signal; returns a function that unregisters it. */
export function addExitCleanup(cleanup: () => Promise<unknown>): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Remove every tracked temporary path now (synchronously: this may run while the process exits). */
export function removeTrackedSync(): void {
  for (const p of live) rmSync(p, { recursive: true, force: true });
  live.clear();
}

/** Longest wait for the cleanups (the browser closing) before the process exits anyway. */
const CLEANUP_WAIT_MS = 5000;

let installed = false;

/**
 * On SIGINT and SIGTERM: run the registered cleanups (at most {@link CLEANUP_WAIT_MS}), remove the
 * tracked temporary paths, then exit with 130 or 143 as a shell expects. Installed once.
 */
export function installSignalCleanup(): void {
  if (installed) return;
  installed = true;
  const stop = (code: number) => {
    const wait = new Promise((resolve) => setTimeout(resolve, CLEANUP_WAIT_MS).unref());
    void Promise.race([Promise.allSettled([...cleanups].map((c) => c())), wait]).finally(() => {
      removeTrackedSync();
      process.exit(code);
    });
  };
  process.once('SIGINT', () => stop(130));
  process.once('SIGTERM', () => stop(143));
}
