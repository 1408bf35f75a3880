import { describe, expect, it } from 'vitest';
import type { TopicSummary } from '../../contract/ipc-contract.js';
import { fold, matchingSlides, queryMatcher, slidesFor, topicHaystack } from '../../renderer/src/search.js';

const topic = (over: Partial<TopicSummary>): TopicSummary => ({
  id: 'x',
  path: 'topics/x.yaml',
  title: 'X',
  category: 'basics',
  summary: '',
  audiences: ['patient'],
  tags: [],
  lastReviewed: '2026-01-01',
  slides: [],
  ...over,
});

describe('library search', () => {
  it('forgives case, hyphens, spaces and accents', () => {
    expect(fold('CAR-T  Célula')).toBe('car t celula');
    const cart = topicHaystack(topic({ title: 'CAR-T cell therapy' }));
    for (const q of ['CAR-T', 'car t', 'CART', 'cart', 'Car-T cell']) expect(queryMatcher(q)(cart), q).toBe(true);
    expect(queryMatcher('inmunoterapia')('Inmunoterapía para usted')).toBe(true);
    expect(queryMatcher('checkpoint')(cart)).toBe(false);
    // "car" in "care team" is not CAR-T.
    expect(queryMatcher('car-t')('Call the care team at once')).toBe(false);
    expect(queryMatcher('fatigue rash')('A new rash; fatigue is common')).toBe(true);
  });

  it('finds slides by their text and notes, and counts slides per audience', () => {
    const t = topic({
      slides: [
        { id: 1, layout: 'bullets', title: 'Common side effects', audience: 'both', text: 'Tiredness', notes: 'Fatigue is common.' },
        { id: 2, layout: 'bullets', title: 'irAE grading', audience: 'professional', text: 'CTCAE grades', notes: '' },
        { id: 3, layout: 'callout', title: 'Call us', audience: 'patient', text: 'Fever', notes: '' },
      ],
    });
    expect(queryMatcher('fatigue')(topicHaystack(t))).toBe(true);
    expect(matchingSlides(t, 'FATIGUE')).toEqual([0]);
    expect(slidesFor(t, 'patient')).toBe(2);
    expect(slidesFor(t, 'professional')).toBe(2);
  });
});
