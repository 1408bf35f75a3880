import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

/** Options for {@link watchContent}. */
export interface WatchOptions {
  /** Quiet time before changes are reported, so a burst of writes gives one report. @default 150 */
  debounceMs?: number;
}

/** A running watch; `close()` stops it. */
export interface ContentWatch {
  close(): Promise<void>;
  /** Resolves once the initial scan is done and changes are being reported. */
  ready: Promise<void>;
}

/**
 * Watch a content folder (topics/, decks/, images/, themes/) and report the changed paths,
 * relative to the folder, in debounced batches. Hidden and temporary files (our own atomic
 * writes) are ignored.
 */
export function watchContent(root: string, onChange: (paths: string[]) => void, options: WatchOptions = {}): ContentWatch {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(root, {
    ignoreInitial: true,
    depth: 3,
    ignored: (p) => isIgnored(root, p),
  });
  const flush = () => {
    timer = undefined;
    const paths = [...pending].sort();
    pending.clear();
    if (paths.length) onChange(paths);
  };
  watcher.on('all', (_event, file) => {
    if (typeof file !== 'string') return;
    pending.add(path.relative(root, file).split(path.sep).join('/'));
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs ?? 150);
  });
  watcher.on('error', () => {
    // A folder removed while watched: nothing useful to do; the next open starts a new watch.
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}

function isIgnored(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  if (rel === '') return false;
  const parts = rel.split(path.sep);
  return parts.some((s) => s.startsWith('.') || s === 'node_modules') || /\.tmp$|~$/.test(rel);
}
