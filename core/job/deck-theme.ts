import { type Diagnostic } from '../errors.js';
import { DEFAULT_THEME } from '../options.js';
import type { DeckModel } from '../model/deck-model.js';
import { checkGlyphs } from '../quality/glyph-check.js';
import { loadTheme, listThemes, themeFontFiles, type Theme } from '../render/themes.js';
import type { LoadedDeck } from '../validate/content.js';
import { suggest } from '../validate/validate-parsed.js';
import type { Result } from '../result.js';

/**
 * Load the deck's theme as `build` will (manifest, colours, fonts), with a theme problem that
 * has no place of its own put at the deck's `theme:` line, and a did-you-mean for a misspelt name.
 */
export function checkDeckTheme(model: DeckModel, deck: LoadedDeck): Result<Theme> {
  const theme = loadTheme(model.theme, model.root);
  return theme.ok ? theme : { ok: false, diagnostics: locateThemeProblems(theme.diagnostics, model, deck) };
}

/** THEME problems without a location go to the deck's `theme:` line; "not found" gains a did-you-mean. */
export function locateThemeProblems(problems: Diagnostic[], model: DeckModel, deck: LoadedDeck): Diagnostic[] {
  const names = listThemes(model.root);
  const known = names.ok ? names.value.map((t) => t.name) : [];
  return problems.map((d) => {
    if (d.code !== 'THEME') return d;
    const near = /not found/.test(d.message) ? suggest(model.theme, known) : undefined;
    const hint = near?.startsWith('Did you mean') ? `${near} ${d.hint ?? ''}`.trim() : d.hint;
    // A theme given on the command line (--theme) has no line in the deck file.
    const fromDeck = model.theme === (deck.data.theme ?? DEFAULT_THEME);
    const location = !fromDeck ? undefined : deck.data.theme ? deck.locate(['theme']) : deck.locate([], 'title');
    return { ...d, ...(location && !d.location ? { location } : {}), ...(hint ? { hint } : {}) };
  });
}

/** Characters the theme's fonts cannot draw, per slide (see checkGlyphs). */
export function glyphProblems(model: DeckModel, theme: Theme): Diagnostic[] {
  return checkGlyphs(model, themeFontFiles(theme), theme.fonts[0]?.family ?? 'The theme font');
}
