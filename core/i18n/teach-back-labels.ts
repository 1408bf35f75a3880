import type { Language } from '../options.js';

/**
 * The labels that mark a teach-back prompt in speaker notes ("Ask: …"), per language. One list for
 * the notes pages, which set the prompts apart (core/render/print-text.ts), and the presenter
 * console, which lists them to tick off (renderer/src/present/teach-back.ts). A leaf module.
 */
export const TEACH_BACK_LABELS: Record<Language, readonly string[]> = {
  en: ['Ask:', 'Ask the caregiver:', 'Ask the family:'],
  es: ['Pregunte:', 'Preguntar:', 'Pregúntele al cuidador:', 'Pregúntele a la cuidadora:', 'Pregúntele a la familia:'],
};
