/**
 * Printing a very large document in parts and joining them. Chromium's print of one document grows
 * faster than its page count (docs/benchmark.md has the figures), so above a threshold the engine
 * prints the page boxes a chunk at a time from the one page load and the parts are merged here.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PRINT_CHUNKS } from '../options.js';
import { TEMPLATES_DIR } from '../paths.js';
import type { PrintChunks } from './pdf-engine.js';

/**
 * The chunks to print a document of `pages` page boxes (matching `selector`) in: none up to the
 * threshold, so ordinary decks print in one piece with Chromium's own structure tree untouched.
 */
export function chunksFor(
  pages: number,
  selector: string,
  onChunk?: PrintChunks['onChunk'],
  limits: { thresholdPages: number; pages: number } = PRINT_CHUNKS,
): PrintChunks | undefined {
  return pages > limits.thresholdPages ? { selector, size: limits.pages, onChunk } : undefined;
}

/** Which printed pages a part covers: page boxes `from` (inclusive) to `to` (exclusive). */
export interface PageRange {
  selector: string;
  from: number;
  to: number;
}

let partScript: string | undefined;

/**
 * JavaScript the engine runs in the page before printing each part (templates/print-part.js): shows
 * only the page boxes of `range` and lets the last of them end the document.
 */
export function printPartScript(range: PageRange): string {
  partScript ??= readFileSync(path.join(TEMPLATES_DIR, 'print-part.js'), 'utf8');
  return `${partScript.trim().replace(/;$/, '')}(${JSON.stringify(range)})`;
}
