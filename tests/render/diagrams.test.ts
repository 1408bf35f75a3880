/**
 * Issue 12 item 6, "diagrams that follow the theme": the SVG diagrams are part of the slide, drawn
 * in the deck's font and the theme's colours, large enough to read, and in the deck's language.
 * Measured in Chromium at 1280×720, as a patient sees the slide.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '../../core/render/contrast.js';
import { launchBrowser } from '../helpers/browser.js';
import { openDeck, showSlide, type OpenDeck } from '../themes/deck-page.js';

let browser: Browser;
const opened: OpenDeck[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const d of opened) await d.context.close();
  await browser?.close();
});

async function open(deck: string, options: Parameters<typeof openDeck>[2] = {}): Promise<OpenDeck> {
  const d = await openDeck(browser, deck, options);
  opened.push(d);
  return d;
}

/** 0-based indices of the slides that hold a diagram. */
async function diagramSlides(page: Page): Promise<number[]> {
  return page.$$eval('.reveal .slides > section', (all) => all.flatMap((s, i) => (s.querySelector('svg.diagram') ? [i] : [])));
}

interface Label {
  text: string;
  family: string;
  /** Rendered size in slide px (1280-wide slide). */
  px: number;
  color: string;
  /** The fill painted under the label's centre (a shape of the diagram, or the slide). */
  under: string;
}

/** Every label of the current slide's diagram, measured where it is drawn. */
async function labels(page: Page): Promise<{ bodyPx: number; labels: Label[]; plate: string }> {
  return page.evaluate(() => {
    const section = document.querySelector('.reveal .slides section.present')!;
    const svg = section.querySelector('svg.diagram') as SVGSVGElement;
    const slideScale = section.getBoundingClientRect().width / 1280;
    const bodyPx = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--id-body-size'));
    const slideBg = getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).backgroundColor;
    const painted = (el: Element) => {
      const fill = getComputedStyle(el).fill;
      return fill !== 'none' && !/rgba\(.*,\s*0\)$/.test(fill) && fill !== 'transparent' ? fill : undefined;
    };
    const out = [...svg.querySelectorAll('text')]
      .filter((t) => t.textContent!.trim())
      .map((t) => {
        const box = t.getBoundingClientRect();
        const under = document
          .elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2)
          .filter((e) => e !== t && svg.contains(e) && e.tagName !== 'text' && e.tagName !== 'tspan' && e.tagName !== 'svg')
          .map(painted)
          .find(Boolean);
        return {
          text: t.textContent!.trim(),
          family: getComputedStyle(t).fontFamily,
          px: (parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a) / slideScale,
          color: getComputedStyle(t).fill,
          under: under ?? slideBg,
        };
      });
    const plate = svg.querySelector('.f-plate');
    return { bodyPx, labels: out, plate: plate ? getComputedStyle(plate).fill : 'none' };
  });
}

describe('diagrams follow the theme', () => {
  for (const theme of ['clinical', 'high-contrast', 'large-print', 'dark'] as const) {
    it(`${theme}: inline, in Atkinson Hyperlegible, labels at least 60% of body size, readable on what they sit on`, async () => {
      const deck = await open('content/decks/intro-patients.yaml', { theme });
      const slides = await diagramSlides(deck.page);
      expect(slides.length).toBe(2); // the PD-1 brake and the CAR T process
      // A diagram is drawn, not a picture: no <img> of an SVG anywhere in the deck.
      expect(await deck.page.locator('.slides img[src^="data:image/svg"]').count()).toBe(0);
      for (const i of slides) {
        await showSlide(deck.page, i);
        const m = await labels(deck.page);
        expect(m.labels.length).toBeGreaterThan(8);
        expect(await deck.page.evaluate(() => document.fonts.check('700 20px "Atkinson Hyperlegible"'))).toBe(true);
        const min = theme === 'high-contrast' ? 7 : 4.5;
        for (const l of m.labels) {
          expect(l.family, l.text).toMatch(/^"?Atkinson Hyperlegible/);
          expect(l.px / m.bodyPx, `${l.text}: ${l.px.toFixed(1)} px of ${m.bodyPx}`).toBeGreaterThanOrEqual(0.6);
          expect(contrastRatio(l.color, l.under), `${l.text}: ${l.color} on ${l.under}`).toBeGreaterThanOrEqual(min);
        }
        // No white plate behind a diagram: its backdrop is the slide's own colour.
        expect(m.plate).toMatch(/rgba\(0, 0, 0, 0\)|transparent|none/);
      }
    });
  }

  it('dark: the shapes are light on the navy slide, not a white box', async () => {
    const deck = await open('content/decks/intro-patients.yaml', { theme: 'dark' });
    const [first] = await diagramSlides(deck.page);
    await showSlide(deck.page, first!);
    const box = (await deck.page.locator('.present svg.diagram').boundingBox())!;
    // The diagram's area, sampled in a screenshot: mostly the slide's navy, hardly any white.
    const png = await deck.page.screenshot({ clip: box, type: 'png' });
    const pixels = await deck.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let white = 0;
      for (let p = 0; p < d.length; p += 4) if (d[p]! > 235 && d[p + 1]! > 235 && d[p + 2]! > 235) white++;
      return white / (d.length / 4);
    }, png.toString('base64'));
    expect(pixels).toBeLessThan(0.02);
  });

  it('Spanish deck: the diagrams speak Spanish', async () => {
    const deck = await open('content/decks/intro-patients-es.yaml');
    const slides = await diagramSlides(deck.page);
    expect(slides.length).toBeGreaterThan(0);
    const all: string[] = [];
    for (const i of slides) {
      await showSlide(deck.page, i);
      all.push(...(await labels(deck.page)).labels.map((l) => l.text));
    }
    expect(all).toEqual(expect.arrayContaining(['Célula T', '2. Freno quitado', 'Medicina', 'sangre']));
    for (const english of ['T cell', 'Brake', 'Medicine', 'Collect', 'blood', 'cancer']) expect(all.join(' | ')).not.toContain(english);
    // The figure is named by the slide's own (Spanish) alt text, not the file's English title.
    const name = await deck.page.locator('svg.diagram').first().getAttribute('aria-label');
    expect(name).toMatch(/[áéíóúñ]|célula|freno/i);
    expect(deck.built.model.language).toBe('es');
  });
});
