import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../core/export/chromium-engine.js';
import { findBrowser } from '../../core/export/find-browser.js';

/**
 * Launch the system Chromium for a test, with the same options as PDF export (sandbox on unless
 * root or CI). A missing browser fails the test (CI installs Debian's chromium); it is never
 * skipped silently.
 */
export async function launchBrowser(): Promise<Browser> {
  const found = findBrowser();
  if (!found.ok) throw new Error(found.diagnostics.map((d) => `${d.message} ${d.hint ?? ''}`).join('\n'));
  // Playwright gives every launch a fresh, temporary --user-data-dir.
  return chromium.launch(chromiumLaunchOptions(found.value));
}

/**
 * Wait until the page is still: web fonts loaded, no finite CSS animation or transition running,
 * and two frames painted. Replaces fixed sleeps before a screenshot or an assertion on a settled page.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.fonts.status === 'loaded' &&
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
    undefined,
    { polling: 'raf', timeout: 10_000 },
  );
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
