import { readFileSync } from 'node:fs';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** The MIME type for a file name, by extension. */
export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * A file as a data: URL, so the exported deck is one self-contained file. SVG is inlined as an
 * image (never as markup), so any script inside an SVG cannot run.
 */
export function dataUrl(file: string, cache?: Map<string, string>): string {
  const hit = cache?.get(file);
  if (hit) return hit;
  const url = `data:${mimeType(file)};base64,${readFileSync(file).toString('base64')}`;
  cache?.set(file, url);
  return url;
}
