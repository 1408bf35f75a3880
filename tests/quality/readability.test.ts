import { describe, expect, it } from 'vitest';
import { isGlossaryWord } from '../../core/quality/glossary.js';
import { gradesOf, readability, roundGrade } from '../../core/quality/readability.js';
import { addMonths } from '../../core/quality/rules.js';

describe('gradesOf (flesch-kincaid and smog-formula packages)', () => {
  it('computes Flesch-Kincaid and SMOG from counts', () => {
    // FK   = 0.39 × 6/1 + 11.8 × 6/6 − 15.59 = 2.34 + 11.8 − 15.59 = −1.45 → −1.4 (rounded half up)
    // SMOG = 1.043 × √(0 × 30/1) + 3.1291 = 3.1291 → 3.1
    expect(gradesOf({ sentences: 1, words: 6, syllables: 6, polysyllables: 0 })).toEqual({ fleschKincaid: -1.4, smog: 3.1 });
    // FK   = 0.39 × 100/5 + 11.8 × 150/100 − 15.59 = 7.8 + 17.7 − 15.59 = 9.91 → 9.9
    // SMOG = 1.043 × √(10 × 30/5) + 3.1291 = 1.043 × 7.7460 + 3.1291 = 11.208 → 11.2
    expect(gradesOf({ sentences: 5, words: 100, syllables: 150, polysyllables: 10 })).toEqual({ fleschKincaid: 9.9, smog: 11.2 });
  });

  it('gives no grade for text without words', () => {
    expect(gradesOf({ sentences: 0, words: 0, syllables: 0, polysyllables: 0 })).toEqual({ fleschKincaid: null, smog: null });
  });

  it('rounds to one decimal', () => {
    expect(roundGrade(8.04)).toBe(8);
    expect(roundGrade(8.05)).toBe(8.1);
  });
});

describe('readability', () => {
  it('scores a plain text (counts worked by hand)', () => {
    // Your(1) immune(2) system(2) fights(1) germs(1). It(1) also(2) finds(1) sick(1) cells(1).
    // 10 words, 13 syllables, 2 sentences, 0 polysyllables
    // FK = 0.39 × 5 + 11.8 × 1.3 − 15.59 = 1.95 + 15.34 − 15.59 = 1.70
    const r = readability(['Your immune system fights germs. It also finds sick cells.']);
    expect(r).toMatchObject({
      sentences: 2,
      words: 10,
      syllables: 13,
      polysyllables: 0,
      fleschKincaid: 1.7,
      smog: 3.1,
      smogReliable: false,
    });
  });

  it('reports a raw grade and one with glossary terms scored as one-syllable words', () => {
    // 11 words, 24 syllables, 2 sentences, 3 polysyllables (immunotherapy 6, medicines 3, inhibitors 4)
    // raw FK   = 0.39 × 5.5 + 11.8 × 24/11 − 15.59 = 2.145 + 25.745 − 15.59 = 12.30
    // raw SMOG = 1.043 × √(3 × 30/2) + 3.1291 = 1.043 × 6.7082 + 3.1291 = 10.126
    // glossary: immunotherapy (6→1), immune (2→1), inhibitors (4→1): 24 − 5 − 1 − 3 = 15 syllables, 1 polysyllable
    // adj FK   = 2.145 + 11.8 × 15/11 − 15.59 = 2.145 + 16.091 − 15.59 = 2.646
    // adj SMOG = 1.043 × √(1 × 30/2) + 3.1291 = 1.043 × 3.8730 + 3.1291 = 7.169
    const r = readability(['Immunotherapy helps the immune system. Medicines called inhibitors release the brakes.']);
    expect(r).toMatchObject({ words: 11, syllables: 24, polysyllables: 3, fleschKincaid: 12.3, smog: 10.1 });
    expect(r.adjusted).toEqual({ fleschKincaid: 2.6, smog: 7.2, glossaryWords: 3 });
  });

  it('flags SMOG as reliable only from 30 sentences on', () => {
    expect(readability(Array.from({ length: 30 }, () => 'Cells fight germs.')).smogReliable).toBe(true);
  });
});

describe('isGlossaryWord', () => {
  it('knows the glossary terms, their plurals and medicine names', () => {
    for (const w of ['immunotherapy', 'Antibodies', 'checkpoints', 'PD-L1', 'pembrolizumab', 'tisagenlecleucel'])
      expect(isGlossaryWord(w)).toBe(true);
    for (const w of ['brake', 'medicine', 'cells']) expect(isGlossaryWord(w)).toBe(false);
  });
});

describe('addMonths', () => {
  it('adds calendar months to a date', () => {
    expect(addMonths('2025-11-23', 12)).toBe('2026-11-23');
    expect(addMonths('2024-02-29', 12)).toBe('2025-03-01');
  });
});
