import type { Result } from '../result.js';
import type { PdfEngine } from './pdf-engine.js';

/**
 * The CLI's and the local server's engine: the installed Chromium, Chrome or Edge through
 * playwright-core, which loads only when the first PDF is made (the desktop app prints with
 * Electron instead, so its bundle never includes playwright-core).
 */
export async function startChromium(): Promise<Result<PdfEngine>> {
  const { launchChromiumEngine } = await import('./chromium-engine.js');
  return launchChromiumEngine();
}
