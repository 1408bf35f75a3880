// The yardstick of `npm run bench`: playwright-core alone prints an already-exported deck once, in
// a fresh browser, tagged, with an outline: the least any HTML-to-PDF tool must do. Plain
// JavaScript run by `node` (no TypeScript loader), so it pays no start-up cost ours does not.
// playwright-core is required, as ImmunoDeck loads it: an `import` would make Node scan its 3 MB
// CommonJS bundle for exports, and the yardstick must not be slower than the best way to load it.
// Usage: node bench/yardstick-print.mjs <deck.html> <out.pdf> <width> <height>
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { chromiumLaunchOptions } from '../dist/core/export/chromium-engine.js';
import { findBrowser } from '../dist/core/export/find-browser.js';

const { chromium } = createRequire(import.meta.url)('playwright-core');
const [html, out, width, height] = process.argv.slice(2);
const found = findBrowser();
if (!found.ok) throw new Error(found.diagnostics[0].message);
const browser = await chromium.launch(chromiumLaunchOptions(found.value));
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(`${pathToFileURL(html).href}?print-pdf`);
// reveal.js's print view is ready when it says so: the deck page sets this attribute on pdf-ready.
await page.waitForSelector('html[data-immunodeck-pdf-ready]', { state: 'attached' });
const pdf = await page.pdf({
  preferCSSPageSize: true,
  printBackground: true,
  tagged: true,
  outline: true,
  margin: { top: '0', right: '0', bottom: '0', left: '0' },
});
await writeFile(out, pdf);
await browser.close();
