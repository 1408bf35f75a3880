/**
 * Where the time of one large PDF goes, phase by phase (issue 15): `npx tsx bench/profile-phases.ts
 * <slides> [slides|notes|handout]`. Loads the deck page in a fresh Chromium page and times: page
 * load until the ready signal (reveal's print view and deck-fit.js), the fit report script,
 * Chromium's page.pdf, and pdf-lib's finishing (metadata, outline). Prints one JSON line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../core/export/chromium-engine.js';
import { PDF_READY_SELECTOR } from '../core/export/export-pdf.js';
import { findBrowser } from '../core/export/find-browser.js';
import { deckMetadata, finishPdf } from '../core/export/finish-pdf.js';
import { fitReportScript } from '../core/export/pdf-engine.js';
import { deckOutline } from '../core/export/pdf-outline.js';
import { buildPrintOptions, slidePageSize, toPlaywrightPdfOptions } from '../core/export/print-options.js';
import { withTempHtml } from '../core/export/temp-html.js';
import { runDeckJob } from '../core/job/deck-job.js';
import { PAPERS } from '../core/options.js';
import { HANDOUT_READY_SELECTOR, renderHandout } from '../core/render/render-handout.js';
import { writeLargeDeck } from './large-deck-bench.js';

const slides = Number(process.argv[2] ?? 500);
const kind = (process.argv[3] ?? 'slides') as 'slides' | 'notes' | 'handout';
const base = await mkdtemp(path.join(tmpdir(), 'immunodeck-profile-'));
const lap = (() => {
  let t = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return Math.round(ms);
  };
})();
try {
  const deck = await writeLargeDeck(base, slides);
  const job = await runDeckJob({ source: { file: deck }, fit: 'off' });
  if (!job.model || !job.rendered) throw new Error(JSON.stringify(job.problems.slice(0, 3)));
  const model = job.model;
  const times: Record<string, number> = { render: lap() };
  const page =
    kind === 'slides' ? undefined : renderHandout(model, job.rendered, { layout: kind === 'notes' ? 'notes' : 3, paper: 'letter' });
  if (page && !page.ok) throw new Error('handout');
  const html = page?.ok ? page.value.html : job.rendered.html;
  const csp = page?.ok ? page.value.csp : job.rendered.parts.csp;
  times['renderHandout'] = lap();
  const found = findBrowser();
  if (!found.ok) throw new Error('no browser');
  const browser = await chromium.launch(chromiumLaunchOptions(found.value));
  times['launch'] = lap();
  const viewport = page?.ok
    ? { width: Math.round(page.value.geometry.pageWidth), height: Math.round(page.value.geometry.pageHeight) }
    : { width: model.width, height: model.height };
  await withTempHtml(html, csp, async (tmp) => {
    const p = await browser.newPage({ viewport });
    await p.goto(tmp.url(page ? undefined : 'print-pdf'), { timeout: 0 });
    times['goto'] = lap();
    await p.waitForSelector(page ? HANDOUT_READY_SELECTOR : PDF_READY_SELECTOR, { state: 'attached', timeout: 0 });
    times['ready'] = lap();
    const fits = (await p.evaluate(fitReportScript())) as unknown[];
    times['fitReport'] = lap();
    const size = page?.ok ? PAPERS.letter : slidePageSize(model.width, model.height);
    const pdf = await p.pdf({ ...toPlaywrightPdfOptions(buildPrintOptions(size)), timeout: 0 } as never);
    times['pdf'] = lap();
    const done = await finishPdf(pdf, deckMetadata(model, 'Chromium'), deckOutline(model));
    times['finish'] = lap();
    process.stdout.write(
      JSON.stringify({
        slides: model.slides.length,
        kind,
        fits: fits.length,
        pages: done.pageCount,
        mb: Math.round(pdf.byteLength / 1e6),
        ms: times,
      }) + '\n',
    );
  });
  await browser.close();
} finally {
  await rm(base, { recursive: true, force: true });
}
