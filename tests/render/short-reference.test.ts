/** core/render/print-text.ts shortReferenceHtml: the leaflet's sources, short enough to take home. */
import { describe, expect, it } from 'vitest';
import { shortReferenceHtml } from '../../core/render/print-text.js';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('shortReferenceHtml', () => {
  it('an organisation page: who, title, the site name as the link', () => {
    const html = shortReferenceHtml({
      n: 1,
      text: 'National Cancer Institute. Immunotherapy to treat cancer.',
      url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy',
      accessed: '2026-11-20',
    });
    expect(text(html)).toBe('National Cancer Institute. Immunotherapy to treat cancer. cancer.gov');
    expect(html).toContain('href="https://www.cancer.gov/about-cancer/treatment/types/immunotherapy"');
  });

  it('an article: first author et al., the title cut short, the journal (linked to the DOI) and year', () => {
    const html = shortReferenceHtml({
      n: 6,
      text: 'Lee DW, Santomasso BD, Locke FL, et al. ASTCT consensus grading for cytokine release syndrome and neurologic toxicity associated with immune effector cells. Biol Blood Marrow Transplant. 2019;25(4):625-638.',
      doi: '10.1016/j.bbmt.2018.12.758',
    });
    expect(text(html)).toBe('Lee DW et al. ASTCT consensus grading for cytokine release… Biol Blood Marrow Transplant 2019.');
    expect(html).toContain('href="https://doi.org/10.1016/j.bbmt.2018.12.758"');
  });

  it('keeps initials and two-author lists whole', () => {
    expect(
      text(
        shortReferenceHtml({
          n: 2,
          text: 'E.R. Squibb & Sons. YERVOY (ipilimumab) Medication Guide.',
          url: 'https://dailymed.nlm.nih.gov/x',
        }),
      ),
    ).toBe('E.R. Squibb &amp; Sons. YERVOY (ipilimumab) Medication Guide. dailymed.nlm.nih.gov');
    expect(text(shortReferenceHtml({ n: 3, text: 'Sharma P, Ribas A. Primary resistance. Cell. 2017;168:707.', doi: '10.1/x' }))).toBe(
      'Sharma P et al. Primary resistance. Cell 2017.',
    );
  });
});
