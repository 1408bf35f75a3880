import { describe, expect, it } from 'vitest';
import { buildDeck } from '../helpers/build.js';
import { brandingCss, checkBrandingContrast } from '../../core/render/branding.js';
import { contrastRatio, formatRatio, nearestPassingColor, WCAG } from '../../core/render/contrast.js';
import { loadTheme } from '../../core/render/themes.js';

const BRANDED = 'tests/fixtures/themes/decks/branded.yaml';

function palette(name: string) {
  const t = loadTheme(name);
  if (!t.ok) throw new Error(JSON.stringify(t.diagnostics));
  return t.value.palette;
}

/** The hex colour a CONTRAST hint suggests. */
const suggested = (hint?: string): string => /"(#[0-9a-f]{6})"/.exec(hint ?? '')?.[1] ?? '';

describe('contrast helpers', () => {
  it('computes WCAG ratios and never rounds a failing ratio up to a pass', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#1d4f91', '#ffffff')).toBeCloseTo(8.14, 2);
    expect(formatRatio(4.4999)).toBe('4.49:1');
  });

  it('finds the nearest passing colour of the same hue, darker on light and lighter on dark backgrounds', () => {
    const cases: [string, string, number][] = [
      ['#5b9bd5', '#ffffff', WCAG.AA_TEXT],
      ['#f4a261', '#ffffff', WCAG.AA_LARGE],
      ['#ffd700', '#ffffff', WCAG.AA_TEXT],
      ['#1d4f91', '#111827', WCAG.AA_TEXT],
      ['#7c3aed', '#111827', WCAG.AAA_TEXT],
    ];
    for (const [color, bg, min] of cases) {
      const better = nearestPassingColor(color, bg, min)!;
      expect(contrastRatio(better, bg)).toBeGreaterThanOrEqual(min);
      // Small steps: it passes, but only just (within a few percent of the threshold).
      expect(contrastRatio(better, bg)).toBeLessThan(min * 1.1);
    }
    expect(nearestPassingColor('#1d4f91', '#ffffff', WCAG.AA_TEXT)).toBe('#1d4f91');
  });
});

describe('branding', () => {
  it('applies primary and accent colours through the theme variables', () => {
    expect(brandingCss({ primaryColor: '#123456', accentColor: '#0f766e' })).toBe(
      ':root{--id-heading:#123456;--id-link:#123456;--id-accent:#0f766e;--id-callout-border:#0f766e;}',
    );
    expect(brandingCss({})).toBe('');
  });

  it('builds a branded deck with its logo, footer and colours, and warns at the line of each failing colour', async () => {
    const r = await buildDeck(BRANDED);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const html = r.value.html;
    expect(html).toContain(':root{--id-heading:#5b9bd5;--id-link:#5b9bd5;--id-accent:#f4a261;--id-callout-border:#f4a261;}');
    expect(html).toMatch(/<img class="title-logo" src="data:image\/png;base64,[^"]+" alt="Riverside Cancer Centre logo">/);
    expect(html.match(/<img class="footer-logo" src="data:image\/png;base64,/g)?.length).toBe(r.value.model.slides.length);
    expect(html).toContain('<span>Oncology Day Unit · 555-0100 · Riverside Cancer Centre</span>');

    const contrast = r.warnings.filter((w) => w.code === 'CONTRAST');
    expect(contrast.map((w) => [w.severity, w.location?.file, w.location?.line, w.location?.column])).toEqual([
      ['warning', BRANDED, 11, 17],
      ['warning', BRANDED, 12, 16],
    ]);
    expect(contrast[0]!.message).toBe(
      "branding primaryColor #5b9bd5 on the clinical theme's background #ffffff has contrast 2.96:1; headings and links (links can be small text) need at least 4.5:1 (WCAG 2.2 AA)",
    );
    expect(contrast[1]!.message).toMatch(/^branding accentColor #f4a261 .* has contrast 2\.06:1; .* need at least 3:1/);
    expect(contrastRatio(suggested(contrast[0]!.hint), '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(suggested(contrast[1]!.hint), '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('checks against the theme in use: colours that fail on white can pass on the dark theme', async () => {
    const r = await buildDeck(BRANDED, { theme: 'dark' });
    expect(r.ok && r.warnings.filter((w) => w.code === 'CONTRAST')).toEqual([]);
    const darkBrand = checkBrandingContrast({ primaryColor: '#1d4f91' }, palette('dark'), { themeName: 'dark' });
    expect(darkBrand).toHaveLength(1);
    expect(contrastRatio(suggested(darkBrand[0]!.hint), palette('dark').background)).toBeGreaterThanOrEqual(4.5);
  });

  it('is exposed for the app: no deck file needed, no location without one, passing colours give nothing', () => {
    expect(checkBrandingContrast({ primaryColor: '#1d4f91', accentColor: '#0f766e' }, palette('clinical'))).toEqual([]);
    const [w] = checkBrandingContrast({ accentColor: '#f4a261' }, palette('clinical'));
    expect(w).toMatchObject({ code: 'CONTRAST', severity: 'warning' });
    expect(w).not.toHaveProperty('location');
  });
});
