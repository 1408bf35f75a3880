import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeDeck } from '../../core/model/compose-deck.js';
import { loadLibrary } from '../../core/validate/load-library.js';
import { deckFromData } from '../../core/validate/validate-deck.js';

const ROOT = path.resolve('tests/fixtures/library');

async function compose(data: Record<string, unknown>, options: Parameters<typeof composeDeck>[2] = {}) {
  const library = await loadLibrary(ROOT);
  const deck = deckFromData({ title: 'T', audience: 'patient', ...data }, { id: 'test-deck', root: ROOT });
  if (!deck.ok) throw new Error(JSON.stringify(deck.diagnostics));
  return composeDeck(deck.value, library, options);
}

describe('composeDeck', () => {
  it('picks slides by id and by position, in the order the deck lists them, between a title and a references slide', async () => {
    const r = await compose({ topics: [{ topic: 'checkpoint-basics', slides: [5, 'brakes'] }] });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.value.slides.map((s) => s.key)).toEqual([
      'test-deck#title',
      'checkpoint-basics#5',
      'checkpoint-basics#brakes',
      'deck#references-1',
    ]);
    expect(r.value.slides[2]!.title).toBe('Your immune system has brakes');
  });

  it("applies the audience's wording", async () => {
    const patient = await compose({ topics: [{ topic: 'checkpoint-basics', slides: ['brakes'] }] });
    const pro = await compose({ topics: [{ topic: 'checkpoint-basics', slides: ['brakes'] }] }, { audience: 'professional' });
    expect(patient.ok && patient.value.slides[1]!.title).toBe('Your immune system has brakes');
    expect(pro.ok && pro.value.slides[1]!.title).toBe('Immune checkpoints limit T-cell activation');
    expect(pro.ok && pro.value.audience).toBe('professional');
  });

  it('numbers references in order of first citation and lists only cited ones', async () => {
    const r = await compose({ topics: ['checkpoint-basics'] });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const cited = r.value.slides.flatMap((s) => s.citations);
    expect(cited[0]).toBe(1);
    expect(r.value.references.map((ref) => ref.n)).toEqual(r.value.references.map((_, i) => i + 1));
    expect(Math.max(...cited)).toBe(r.value.references.length);
  });

  it('leaves out the title and references slides when the deck says so, and the citations with them', async () => {
    const r = await compose({ topics: ['checkpoint-basics'], options: { titleSlide: false, references: false } });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.value.slides.some((s) => s.layout === 'title' || s.layout === 'references')).toBe(false);
    expect(r.value.slides.every((s) => s.citations.length === 0)).toBe(true);
  });

  it('names an unknown topic and an unknown slide at their place in the deck', async () => {
    const r = await compose({ topics: ['checkpoint-basic', { topic: 'checkpoint-basics', slides: ['nope'] }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostics[0]).toMatchObject({ code: 'UNKNOWN_TOPIC', location: { file: 'decks/test-deck.yaml' } });
      expect(r.diagnostics[0]!.hint).toMatch(/checkpoint-basics/);
      expect(r.diagnostics.some((d) => /nope/.test(d.message))).toBe(true);
    }
  });

  it('uses a theme override and the 4:3 shape', async () => {
    const r = await compose({ topics: ['checkpoint-basics'], options: { aspectRatio: '4:3' } }, { theme: 'dark' });
    expect(r.ok && [r.value.theme, r.value.width, r.value.height]).toEqual(['dark', 1024, 768]);
  });
});
