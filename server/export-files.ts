/**
 * Downloads of exported files for the browser version (`immunodeck serve`): a browser cannot open
 * a folder, so the export dialog links each file it wrote as `GET /exports/<name>?token=…`. Only
 * files inside the export folder are served (core/confine.ts: real paths, links that lead out
 * refused), only to holders of the token, and always as attachments: an exported deck is a page
 * with scripts, and it must never run on the app's own origin.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { confine } from '../core/confine.js';

/** The URL path prefix of exported files. */
export const EXPORTS_PATH = '/exports/';

/** Content types of what an export writes. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** An exported file ready to stream. */
export interface ExportDownload {
  file: string;
  name: string;
  type: string;
  size: number;
}

/**
 * The exported file a URL path names (`/exports/intro-patients-handout.pdf`), or undefined for
 * anything else: not an export type, encoded escapes, hidden files, subfolders, links out.
 */
export async function findExport(exportDir: string, urlPath: string): Promise<ExportDownload | undefined> {
  let name: string;
  try {
    name = decodeURIComponent(urlPath.slice(EXPORTS_PATH.length));
  } catch {
    return undefined;
  }
  if (!name || /[\0\\/]/.test(name) || name.startsWith('.')) return undefined;
  const type = TYPES[path.extname(name).toLowerCase()];
  const file = type ? confine(exportDir, name, { mustExist: true }) : undefined;
  if (!type || !file) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? { file, name, type, size: info.size } : undefined;
}

/** Headers that make the browser save the file under its own name, and never run it here. */
export function downloadHeaders(download: ExportDownload): Record<string, string> {
  const ascii = download.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return {
    'Content-Type': download.type,
    'Content-Length': String(download.size),
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(download.name)}`,
    'Content-Security-Policy': "sandbox; default-src 'none'",
  };
}

/** Stream the file (PDFs of a long deck run to megabytes). */
export function streamExport(download: ExportDownload, out: NodeJS.WritableStream & { destroy(): void }): void {
  createReadStream(download.file)
    .on('error', () => out.destroy())
    .pipe(out);
}
