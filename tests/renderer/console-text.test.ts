import { describe, expect, it } from 'vitest';
import { CONSOLE_CATALOGUES, consoleText } from '../../renderer/src/i18n/console-text.js';

describe('the presenter console’s words', () => {
  it('has every English key in every language, with the same placeholders', () => {
    const keys = Object.keys(CONSOLE_CATALOGUES.en).sort();
    for (const [lang, catalogue] of Object.entries(CONSOLE_CATALOGUES)) {
      expect(Object.keys(catalogue).sort(), lang).toEqual(keys);
      for (const key of keys) {
        const holes = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
        expect(holes(catalogue[key as keyof typeof catalogue]), `${lang} ${key}`).toEqual(
          holes(CONSOLE_CATALOGUES.en[key as keyof typeof catalogue]),
        );
      }
    }
  });

  it('speaks the deck’s language, with core’s presenter words and English for unknown languages', () => {
    expect(consoleText('es-MX')('console.notes')).toBe('Notas del presentador');
    expect(consoleText('es')('presenter.slideOf', { n: 2, total: 10 })).toBe('Diapositiva 2 de 10');
    expect(consoleText('es')('console.askedCount', { asked: 1, total: 3 })).toBe('· 1 de 3 preguntadas');
    expect(consoleText('fr')('console.nextButton')).toBe('Next ▶');
    expect(consoleText(undefined)('presenter.next', { title: 'Fatigue' })).toBe('Next: Fatigue');
  });
});
