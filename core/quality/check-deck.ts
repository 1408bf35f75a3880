import type { Library, LoadedDeck } from '../validate/content.js';
import { composeDeck } from '../model/compose-deck.js';
import type { DeckModel, SlideModel } from '../model/deck-model.js';
import { topicSummary } from './check-topic.js';
import {
  resolveQualityOptions,
  finding,
  type DeckReport,
  type QualityFinding,
  type QualityOptions,
  type ResolvedQualityOptions,
  type TopicSummary,
} from './report.js';
import { readability } from './readability.js';
import { measureSlide, type MeasuredSlide } from './rules.js';
import { loadThemeManifest } from '../render/themes.js';
import { safetyFindings } from './safety-messages.js';
import { onScreenText } from './slide-text.js';
import { baseLanguage } from '../i18n/messages.js';
import type { Language } from '../options.js';

/** Slide keys of the built-in `educational-disclaimer` topic's two closing slides. */
export const CLOSING_KEYS = {
  careTeam: 'educational-disclaimer#talk-to-your-care-team',
  disclaimer: 'educational-disclaimer#disclaimer',
} as const;

/** Layouts a closing slide of an educator's own may use. */
const CLOSING_LAYOUTS = new Set(['callout', 'bullets', 'questions']);
/** Says what the deck is for: education, learning, information. */
const EDUCATION = /\b(?:educat\w*|learning|information(?:al)?)\b/i;
/** Says it is not advice for the person's own case. */
const NOT_ADVICE = /\bnot\b[^.!?]{0,40}\bmedical advice\b|\b(?:does|do|can) not replace\b|\bis not a substitute\b/i;

/** The role a slide can play at the end of a patient deck. */
export type ClosingRole = 'care-team' | 'disclaimer';

/**
 * Which closing slide this is: the built-in ones by their keys, an educator's own by its wording
 * (a disclaimer says it is education and not medical advice; a care-team slide mentions the care
 * team). A slide plays one role only, so a disclaimer that also mentions the care team still
 * needs a care-team slide beside it.
 */
export function closingRole(slide: SlideModel): ClosingRole | undefined {
  // A deck may name the built-in slides explicitly (builtin:educational-disclaimer#…).
  const key = slide.key.replace(/^builtin:/, '');
  if (key === CLOSING_KEYS.careTeam) return 'care-team';
  if (key === CLOSING_KEYS.disclaimer) return 'disclaimer';
  if (!CLOSING_LAYOUTS.has(slide.layout)) return undefined;
  const text = onScreenText(slide).join(' ');
  if (EDUCATION.test(text) && NOT_ADVICE.test(text)) return 'disclaimer';
  return /\bcare team\b/i.test(text) ? 'care-team' : undefined;
}

/** Slides other than the generated title and references slides. */
function contentSlides(model: DeckModel): SlideModel[] {
  return model.slides.filter((s) => s.key !== `${model.id}#title` && s.layout !== 'references' && !s.key.startsWith('deck#'));
}

/**
 * Check one deck file against the quality gate, as its audience sees it (composeDeck applies the
 * audience's wording): every slide, the readability and topic-level rules of each topic it uses,
 * and, for a patient deck, that it ends with a "talk to your care team" slide and the
 * educational-use disclaimer.
 */
export function checkDeck(deck: LoadedDeck, library: Library, options: QualityOptions = {}): DeckReport {
  const opts = resolveQualityOptions(options);
  const base = { kind: 'deck' as const, id: deck.id, file: deck.label, title: deck.data.title };
  const composed = composeDeck(deck, library);
  if (!composed.ok) return { ...base, slides: [], topics: [], findings: [], problems: composed.diagnostics, passed: false };
  const model = composed.value;
  const patient = model.audience === 'patient';
  // Each slide is held to the words budget of the theme it is shown in (large print fits about half).
  const theme = loadThemeManifest(model.theme, library.root);
  if (theme) opts.maxWords = Math.min(opts.maxWords, theme.maxWords);
  const language = baseLanguage(model.language);
  const measured = model.slides.map((s, i) => measureDeckSlide(s, i, patient, opts, language));
  const topics = deckTopics(model, measured, library, patient, opts, language);
  const findings = patient ? [...endingFindings(deck, model, opts), ...safetyFindings(model, opts, deck.locate([], 'topics'))] : [];
  const slides = measured.map((m) => m.row);
  const scoredUnits = measured.filter((m) => m.row.scored).flatMap((m) => m.units);
  const all = [...findings, ...topics.flatMap((t) => t.findings), ...slides.flatMap((s) => s.findings), ...composed.warnings];
  return {
    ...base,
    audience: model.audience,
    slides,
    topics,
    findings,
    ...(patient && scoredUnits.length ? { readability: readability(scoredUnits, language) } : {}),
    problems: composed.warnings,
    passed: !all.some((d) => d.severity === 'error'),
  };
}

function measureDeckSlide(slide: SlideModel, i: number, patient: boolean, opts: ResolvedQualityOptions, language: Language): MeasuredSlide {
  const input = {
    language,
    n: i + 1,
    key: slide.key,
    layout: slide.layout,
    text: slide,
    audience: patient ? ('patient' as const) : ('professional' as const),
    scored: patient && slide.layout !== 'references',
  };
  return measureSlide(slide.source ? { ...input, location: slide.source } : input, opts);
}

/** Per topic used: readability over this deck's slides of it (section slides aside) and its topic rules. */
function deckTopics(
  model: DeckModel,
  measured: MeasuredSlide[],
  library: Library,
  patient: boolean,
  opts: ResolvedQualityOptions,
  language: Language,
): TopicSummary[] {
  const ids = [...new Set(model.topics.map((t) => t.id))];
  return ids.flatMap((id) => {
    // Own topics first, then the built-in ones a deck of an educator's folder may use.
    const topic = library.topics.get(id) ?? library.builtin?.topics.get(id);
    if (!topic) return [];
    const own = measured.filter((m, i) => model.slides[i]!.topicId === id && m.row.scored && !m.row.key.endsWith('#section'));
    return [topicSummary(topic, patient ? own : undefined, opts, language)];
  });
}

function endingFindings(deck: LoadedDeck, model: DeckModel, opts: ResolvedQualityOptions): QualityFinding[] {
  const last = contentSlides(model).slice(-2);
  const roles = last.map(closingRole);
  const ends = last.map((s) => s.key).join(' and ') || 'none';
  const location = deck.locate([], 'topics');
  const out: QualityFinding[] = [];
  if (!roles.includes('care-team')) {
    out.push(
      finding(opts, {
        rule: 'deck-ending',
        location,
        short: 'no care-team slide',
        message: `patient deck "${deck.id}" does not end with a "talk to your care team" slide (its last two slides are ${ends})`,
        hint: `Add "- educational-disclaimer" as the last topic, or end with a callout that asks the audience to talk to their care team.`,
      }),
    );
  }
  if (!roles.includes('disclaimer')) {
    out.push(
      finding(opts, {
        rule: 'deck-ending',
        location,
        short: 'no disclaimer',
        message: `patient deck "${deck.id}" does not end with the educational-use disclaimer (its last two slides are ${ends})`,
        hint: `Add "- educational-disclaimer" as the last topic, or end with a callout saying the deck is for education and is not medical advice.`,
      }),
    );
  }
  return out;
}
