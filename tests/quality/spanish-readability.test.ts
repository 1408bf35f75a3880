import { describe, expect, it } from 'vitest';
import { checkPath } from '../../core/job/check-path.js';
import { fernandezHuerta, infleszBand, szigrisztPazos } from '../../core/quality/inflesz.js';
import { formatDeckReport } from '../../core/quality/format-report.js';
import { readability } from '../../core/quality/readability.js';
import { resolveQualityOptions } from '../../core/quality/report.js';
import { measureSlide } from '../../core/quality/rules.js';
import { spanishSyllables } from '../../core/quality/spanish-syllables.js';

describe('Spanish syllables', () => {
  // Syllabified by the RAE rules (Ortografía de la lengua española, 2010): diphthongs, hiatus,
  // accented weak vowels, silent u, y as a vowel, spelled-out abbreviations.
  const words: [string, number][] = [
    ['y', 1],
    ['muy', 1],
    ['ley', 1],
    ['hoy', 1],
    ['mayo', 2],
    ['ayuda', 3],
    ['yo', 1],
    ['día', 2],
    ['país', 2],
    ['río', 2],
    ['baúl', 2],
    ['oído', 3],
    ['reír', 2],
    ['leer', 2],
    ['caer', 2],
    ['poeta', 3],
    ['aéreo', 4],
    ['fuego', 2],
    ['ciudad', 2],
    ['cuidado', 3],
    ['buey', 1],
    ['Uruguay', 3],
    ['que', 1],
    ['guía', 2],
    ['pingüino', 3],
    ['inmunoterapia', 6],
    ['inhibidores', 5],
    ['citoquinas', 4],
    ['células', 3],
    ['síndrome', 3],
    ['inflamación', 4],
    ['hinchazón', 3],
    ['secundarios', 4],
    ['medicina', 4],
    ['prohibir', 3],
    ['fertilidad', 4],
    ['amamantar', 4],
    ['cuidador', 3],
    ['inyección', 3],
    ['escalofríos', 5],
    ['sarpullido', 4],
    ['biespecíficas', 5],
    ['hipófisis', 4],
    ['tiroides', 3],
    ['guardar', 2],
    ['PD-1', 3],
    ['CAR-T', 2],
    ['2026', 4],
  ];
  it.each(words)('%s has %i', (word, n) => expect(spanishSyllables(word)).toBe(n));
});

describe('Szigriszt-Pazos / INFLESZ', () => {
  it('is 206.835 − 62.3 × syllables/words − words/sentences, on the INFLESZ bands', () => {
    expect(szigrisztPazos({ words: 100, sentences: 10, syllables: 200 })).toBe(72.2);
    expect(szigrisztPazos({ words: 0, sentences: 0, syllables: 0 })).toBeNull();
    expect([30, 40, 54.9, 55, 65, 79.9, 80].map(infleszBand)).toEqual([
      'muy difícil',
      'algo difícil',
      'algo difícil',
      'normal',
      'bastante fácil',
      'bastante fácil',
      'muy fácil',
    ]);
  });

  it('reports Fernández-Huerta in its corrected form: shorter sentences read easier', () => {
    // 206.84 − 0.60 × 200 syllables per 100 words − 1.02 × 10 words a sentence
    expect(fernandezHuerta({ words: 100, sentences: 10, syllables: 200 })).toBe(76.6);
    expect(fernandezHuerta({ words: 100, sentences: 20, syllables: 200 })!).toBeGreaterThan(76.6);
    expect(fernandezHuerta({ words: 0, sentences: 0, syllables: 0 })).toBeNull();
    expect(readability(['Llame hoy si tiene fiebre.'], 'es').fernandezHuerta).toEqual(expect.any(Number));
  });

  it('scores plain Spanish as easy and dense Spanish as hard; English grades do not apply', () => {
    const plain = readability(['Llame hoy si tiene fiebre.', 'Su equipo le va a ayudar.'], 'es');
    expect(plain.inflesz).toBeGreaterThan(80);
    expect(plain.fleschKincaid).toBeNull();
    const dense = readability(
      [
        'La administración concomitante de inmunosupresores sistémicos puede comprometer significativamente la eficacia terapéutica de los inhibidores de puntos de control inmunitario.',
      ],
      'es',
    );
    expect(dense.inflesz).toBeLessThan(40);
  });
});

describe('the Spanish gate', () => {
  const opts = resolveQualityOptions({ mode: 'strict', today: '2026-12-03' });

  it('allows 48 words on a Spanish patient slide, 40 on an English one', () => {
    const items = Array.from({ length: 9 }, () => 'Una dos tres cuatro cinco.'); // 45 words + title
    const input = {
      n: 1,
      key: 't#s',
      layout: 'bullets' as const,
      text: { title: 'Título', items },
      audience: 'patient' as const,
      scored: true,
    };
    expect(measureSlide({ ...input, language: 'es' }, opts).row.findings).toEqual([]);
    expect(measureSlide(input, opts).row.findings.map((f) => f.short)).toEqual(['46 words > 40']);
    const long = { ...input, text: { title: 'Título', items: [...items, 'uno dos tres cuatro'] } };
    expect(measureSlide({ ...long, language: 'es' }, opts).row.findings.map((f) => f.short)).toEqual(['50 words > 48']);
  });

  it('fails a Spanish patient slide below INFLESZ 55 at its line, even when its topic passes', () => {
    const input = {
      n: 1,
      key: 't#hard',
      layout: 'callout' as const,
      audience: 'patient' as const,
      scored: true,
      language: 'es' as const,
      location: { file: 't.es.yaml', line: 7, column: 5 },
    };
    const hard = {
      title: 'Inmunoterapia',
      message: 'Inmunosupresión farmacológica prolongada: hiperglucemia, infecciones oportunistas, alteraciones neuropsiquiátricas.',
    };
    const [f] = measureSlide({ ...input, text: hard }, opts).row.findings;
    expect(f?.short).toMatch(/^INFLESZ -?\d+\.\d < 55$/);
    expect(f?.severity).toBe('error');
    expect(f?.location).toEqual(input.location);
    const plain = { title: 'Los esteroides', message: 'Calman las defensas. Pueden subir el azúcar en la sangre.' };
    expect(measureSlide({ ...input, text: plain }, opts).row.findings).toEqual([]);
    // Not a patient slide (scored: false), or English: no Spanish floor.
    expect(measureSlide({ ...input, scored: false, text: hard }, opts).row.findings).toEqual([]);
  });

  it('reports INFLESZ per slide and per topic of a Spanish deck, and passes strict on the fixture deck', async () => {
    const report = await checkPath('tests/fixtures/spanish/decks/intro-es.yaml', { mode: 'strict', today: '2026-12-03' });
    const deck = report.decks[0]!;
    const scored = deck.slides.filter((s) => s.scored);
    expect(scored.length).toBeGreaterThan(5);
    for (const s of scored) {
      expect(s.inflesz, s.key).toEqual(expect.any(Number));
      expect(s.grade).toBeNull();
    }
    for (const t of deck.topics) {
      expect(t.readability?.language).toBe('es');
      expect(t.readability?.inflesz, t.id).toBeGreaterThanOrEqual(65);
    }
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The whole deck's figure, beside the per-topic rules.
    expect(deck.readability?.inflesz).toBeGreaterThanOrEqual(65);
    expect(formatDeckReport(deck).join('\n')).toMatch(/Whole deck: INFLESZ \d+\.\d \((?:bastante|muy) fácil\) · Fernández-Huerta \d+\.\d/);
  });

  it('checks each translation file as its own topic report, in Spanish', async () => {
    const report = await checkPath('tests/fixtures/spanish', { mode: 'strict', today: '2026-12-03' });
    const es = report.topics.find((t) => t.id === 'immune-system-basics.es')!;
    expect(es.file).toMatch(/immune-system-basics\.es\.yaml$/);
    expect(es.summary.readability?.inflesz).toBeGreaterThanOrEqual(65);
    const row = es.slides.find((s) => s.key === 'immune-system-basics#defense-team')!;
    expect(row.location?.file).toMatch(/immune-system-basics\.es\.yaml$/);
  });
});
