import { error, warning, type Diagnostic } from '../errors.js';
import { LANGUAGE_NAMES, type Audience, type Language } from '../options.js';
import type { LoadedTopic } from '../validate/content.js';
import type { Slide, SlideOverride } from '../validate/topic-schema.js';
import { LAYOUT_TEXT_FIELDS, translationPath } from '../validate/validate-translation.js';
import { displayPath } from '../confine.js';

/** A slide's wording in the deck's language, and the fields that had to stay in English. */
export interface SlideWording {
  /** The slide with the audience's wording (and the language's, where given) applied. */
  slide: Slide & SlideOverride;
  /** Shown fields with no wording in the language (`left.heading` for a column's part); [] in English. */
  missing: string[];
}

type Fields = Record<string, unknown>;

/**
 * The wording of one slide for an audience in a language: English base ⊕ English audience block,
 * then (for another language) that language's base ⊕ its audience block from the topic's
 * translation. Every text field the English slide shows must have a translation; the ones that
 * do not are listed in `missing` and keep their English wording.
 */
export function slideWording(topic: LoadedTopic, slide: Slide, index: number, audience: Audience, language: Language): SlideWording {
  const english = { ...slide, ...(slide[audience] ?? {}) } as Slide & SlideOverride;
  if (language === 'en') return { slide: english, missing: [] };
  const entry = topic.translations?.[language]?.data.slides[slide.id ?? String(index + 1)];
  const { patient, professional, ...base } = entry ?? {};
  const own: Fields = { ...base, ...((audience === 'patient' ? patient : professional) ?? {}) };
  const missing: string[] = [];
  const merged: Fields = { ...english };
  for (const field of LAYOUT_TEXT_FIELDS[slide.layout]) {
    const en = (english as Fields)[field];
    if (en === undefined) continue;
    const tr = own[field];
    if (field === 'left' || field === 'right') {
      const parts = Object.keys(en as Fields).filter((k) => (en as Fields)[k] !== undefined);
      const lacking = parts.filter((k) => (tr as Fields | undefined)?.[k] === undefined);
      missing.push(...lacking.map((k) => `${field}.${k}`));
      merged[field] = { ...(en as Fields), ...((tr as Fields | undefined) ?? {}) };
    } else if (tr === undefined) missing.push(field);
    else merged[field] = tr;
  }
  return { slide: merged as Slide & SlideOverride, missing };
}

/** The topic's title in the language (English when it has no translation). */
export function topicTitle(topic: LoadedTopic, language: Language): string {
  return (language !== 'en' && topic.translations?.[language]?.data.title) || topic.data.title;
}

/**
 * The problem for a slide that lacks wording in the deck's language, at the slide in the English
 * topic file and naming the translation file: an error, or with `fallback` a warning (the slide
 * is then shown in English with a visible mark).
 */
export function missingWordingProblem(
  topic: LoadedTopic,
  slide: Slide,
  index: number,
  missing: string[],
  language: Language,
  fallback: boolean,
): Diagnostic {
  const id = slide.id ?? String(index + 1);
  const name = LANGUAGE_NAMES[language].english;
  const file = displayPath(translationPath(topic.file, topic.id, language));
  const broken = topic.brokenTranslations?.[language];
  const state = broken
    ? `${broken} has errors (reported with it)`
    : !topic.translations?.[language]
      ? `${file} does not exist`
      : `${file} gives no ${missing.join(', ')} for it`;
  const message = `slide ${topic.id}#${id} (${slide.layout}) has no ${name} wording: ${state}`;
  const where = topic.locate(['slides', index]);
  if (fallback) return warning('TRANSLATION', `${message}; it is shown in English, marked`, where);
  const fix = broken ? `Fix the problems reported in ${broken}` : `Add "${id}:" with ${missing.join(', ')} under "slides:" in ${file}`;
  return error('TRANSLATION', message, where, `${fix}, or build with --allow-english-fallback to show it in English, marked.`);
}
