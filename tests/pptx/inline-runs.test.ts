import { describe, expect, it } from 'vitest';
import { inlineRuns } from '../../core/render/pptx/inline-runs.js';
import { fitScale, paragraphLines } from '../../core/render/pptx/pptx-fit.js';
import { paragraph } from '../../core/render/pptx/pptx-text.js';

describe('inlineRuns', () => {
  it('turns bold, italics, links and code into runs', () => {
    expect(inlineRuns('T cells **find *and* kill** [germs](https://example.org) `x`')).toEqual([
      { text: 'T cells ' },
      { text: 'find ', bold: true },
      { text: 'and', bold: true, italic: true },
      { text: ' kill', bold: true },
      { text: ' ' },
      { text: 'germs', link: 'https://example.org' },
      { text: ' ' },
      { text: 'x', code: true },
    ]);
  });

  it('keeps raw HTML as text and drops unsafe link targets', () => {
    expect(inlineRuns('<b>hi</b> [x](ftp://example.org/a)')).toEqual([{ text: '<b>hi</b> x' }]);
    expect(inlineRuns('[x](javascript:alert(1))').some((r) => r.link)).toBe(false);
  });

  it('applies the same typography as the HTML', () => {
    expect(inlineRuns('"quoted" -- it\'s')[0]!.text).toBe('“quoted” – it’s');
  });
});

describe('fit estimate', () => {
  it('wraps long text onto more lines in a narrow box', () => {
    const p = paragraph('word '.repeat(40), { sizePx: 34 });
    expect(paragraphLines(p, 1168)).toBeLessThan(paragraphLines(p, 400));
    expect(paragraphLines(paragraph('short', { sizePx: 34 }), 1168)).toBe(1);
  });

  it('shrinks in steps and stops at the smallest size', () => {
    expect(fitScale((s) => 1000 * s, 900, 34, 28)).toMatchObject({ fits: true, scale: 0.88 });
    expect(fitScale((s) => 1000 * s, 500, 34, 28)).toMatchObject({ fits: false, scale: 28 / 34 });
  });
});
