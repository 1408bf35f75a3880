import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../core/errors.js';
import { CATALOGUES, formatDate, t } from '../../core/i18n/messages.js';
import { runDeckJob } from '../../core/job/deck-job.js';
import { loadLibrary } from '../../core/validate/load-library.js';
import { buildDeck } from '../helpers/build.js';
import { visibleText } from '../helpers/visible-text.js';

const SPANISH = 'tests/fixtures/spanish';
const INTRO = `${SPANISH}/decks/intro-es.yaml`;
const MISSING = `${SPANISH}/decks/missing-es.yaml`;

describe('message catalogues', () => {
  it('has every English key in every language, and no untranslated copy in Spanish', () => {
    const keys = Object.keys(CATALOGUES.en).sort();
    expect(Object.keys(CATALOGUES.es).sort()).toEqual(keys);
    for (const key of keys)
      expect(CATALOGUES.es[key as keyof typeof CATALOGUES.es]).not.toBe(CATALOGUES.en[key as keyof typeof CATALOGUES.en]);
  });

  it('fills placeholders and writes dates and numbers in the language (Intl)', () => {
    expect(t('es', 'handout.page', { page: 2, pages: 10 })).toBe('Página 2 de 10');
    expect(t('es-MX', 'references.titlePaged', { page: 1, pages: 2 })).toBe('Referencias (1 de 2)');
    expect(t('en', 'handout.page', { page: 2, pages: 10 })).toBe('Page 2 of 10');
    expect(formatDate('es', '2026-11-23')).toBe('23 de noviembre de 2026');
    expect(formatDate('en', '2026-11-23')).toBe('November 23, 2026');
    expect(formatDate('es', 'primavera 2026')).toBe('primavera 2026');
  });
});

describe('translation files', () => {
  it('loads topics/<id>.es.yaml beside its topic and never as a topic of its own', async () => {
    const library = await loadLibrary(SPANISH);
    expect(library.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    expect([...library.topics.keys()].some((id) => id.includes('.'))).toBe(false);
    const topic = library.topics.get('immune-system-basics')!;
    expect(topic.translations?.es?.data.title).toBe('El sistema inmunitario y el cáncer');
  });

  it('reports an unknown slide key at the key with did-you-mean, a field the layout lacks, and an orphan file', async () => {
    const library = await loadLibrary('tests/fixtures/spanish-invalid');
    const messages = library.diagnostics.map(formatDiagnostic);
    expect(messages).toContainEqual(
      expect.stringMatching(/tiny\.es\.yaml:5:3 error: "waht" is not a slide of topic "tiny"[\s\S]*Did you mean "what"\?/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/tiny\.es\.yaml:9:5 error: slide "photo" is a callout slide, which has no "caption"/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/tiney\.es\.yaml error: there is no English topic "tiney\.yaml"[\s\S]*Did you mean "tiny"\?/),
    );
    // The English topic stays usable.
    expect(library.topics.has('tiny')).toBe(true);
  });
});

describe('a Spanish deck', () => {
  it('uses the Spanish wording and Spanish chrome, with lang="es", and no English label left', async () => {
    const built = await buildDeck(INTRO);
    if (!built.ok) throw new Error(built.diagnostics.map(formatDiagnostic).join('\n'));
    const { html, model, rendered } = built.value;
    expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="es">/);
    expect(rendered.parts.lang).toBe('es');
    const text = visibleText(html);
    expect(text).toContain('Su sistema inmunitario es un equipo de defensa');
    expect(text).toContain('Fuentes:');
    expect(text).toContain('Referencias');
    expect(text).toContain('23 de noviembre de 2026');
    expect(text).toMatch(/consultado el \d+ de \w+ de \d{4}/);
    // Every generated English label that differs in Spanish is gone (the sources' own titles stay English).
    const slidesText = visibleText(
      rendered.parts.slides
        .filter((s) => !s.key.startsWith('deck#references'))
        .map((s) => s.html)
        .join(' '),
    );
    for (const key of ['slide.sources', 'references.title', 'questions.title', 'slide.englishFallback'] as const) {
      expect(slidesText, key).not.toContain(CATALOGUES.en[key]);
    }
    expect(text).not.toMatch(/\baccessed\b|\bSources\b|\bReferences\b/);
    expect(model.slides[0]!.notes ?? '').not.toMatch(/Welcome/);
    expect(model.slides.at(-1)!.notes).toBe(CATALOGUES.es['references.notes']);
    expect(model.topics.map((tp) => tp.title)).toContain('Inhibidores de puntos de control');
  });

  it('builds in English from the same library with --language en', async () => {
    const built = await buildDeck(INTRO, { language: 'en' });
    if (!built.ok) throw new Error(built.diagnostics.map(formatDiagnostic).join('\n'));
    const text = visibleText(built.value.html);
    expect(built.value.html).toMatch(/<html lang="en">/);
    expect(text).toContain('Sources:');
    expect(text).toContain('Your immune system is a defense team');
    expect(text).not.toContain('Fuentes');
  });

  it('fails naming each slide that has no Spanish wording, at its line in the English topic', async () => {
    const r = await runDeckJob({ source: { file: MISSING } });
    expect(r.ok).toBe(false);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    const [e] = errors;
    expect(e!.code).toBe('TRANSLATION');
    expect(e!.location).toMatchObject({ file: `${SPANISH}/topics/immune-system-basics.yaml`, line: 58 });
    expect(e!.message).toContain('immune-system-basics#t-cells');
    expect(e!.message).toContain(`${SPANISH}/topics/immune-system-basics.es.yaml`);
    expect(e!.hint).toContain('--allow-english-fallback');
  });

  it('with the English fallback, builds, marks the slide in the page and warns', async () => {
    const r = await runDeckJob({ source: { file: MISSING }, overrides: { allowEnglishFallback: true } });
    expect(r.ok).toBe(true);
    const warnings = r.problems.filter((p) => p.code === 'TRANSLATION');
    expect(warnings.map((w) => w.severity)).toEqual(['warning']);
    const slide = r.rendered!.parts.slides.find((s) => s.key === 'immune-system-basics#t-cells')!;
    expect(slide.html).toMatch(/^<section lang="en"/);
    expect(visibleText(slide.html)).toContain(CATALOGUES.es['slide.englishFallback']);
    const other = r.rendered!.parts.slides.find((s) => s.key === 'immune-system-basics#defense-team')!;
    expect(other.html).not.toContain('fallback-mark');
  });

  it('hyphenates long Spanish words with soft hyphens, never headings (CSS hyphens: none)', async () => {
    const built = await buildDeck(`${SPANISH}/decks/hyphen-es.yaml`);
    if (!built.ok) throw new Error(built.diagnostics.map(formatDiagnostic).join('\n'));
    expect(built.value.html).toContain('ex\u00adtra\u00ador\u00addi\u00adna\u00adria\u00admen\u00adte');
    // Headings keep whole words, so their text in the PDF is clean.
    expect(built.value.html).toContain('<h3>Inhibidores de puntos de control</h3>');
    expect(built.value.rendered.parts.css).toMatch(/\.slide-body :is\(h1, h2, h3\)[^{]*\{\s*hyphens: none/);
  });
});
