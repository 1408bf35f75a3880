import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../core/errors.js';
import { CATALOGUES } from '../../core/i18n/messages.js';
import { checkPath } from '../../core/job/check-path.js';
import { QUALITY_LIMITS } from '../../core/quality/report.js';
import { buildDeck } from '../helpers/build.js';
import { visibleText } from '../helpers/visible-text.js';

/** Every built-in Spanish deck (content/decks/*-es.yaml) and its English original. */
const DECKS = readdirSync('content/decks')
  .filter((f) => f.endsWith('-es.yaml'))
  .map((f) => ({ es: `content/decks/${f}`, en: `content/decks/${f.replace(/-es\.yaml$/, '.yaml')}` }));

describe('the built-in Spanish decks', () => {
  it('are the five patient decks, each beside its English original', () => {
    expect(DECKS.map((d) => d.es).sort()).toEqual(
      ['caregivers', 'intro-patients', 'questions-handout', 'side-effects-patients', 'starting-immunotherapy'].map(
        (id) => `content/decks/${id}-es.yaml`,
      ),
    );
  });

  it.each(DECKS)('$es shows the same slides as the English, all in Spanish, with no English label and no warning', async ({ es, en }) => {
    const [built, english] = await Promise.all([buildDeck(es), buildDeck(en)]);
    if (!built.ok) throw new Error(built.diagnostics.map(formatDiagnostic).join('\n'));
    if (!english.ok) throw new Error(english.diagnostics.map(formatDiagnostic).join('\n'));
    expect(built.warnings.map(formatDiagnostic), 'warnings').toEqual([]);
    const { html, model, rendered } = built.value;
    expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="es">/);
    // Same slides, in the same order, as the English deck (the title slide's key names the deck).
    const keys = (m: typeof model) => m.slides.map((s) => (s.key === `${m.id}#title` ? 'deck#title' : s.key));
    expect(keys(model)).toEqual(keys(english.value.model));
    // No slide fell back to English.
    expect(rendered.parts.slides.filter((s) => /^\s*<section lang="en"/.test(s.html)).map((s) => s.key)).toEqual([]);
    const content = visibleText(
      rendered.parts.slides
        .filter((s) => !s.key.startsWith('deck#references'))
        .map((s) => s.html)
        .join(' '),
    );
    for (const key of ['slide.sources', 'references.title', 'questions.title', 'slide.englishFallback'] as const)
      expect(content, key).not.toContain(CATALOGUES.en[key]);
    // Slides that cite sources say so in Spanish wherever the English deck says "Sources:".
    const citing = (m: typeof model) => m.slides.filter((s) => s.citations.length > 0).length;
    expect(content.split('Fuentes:').length - 1).toBe(citing(english.value.model));
    // Reference slides keep the sources' own (English) titles, but their chrome is Spanish.
    const refSlides = rendered.parts.slides.filter((s) => s.key.startsWith('deck#references'));
    expect(refSlides.length).toBe(english.value.model.slides.filter((s) => s.key.startsWith('deck#references')).length);
    const refs = visibleText(refSlides.map((s) => s.html).join(' '));
    if (refSlides.length) expect(refs).toMatch(/^ ?Referencias[\s\S]*consultado el \d+ de \w+ de \d{4}/);
    expect(refs).not.toMatch(/\baccessed\b/);
    // The speaker view (press S) is Spanish too (tests/browser opens it under the deck's CSP).
    expect(html).toContain('<title>Vista del presentador</title>');
    expect(html).not.toContain('<title>reveal.js - Speaker View</title>');
  });

  it.each(DECKS)('$es passes the Spanish gate: INFLESZ per topic ≥ 65 and per slide ≥ 55, with every safety message', async ({ es }) => {
    const report = await checkPath(es, { mode: 'strict', today: '2026-12-03' });
    expect(report.diagnostics.map(formatDiagnostic)).toEqual([]);
    const deck = report.decks[0]!;
    for (const t of deck.topics) expect(t.readability?.inflesz, t.id).toBeGreaterThanOrEqual(QUALITY_LIMITS.targetInflesz);
    for (const s of deck.slides.filter((r) => r.scored)) expect(s.inflesz, s.key).toBeGreaterThanOrEqual(QUALITY_LIMITS.minInflesz);
    expect(deck.readability?.inflesz).toBeGreaterThanOrEqual(QUALITY_LIMITS.targetInflesz);
  });
});
