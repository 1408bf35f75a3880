import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTheme } from '../../core/render/themes.js';
import { LAYOUTS } from '../../core/options.js';
import { launchBrowser } from '../helpers/browser.js';
import { axeViolations, currentSlide, openDeck, showSlide, type OpenDeck } from './deck-page.js';

/** Every layout, filled like a real patient topic, plus a slide with too much text. */
const LAYOUT_DECK = 'tests/fixtures/themes/decks/all-layouts.yaml';
const BUILT_IN_THEMES = ['clinical', 'high-contrast', 'large-print', 'dark'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface SlideMeasure {
  /** Smallest computed font-size of body text (li, p, td, th) outside the references list. */
  minBody: number;
  /** Smallest font-size in a references list, if the slide has one. */
  minReference: number | null;
  fit: string | undefined;
  /** Pixels between the bottom of the content and the top of the sources line (null: no sources line). */
  clearance: number | null;
  /** Pixels between the bottom of the content box (where text is clipped) and the top of the sources line. */
  boxClearance: number | null;
}

function measurePresentSlide(): SlideMeasure {
  const slide = document.querySelector<HTMLElement>('.reveal .slides section.present')!;
  const body = slide.querySelector<HTMLElement>('.slide-body')!;
  const size = (el: Element): number => Number.parseFloat(getComputedStyle(el).fontSize);
  const text = [...body.querySelectorAll('li, p, td, th')].filter((el) => !el.closest('ol.references'));
  const refs = [...body.querySelectorAll('ol.references li')];
  const contentBottom = Math.max(...[...body.children].map((c) => c.getBoundingClientRect().bottom));
  const cite = slide.querySelector('.citations');
  return {
    minBody: text.length ? Math.min(...text.map(size)) : Number.POSITIVE_INFINITY,
    minReference: refs.length ? Math.min(...refs.map(size)) : null,
    fit: slide.dataset.fit,
    clearance: cite ? cite.getBoundingClientRect().top - contentBottom : null,
    boxClearance: cite ? cite.getBoundingClientRect().top - body.getBoundingClientRect().bottom : null,
  };
}

describe.each(BUILT_IN_THEMES)('the %s theme, every layout, in Chromium at 1280×720', (theme) => {
  let deck: OpenDeck;
  beforeAll(async () => {
    deck = await openDeck(browser, LAYOUT_DECK, { theme });
  });
  afterAll(async () => {
    await deck?.context.close();
  });

  it('uses a fixture deck that covers all nine layouts', () => {
    expect(new Set(deck.built.model.slides.map((s) => s.layout))).toEqual(new Set(LAYOUTS));
  });

  it('has no axe-core violation on any slide', async () => {
    const found: string[] = [];
    for (const [i, slide] of deck.built.model.slides.entries()) {
      await showSlide(deck.page, i);
      for (const v of await axeViolations(deck.page)) found.push(`${slide.key}: ${v}`);
    }
    expect(found).toEqual([]);
    expect(deck.errors).toEqual([]);
  });

  it("keeps body text at or above the theme minimum, and every slide's content above its sources line", async () => {
    const loaded = loadTheme(theme);
    const minBodyPx = loaded.ok ? loaded.value.minBodyPx : Number.NaN;
    expect(minBodyPx).toBeGreaterThanOrEqual(theme === 'large-print' ? 40 : 28);
    const problems: string[] = [];
    for (const [i, slide] of deck.built.model.slides.entries()) {
      await showSlide(deck.page, i);
      const m = await deck.page.evaluate(measurePresentSlide);
      if (m.minBody < minBodyPx) problems.push(`${slide.key}: body text ${m.minBody}px < ${minBodyPx}px`);
      if (m.minReference !== null && m.minReference < 20) problems.push(`${slide.key}: references ${m.minReference}px < 20px`);
      if (m.fit === 'overflow') problems.push(`${slide.key}: content does not fit even at ${minBodyPx}px`);
      if (m.clearance !== null && m.clearance < 0) problems.push(`${slide.key}: content runs ${-m.clearance}px into the sources line`);
    }
    expect(problems).toEqual([]);
  });

  it('draws a visible focus outline on links (a thick one in high contrast)', async () => {
    await showSlide(
      deck.page,
      deck.built.model.slides.findIndex((s) => s.key === 'all-layouts#bullets'),
    );
    await deck.page.keyboard.press('Tab');
    const outline = await deck.page.evaluate(() => {
      const el = document.activeElement!;
      const style = getComputedStyle(el);
      return { tag: el.tagName, width: style.outlineWidth, style: style.outlineStyle };
    });
    expect(outline).toEqual({ tag: 'A', width: theme === 'high-contrast' ? '6px' : '4px', style: 'solid' });
  });

  it('fits a crowded slide at the theme minimum, and shrinks an over-full one rather than run into the sources line', async () => {
    const overfull = await openDeck(browser, 'tests/fixtures/themes/decks/overfull.yaml', { theme });
    const fits: SlideMeasure[] = [];
    for (let i = 0; i < 2; i++) {
      await showSlide(overfull.page, i);
      fits.push(await overfull.page.evaluate(measurePresentSlide));
    }
    await overfull.context.close();
    const [crowded, tooMuch] = fits;
    expect(crowded!.fit).toMatch(/^(ok|shrunk)$/);
    expect(crowded!.clearance).toBeGreaterThanOrEqual(0);
    expect(tooMuch!.fit).toBe('below-minimum');
    expect(tooMuch!.minBody).toBeGreaterThanOrEqual(24);
    expect(tooMuch!.clearance).toBeGreaterThanOrEqual(0);
    // Anything still too long is clipped at the content box (16px overflow-clip-margin), well above the sources line.
    expect(tooMuch!.boxClearance).toBeGreaterThanOrEqual(16);
  });
});

describe('deck structure for assistive technology (clinical theme)', () => {
  let deck: OpenDeck;
  beforeAll(async () => {
    deck = await openDeck(browser, LAYOUT_DECK);
  });
  afterAll(async () => {
    await deck?.context.close();
  });

  it('has real headings: one h1 on title slides, one h2 on every other slide, h3 over columns', async () => {
    const headings = await deck.page.$$eval('.reveal .slides section.slide', (slides) =>
      slides.map((s) => ({
        title: s.classList.contains('layout-title'),
        h1: s.querySelectorAll('h1').length,
        h2: s.querySelectorAll('h2').length,
        h3: s.querySelectorAll('.column h3').length,
        columns: s.querySelectorAll('.column').length,
      })),
    );
    for (const h of headings) {
      expect([h.h1, h.h2]).toEqual(h.title ? [1, 0] : [0, 1]);
      expect(h.h3).toBe(h.columns);
    }
  });

  it('has a document language, real lists, alt text on every image and table headers with scope', async () => {
    expect(await deck.page.getAttribute('html', 'lang')).toBe('en');
    expect(await deck.page.locator('section[data-key="all-layouts#bullets"] ul.items > li').count()).toBe(4);
    // Pictures are <img alt>; SVG diagrams are inlined as <svg role="img" aria-label> (core/render/diagram.ts).
    const images = await deck.page.$$eval('.slides img, .slides svg[role="img"]', (imgs) =>
      imgs.map((i) => ({ alt: i.getAttribute('alt') ?? i.getAttribute('aria-label'), decorative: i.classList.contains('footer-logo') })),
    );
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) expect(img.decorative || (img.alt ?? '').trim().length > 0).toBe(true);
    const scopes = await deck.page.$$eval('section[data-key="all-layouts#table"] th', (ths) => ths.map((th) => th.getAttribute('scope')));
    expect(scopes).toEqual(['col', 'col', 'col', 'row', 'row', 'row']);
  });

  it('moves between slides with ArrowRight, ArrowLeft, End and Home', async () => {
    const total = deck.built.model.slides.length;
    await showSlide(deck.page, 0);
    await deck.page.locator('body').focus();
    await deck.page.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlide(deck.page)).toBe(1);
    await deck.page.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlide(deck.page)).toBe(2);
    await deck.page.keyboard.press('ArrowLeft');
    await expect.poll(() => currentSlide(deck.page)).toBe(1);
    await deck.page.keyboard.press('End');
    await expect.poll(() => currentSlide(deck.page)).toBe(total - 1);
    await deck.page.keyboard.press('Home');
    await expect.poll(() => currentSlide(deck.page)).toBe(0);
  });

  it('shows a plain slide number, not underlined, clear of the navigation arrows', async () => {
    await showSlide(deck.page, 1);
    const layout = await deck.page.evaluate(() => {
      const number = document.querySelector('.reveal .slide-number')!;
      const link = number.querySelector('a') ?? number;
      const arrows = [...document.querySelectorAll('.reveal .controls button')]
        .map((b) => b.getBoundingClientRect())
        .filter((r) => r.width > 0);
      return {
        decoration: getComputedStyle(link).textDecorationLine,
        right: number.getBoundingClientRect().right,
        arrowsLeft: Math.min(...arrows.map((r) => r.left)),
      };
    });
    expect(layout.decoration).toBe('none');
    expect(layout.arrowsLeft - layout.right).toBeGreaterThanOrEqual(24);
  });
});

describe('the test library deck', () => {
  it('has no axe-core violation on any slide', async () => {
    const deck = await openDeck(browser, 'tests/fixtures/library/decks/intro.yaml');
    const found: string[] = [];
    for (const [i, slide] of deck.built.model.slides.entries()) {
      await showSlide(deck.page, i);
      for (const v of await axeViolations(deck.page)) found.push(`${slide.key}: ${v}`);
    }
    await deck.context.close();
    expect(found).toEqual([]);
  });
});
