import { describe, expect, it } from 'vitest';
import { countSentences, countText, countWords, syllablesOf, wordsOf } from '../../core/quality/count-text.js';
import { onScreenText } from '../../core/quality/slide-text.js';

describe('wordsOf / countWords', () => {
  it('counts hyphenated words, abbreviations and numbers as one word each', () => {
    expect(wordsOf('PD-1 is a brake on T cells.')).toEqual(['PD-1', 'is', 'a', 'brake', 'on', 'T', 'cells']);
    expect(wordsOf('Side-effects can start 12 months later.')).toEqual(['Side-effects', 'can', 'start', '12', 'months', 'later']);
    expect(wordsOf('Call 1-800-4-CANCER, e.g. at night.')).toEqual(['Call', '1-800-4-CANCER', 'e.g', 'at', 'night']);
    expect(countWords('It costs $475,000 (list price).')).toBe(5); // It costs 475,000 list price
  });

  it('splits on slashes and dashes, and ignores punctuation on its own', () => {
    // PD-1 | PD-L1 | a | brake | pair — the em dash and slash separate words.
    expect(wordsOf('PD-1/PD-L1 — a brake pair')).toEqual(['PD-1', 'PD-L1', 'a', 'brake', 'pair']);
    expect(countWords('Fever · chills – and & rash')).toBe(4);
    expect(countWords('')).toBe(0);
  });
});

describe('countSentences', () => {
  it('ends sentences at . ! ? but not after abbreviations', () => {
    expect(countSentences('Dr. Lee gave the drug, e.g. nivolumab. It worked!')).toBe(2);
    expect(countSentences('The U.S. FDA approved it in 2017.')).toBe(1);
    expect(countSentences('It costs $1.5 million.')).toBe(1);
    expect(countSentences('This is called CAR T. It uses your own cells.')).toBe(2);
  });

  it('counts a unit without end punctuation (a bullet, a title) as one sentence', () => {
    expect(countSentences('Your immune system has brakes')).toBe(1);
    expect(countSentences('Is it safe? Ask your nurse')).toBe(2);
    expect(countSentences('"Really?" she asked.')).toBe(2);
    expect(countSentences('   ')).toBe(0);
  });
});

describe('syllablesOf', () => {
  it('uses the syllable package for ordinary words', () => {
    expect(syllablesOf('cat')).toBe(1);
    expect(syllablesOf('immune')).toBe(2);
    expect(syllablesOf('immunotherapy')).toBe(6);
  });

  it('reads abbreviations letter by letter and numbers one syllable per digit', () => {
    expect(syllablesOf('PD-1')).toBe(3); // pee-dee-one
    expect(syllablesOf('PD-L1')).toBe(4); // pee-dee-el-one
    expect(syllablesOf('CTLA-4')).toBe(5); // see-tee-el-ay-four
    expect(syllablesOf('DNA')).toBe(3);
    expect(syllablesOf('CAR')).toBe(1); // said as a word
    expect(syllablesOf('2017')).toBe(4);
    expect(syllablesOf('1-800-4-CANCER')).toBe(7); // 1 + 3 + 1 + can-cer
  });

  it('counts the parts of a hyphenated word', () => {
    expect(syllablesOf('side-effect')).toBe(3);
    expect(syllablesOf('T-cell')).toBe(2);
  });
});

describe('countText', () => {
  it('sums over text units; polysyllables have three or more syllables', () => {
    // "Your immune system has brakes" 5 words: 1+2+2+1+1 = 7 syllables
    // "T cells find sick cells"       5 words: 5 × 1 = 5
    // "Brakes stop attacks."          3 words: 1+1+2 = 4
    expect(countText(['Your immune system has brakes', 'T cells find sick cells', 'Brakes stop attacks.'])).toEqual({
      sentences: 3,
      words: 13,
      syllables: 16,
      polysyllables: 0,
    });
    // Immunotherapy 6, helps 1, the 1, immune 2, system 2 | Medicines 3, called 1, inhibitors 4, release 2, the 1, brakes 1
    expect(countText(['Immunotherapy helps the immune system. Medicines called inhibitors release the brakes.'])).toEqual({
      sentences: 2,
      words: 11,
      syllables: 24,
      polysyllables: 3,
    });
  });
});

describe('onScreenText', () => {
  it('takes every on-screen field as plain text and leaves out notes, alt and credit', () => {
    const units = onScreenText({
      title: 'The **brake**',
      text: 'Read [this](https://www.cancer.gov).',
      items: ['One *idea*'],
      left: { heading: 'Left', items: ['a'] },
      right: { text: 'Right' },
      columns: ['Target', 'Medicine'],
      rows: [['PD-1', 'nivolumab']],
      caption: 'A caption',
      notes: 'Not on screen',
      alt: 'Not on screen either',
      credit: 'CC BY 4.0',
    } as Parameters<typeof onScreenText>[0]);
    expect(units).toEqual([
      'The brake',
      'Read this.',
      'One idea',
      'Left',
      'a',
      'Right',
      'Target',
      'Medicine',
      'PD-1',
      'nivolumab',
      'A caption',
    ]);
  });
});
