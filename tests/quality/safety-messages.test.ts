import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CONTENT_DIR } from '../../core/paths.js';
import { checkDeck } from '../../core/quality/check-deck.js';
import { loadSafetyRules, normalizeForMatch } from '../../core/quality/safety-messages.js';
import { loadLibrary } from '../../core/validate/load-library.js';
import { deckFromData } from '../../core/validate/validate-deck.js';

const builtinDeck = (id: string) =>
  parse(readFileSync(path.join(BUILTIN_CONTENT_DIR, 'decks', `${id}.yaml`), 'utf8')) as Record<string, unknown>;

describe('the safety-message gate', () => {
  it('reads its rules from content/safety-messages.yaml, and every slide they name exists', async () => {
    const { rules, problems } = loadSafetyRules(BUILTIN_CONTENT_DIR);
    expect(problems).toEqual([]);
    const library = await loadLibrary(BUILTIN_CONTENT_DIR);
    for (const m of rules!.messages)
      for (const key of m.slides) {
        const [topic, slide] = key.split('#');
        expect(
          library.topics.get(topic!)?.data.slides.some((s) => s.id === slide),
          key,
        ).toBe(true);
      }
    for (const ids of Object.values(rules!.decks)) for (const id of ids) expect(rules!.messages.map((m) => m.id)).toContain(id);
  });

  it('passes every built-in patient deck, and fails one that drops the steroid slides, naming the message', async () => {
    const library = await loadLibrary(BUILTIN_CONTENT_DIR);
    const data = builtinDeck('intro-patients');
    const whole = deckFromData(data, { id: 'intro-patients', root: BUILTIN_CONTENT_DIR });
    if (!whole.ok) throw new Error(JSON.stringify(whole.diagnostics));
    expect(checkDeck(whole.value, library, { mode: 'strict' }).findings.filter((f) => f.rule === 'safety-messages')).toEqual([]);
    const topics = (data['topics'] as unknown[]).filter((t) => JSON.stringify(t).indexOf('steroids-and-immune-medicines') < 0);
    const cut = deckFromData({ ...data, topics }, { id: 'intro-patients', root: BUILTIN_CONTENT_DIR });
    if (!cut.ok) throw new Error(JSON.stringify(cut.diagnostics));
    const report = checkDeck(cut.value, library, { mode: 'strict' });
    const missing = report.findings.filter((f) => f.rule === 'safety-messages');
    expect(missing.map((f) => f.short)).toEqual(expect.arrayContaining(['missing: no-self-treat', 'missing: steroid-taper']));
    expect(missing.every((f) => f.severity === 'error')).toBe(true);
    expect(missing[0]!.hint).toMatch(/steroids-and-immune-medicines#/);
    expect(report.passed).toBe(false);
  });

  it("gives an educator's own patient deck the same report as warnings, and counts their own wording", async () => {
    const root = path.resolve('tests/fixtures/library');
    const library = await loadLibrary(root);
    const deck = deckFromData({ title: 'Mine', audience: 'patient', topics: ['checkpoint-basics'] }, { id: 'mine', root });
    if (!deck.ok) throw new Error(JSON.stringify(deck.diagnostics));
    const found = checkDeck(deck.value, library, { mode: 'strict' }).findings.filter((f) => f.rule === 'safety-messages');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('compares phrases without case, accents or punctuation', () => {
    expect(normalizeForMatch('¡Llame de INMEDIATO, por favor!')).toContain(normalizeForMatch('llame de inmediato'));
    expect(normalizeForMatch('Fiebre o escalofríos')).toBe(normalizeForMatch('fiebre o escalofrios'));
  });
});
