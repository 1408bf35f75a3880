import { chromium, type Browser } from 'playwright-core';
import { findBrowser, HEADLESS_ARGS } from '../../core/export/find-browser.js';

/**
 * Launch the system Chromium for a test. A missing browser fails the test (CI installs Debian's
 * chromium); it is never skipped silently.
 */
export async function launchBrowser(): Promise<Browser> {
  const found = findBrowser();
  if (!found.ok) throw new Error(found.diagnostics.map((d) => `${d.message} ${d.hint ?? ''}`).join('\n'));
  return chromium.launch({
    executablePath: found.value,
    // Playwright gives every launch a fresh, temporary --user-data-dir.
    args: HEADLESS_ARGS.filter((a) => a !== '--headless'),
    headless: true,
  });
}
