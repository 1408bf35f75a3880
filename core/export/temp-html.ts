import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRINT_DIR_PREFIX } from './stale-temp.js';
import { trackTemp, untrackTemp } from './temp-registry.js';

/** An HTML file in a private temporary folder, for a browser to open by file: URL. */
export interface TempHtml {
  /** The file's path. */
  file: string;
  /** Its file: URL, with an optional query such as `print-pdf`. */
  url(query?: string): string;
  /** Delete the folder. Safe to call twice. */
  dispose(): Promise<void>;
}

/**
 * Write `html` to a new temporary folder. A file: URL (not `setContent`) keeps the page's
 * Content-Security-Policy and its `?print-pdf` query exactly as a user's browser would see them.
 */
export async function writeTempHtml(html: string, csp?: string, name = 'print.html'): Promise<TempHtml> {
  // The pid in the name lets the next start tell a folder left by a killed process from one in use.
  const dir = await mkdtemp(path.join(tmpdir(), `${PRINT_DIR_PREFIX}${process.pid}-`));
  trackTemp(dir);
  const file = path.join(dir, name);
  await writeFile(file, html);
  // The page's policy beside it, for hosts that serve the folder and send the policy as a header.
  if (csp) await writeFile(cspSidecar(file), csp);
  return {
    file,
    url: (query) => `${pathToFileURL(file).href}${query ? `?${query}` : ''}`,
    dispose: async () => {
      await rm(dir, { recursive: true, force: true });
      untrackTemp(dir);
    },
  };
}

/** Write `html` to a temporary file, run `use` with it, and always delete it afterwards. */
export async function withTempHtml<T>(html: string, csp: string | undefined, use: (tmp: TempHtml) => Promise<T>): Promise<T> {
  const tmp = await writeTempHtml(html, csp);
  try {
    return await use(tmp);
  } finally {
    await tmp.dispose();
  }
}

/** The file beside a page that holds its Content-Security-Policy, as the renderer returned it. */
export function cspSidecar(htmlFile: string): string {
  return `${htmlFile}.csp`;
}
