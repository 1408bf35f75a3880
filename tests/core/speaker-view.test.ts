import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../core/i18n/messages.js';
import { LANGUAGES } from '../../core/options.js';
import { packageFile } from '../../core/paths.js';
import { isSafeSpeakerLabel, localizeNotesPlugin, SPEAKER_VIEW_KEYS, SPEAKER_VIEW_LABELS } from '../../core/render/speaker-view.js';
import { buildDeck } from '../helpers/build.js';

const notesJs = readFileSync(packageFile('reveal.js/plugin/notes'), 'utf8');

/** The speaker-view page as notes.js writes it (its template literal). */
function speakerPage(js: string): string {
  const start = js.indexOf('document.write(`') + 'document.write(`'.length;
  return js.slice(start, js.indexOf('`', start));
}

describe('the speaker view (press S) in the deck language', () => {
  it('finds every label in the installed reveal.js notes plugin and writes the Spanish ones', () => {
    const { js, missing } = localizeNotesPlugin(notesJs, 'es');
    expect(missing).toEqual([]);
    const page = speakerPage(js);
    expect(page).toContain('<html lang="es">');
    expect(page).toContain('<title>Vista del presentador</title>');
    expect(page).toContain('<span class="overlay-element label">Siguiente</span>');
    expect(page).toContain("toLocaleTimeString( 'es-US',");
    expect(page).toContain("'notes-only': 'Solo notas'");
    // No English label is left on the page or in the alert and help-overlay entry.
    for (const { around, english, key } of SPEAKER_VIEW_LABELS) {
      expect(CATALOGUES.en[key], key).toBe(english);
      expect(js.includes(around.replace('{}', english)), key).toBe(false);
    }
    expect(page).not.toMatch(/>(Upcoming|Time|Notes|Click to Reset)\b/);
  });

  it('leaves English as reveal.js ships it', () => {
    expect(localizeNotesPlugin(notesJs, 'en')).toEqual({ js: notesJs, missing: [] });
  });

  it('has labels in every language that cannot break out of the page code', () => {
    for (const lang of LANGUAGES)
      for (const key of SPEAKER_VIEW_KEYS) expect(isSafeSpeakerLabel(CATALOGUES[lang][key]), `${lang} ${key}`).toBe(true);
    expect(isSafeSpeakerLabel("l'heure")).toBe(false);
    expect(isSafeSpeakerLabel('a<script>')).toBe(false);
  });

  it("puts the Spanish speaker view's script hash in a Spanish deck's CSP, not the English one", async () => {
    const [es, en] = await Promise.all([
      buildDeck('tests/fixtures/spanish/decks/intro-es.yaml'),
      buildDeck('tests/fixtures/library/decks/intro.yaml'),
    ]);
    if (!es.ok || !en.ok) throw new Error('build failed');
    const esHashes = es.value.rendered.parts.scriptHashes;
    const enHashes = en.value.rendered.parts.scriptHashes;
    expect(esHashes).toHaveLength(5);
    expect(enHashes).toHaveLength(5);
    // reveal.js, deck-init and deck-fit are the same; the notes plugin and its page differ.
    expect(esHashes.filter((h) => enHashes.includes(h))).toHaveLength(3);
    for (const h of esHashes) expect(es.value.rendered.parts.csp).toContain(h);
    expect(es.value.html).toContain('Vista del presentador');
    expect(en.value.html).not.toContain('Vista del presentador');
  });
});

describe("reveal.js's keyboard help texts", () => {
  it('are all still written in reveal.js 6 (or its notes plugin), so none is left untranslated by an upgrade', async () => {
    const { readFileSync } = await import('node:fs');
    const { REVEAL_HELP_TEXTS, keyboardHelpTexts } = await import('../../core/render/keyboard-help.js');
    const code =
      readFileSync('node_modules/reveal.js/dist/reveal.js', 'utf8') + readFileSync('node_modules/reveal.js/dist/plugin/notes.js', 'utf8');
    for (const text of REVEAL_HELP_TEXTS) expect(code, text).toContain(text);
    expect(keyboardHelpTexts('en')).toBeUndefined();
    const es = keyboardHelpTexts('es')!;
    for (const text of REVEAL_HELP_TEXTS) expect(es[text], text).not.toBe(text);
  });
});
