import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { confine } from '../core/confine.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** A static file ready to send. */
export interface StaticFile {
  body: Buffer;
  type: string;
}

/**
 * Read a file of the built renderer for a URL path, or undefined (404) for anything outside the
 * folder: `..`, encoded escapes, NUL bytes, hidden files, links that point out, unknown types.
 */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | undefined> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (rel === '/' || rel === '') rel = '/index.html';
  if (/[\0\\]/.test(rel) || rel.split('/').some((s) => s === '..' || (s.startsWith('.') && s !== ''))) return undefined;
  const type = TYPES[path.extname(rel).toLowerCase()];
  // The one path guard: inside the folder by real path, links that lead out refused.
  const file = type ? confine(root, rel.replace(/^\/+/, ''), { mustExist: true }) : undefined;
  if (!type || !file) return undefined;
  try {
    return { body: await readFile(file), type };
  } catch {
    return undefined;
  }
}
