/**
 * Issue 12 item 5: content sits in a balanced vertical position on the slide, not clinging to the
 * heading with the lower half empty. Measured in Chromium at 1280×720 on every content slide.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { openDeck, showSlide } from '../themes/deck-page.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BALANCED = ['layout-bullets', 'layout-callout', 'layout-two-column', 'layout-questions', 'layout-table'];

describe('content slides use the slide', () => {
  for (const theme of ['clinical', 'large-print'] as const) {
    it(`${theme}: the content below the heading sits a little above the middle of the free room`, async () => {
      const deck = await openDeck(browser, 'content/decks/intro-patients.yaml', { theme });
      try {
        const slides = await deck.page.$$eval(
          '.reveal .slides > section',
          (all, layouts) => all.flatMap((s, i) => (layouts.some((l) => s.classList.contains(l)) ? [i] : [])),
          BALANCED,
        );
        expect(slides.length).toBeGreaterThan(10);
        let measured = 0;
        for (const i of slides) {
          await showSlide(deck.page, i);
          const m = await deck.page.evaluate(() => {
            const body = document.querySelector('.reveal .slides section.present .slide-body')!;
            const scale = body.getBoundingClientRect().width / body.clientWidth;
            const heading = body.querySelector(':scope > h2')!;
            // The heading's own bottom margin is spacing, not free room.
            const headingEnd = heading.getBoundingClientRect().bottom + parseFloat(getComputedStyle(heading).marginBottom) * scale;
            const parts = [...body.children].filter((c) => c.tagName !== 'H2').map((c) => c.getBoundingClientRect());
            const top = Math.min(...parts.map((r) => r.top));
            const bottom = Math.max(...parts.map((r) => r.bottom));
            const end = body.getBoundingClientRect().bottom;
            return {
              above: (top - headingEnd) / scale,
              below: (end - bottom) / scale,
              key: (body.parentElement as HTMLElement).dataset.key,
            };
          });
          const free = m.above + m.below;
          if (free < 60) continue; // a full slide: nothing to balance
          measured++;
          // Not clinging to the heading (at least a quarter of the free room above) and not sinking
          // below the middle (no more room above than below).
          expect(m.above / free, `${m.key}: ${Math.round(m.above)} px above, ${Math.round(m.below)} px below`).toBeGreaterThan(0.25);
          expect(m.above, m.key).toBeLessThanOrEqual(m.below + 1);
        }
        expect(measured).toBeGreaterThan(5);
      } finally {
        await deck.context.close();
      }
    });
  }
});
