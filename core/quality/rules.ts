import path from 'node:path';
import type { SourceLocation } from '../errors.js';
import type { LoadedTopic } from '../validate/content.js';
import { toPlainText } from '../render/markdown.js';
import type { Audience, Layout } from '../validate/topic-schema.js';
import { countWords } from './count-text.js';
import { slideScore, type Readability } from './readability.js';
import { infleszBand } from './inflesz.js';
import type { Language } from '../options.js';
import { finding, QUALITY_LIMITS, type QualityFinding, type ResolvedQualityOptions, type SlideRow } from './report.js';
import { onScreenText, type SlideText } from './slide-text.js';

/**
 * The rules of the quality gate, each turning what it measured into findings. Messages name the
 * slide by its key (topic-id#slide-id), so the same problem found through a topic and through a
 * deck reads the same and is reported once.
 */

/** What a slide row is built from. */
export interface SlideInput {
  n: number;
  key: string;
  layout: Layout;
  /** The slide's fields with the audience's wording applied. */
  text: SlideText & { image?: string; alt?: string };
  audience: Audience;
  /** Whether the patient rules apply (a patient slide that is not generated references). */
  scored: boolean;
  location?: SourceLocation;
  /** The language of the wording. @default 'en' */
  language?: Language;
}

/** Most words on screen on a patient slide in a language. */
export function maxWordsFor(language: Language = 'en', budget: number = QUALITY_LIMITS.maxWords): number {
  return language === 'es' ? Math.round((budget * QUALITY_LIMITS.maxWordsEs) / QUALITY_LIMITS.maxWords) : budget;
}

/** A slide row and the text units it was measured on. */
export interface MeasuredSlide {
  row: SlideRow;
  units: string[];
}

/** Measure one slide (words on screen, its own grade) and apply the slide rules. */
export function measureSlide(input: SlideInput, options: ResolvedQualityOptions): MeasuredSlide {
  const units = onScreenText(input.text);
  const words = units.reduce((n, u) => n + countWords(u), 0);
  const findings: QualityFinding[] = [];
  const label = `slide ${input.key} (${input.layout})${input.language === 'es' ? ' in Spanish' : ''}`;
  // The theme's budget (options.maxWords), scaled for Spanish, which runs about 20% longer.
  const max = maxWordsFor(input.language, options.maxWords);
  if (input.scored && words > max) {
    findings.push(
      finding(options, {
        rule: 'words-on-screen',
        message: `${label}: ${words} words on screen; a patient slide in this theme shows at most ${max}`,
        short: `${words} words > ${max}`,
        location: input.location,
        hint: 'Keep one idea per slide: move detail into the speaker notes or split the slide in two.',
      }),
    );
  }
  if (input.layout === 'image') findings.push(...altFindings(label, input, options));
  const row: SlideRow = {
    n: input.n,
    key: input.key,
    layout: input.layout,
    title: input.text.title ? toPlainText(input.text.title) : '',
    audience: input.audience,
    scored: input.scored,
    words,
    grade: null,
    findings,
  };
  if (input.layout !== 'references') Object.assign(row, slideScore(units, input.language ?? 'en'));
  if (input.scored) findings.push(...slideInfleszFindings(label, row.inflesz, input.location, options));
  if (input.location) row.location = input.location;
  return { row, units };
}

/**
 * The Spanish floor per slide: a Spanish patient slide never below INFLESZ 55 ("normal"), so one
 * hard slide cannot hide behind easy ones in its topic's average.
 */
function slideInfleszFindings(
  label: string,
  score: number | null | undefined,
  location: SourceLocation | undefined,
  options: ResolvedQualityOptions,
): QualityFinding[] {
  if (score === null || score === undefined || score >= QUALITY_LIMITS.minInflesz) return [];
  return [
    finding(options, {
      rule: 'readability',
      message: `${label}: scores INFLESZ ${score.toFixed(1)} (${infleszBand(score)}); a Spanish patient slide must be at least ${QUALITY_LIMITS.minInflesz}`,
      short: `INFLESZ ${score.toFixed(1)} < ${QUALITY_LIMITS.minInflesz}`,
      location,
      hint: 'Shorter sentences and shorter, everyday words raise the score (for example "medicina" rather than "medicamento").',
    }),
  ];
}

/** Alt text that says nothing about the picture. */
const PLACEHOLDER_ALT = /^(?:an? )?(?:image|picture|photo|photograph|graphic|figure|diagram|illustration|img|alt|todo|tbd)\s*\d*\.?$/i;

function altFindings(label: string, input: SlideInput, options: ResolvedQualityOptions): QualityFinding[] {
  const alt = input.text.alt?.trim() ?? '';
  const file = input.text.image ? path.basename(input.text.image) : '';
  const placeholder = PLACEHOLDER_ALT.test(alt) || (file !== '' && [file, file.replace(/\.[^.]+$/, '')].includes(alt));
  if (alt !== '' && !placeholder) return [];
  return [
    finding(options, {
      rule: 'alt-text',
      message: alt === '' ? `${label}: the image has no alt text` : `${label}: the alt text "${alt}" does not describe the image`,
      short: 'alt text',
      location: input.location,
      hint: 'Say in one sentence what the image shows, for people who cannot see it.',
    }),
  ];
}

/** The readability rule: a topic's patient text at Flesch-Kincaid grade 8 or below. */
export function readabilityFindings(
  topicId: string,
  r: Readability | undefined,
  slides: number,
  location: SourceLocation,
  options: ResolvedQualityOptions,
): QualityFinding[] {
  if (!r || r.fleschKincaid === null || r.fleschKincaid <= QUALITY_LIMITS.maxGrade) return [];
  const perWord = (r.syllables / r.words).toFixed(2);
  const perSentence = (r.words / r.sentences).toFixed(1);
  return [
    finding(options, {
      rule: 'readability',
      message: `topic "${topicId}": the patient text of ${slides} slide${slides === 1 ? '' : 's'} reads at Flesch-Kincaid grade ${r.fleschKincaid.toFixed(1)} (SMOG ${r.smog?.toFixed(1)}); the limit is grade ${QUALITY_LIMITS.maxGrade}`,
      short: `FK ${r.fleschKincaid.toFixed(1)} > ${QUALITY_LIMITS.maxGrade}`,
      location,
      hint: `${r.words} words in ${r.sentences} sentences: ${perSentence} words a sentence, ${perWord} syllables a word. Shorter sentences and everyday words lower the grade (without glossary terms it reads at grade ${r.adjusted.fleschKincaid?.toFixed(1)}).`,
    }),
  ];
}

/**
 * The Spanish readability rule: a topic's Spanish patient text at INFLESZ 65 or more ("bastante
 * fácil"); below 55 it fails (a finding), between 55 and 65 it is advice to make it easier.
 */
export function infleszFindings(
  topicId: string,
  r: Readability | undefined,
  slides: number,
  location: SourceLocation,
  options: ResolvedQualityOptions,
): QualityFinding[] {
  const score = r?.inflesz;
  if (!r || score === null || score === undefined || score >= QUALITY_LIMITS.targetInflesz) return [];
  const below = score < QUALITY_LIMITS.minInflesz;
  const perWord = (r.syllables / r.words).toFixed(2);
  const perSentence = (r.words / r.sentences).toFixed(1);
  return [
    finding(options, {
      rule: 'readability',
      advice: !below,
      message: `topic "${topicId}": the Spanish patient text of ${slides} slide${slides === 1 ? '' : 's'} scores INFLESZ ${score.toFixed(1)} (${infleszBand(score)}); ${below ? `it must be at least ${QUALITY_LIMITS.minInflesz}` : `the target is ${QUALITY_LIMITS.targetInflesz} (bastante fácil)`}`,
      short: `INFLESZ ${score.toFixed(1)} < ${below ? QUALITY_LIMITS.minInflesz : QUALITY_LIMITS.targetInflesz}`,
      location,
      hint: `${r.words} words in ${r.sentences} sentences: ${perSentence} words a sentence, ${perWord} syllables a word. Shorter sentences and shorter, everyday words raise the score.`,
    }),
  ];
}

/** The references rule: at least two references per topic. */
export function referenceFindings(topic: LoadedTopic, options: ResolvedQualityOptions): QualityFinding[] {
  const n = topic.data.references.length;
  if (n >= QUALITY_LIMITS.minReferences) return [];
  return [
    finding(options, {
      rule: 'references',
      message: `topic "${topic.id}" has ${n} reference${n === 1 ? '' : 's'}; every topic needs at least ${QUALITY_LIMITS.minReferences}`,
      short: `${n} refs < ${QUALITY_LIMITS.minReferences}`,
      location: topic.locate([], 'references'),
      hint: 'Cite the primary sources behind the facts (cancer.gov, cancer.net, fda.gov, a journal article by DOI).',
    }),
  ];
}

/** The date `months` calendar months after an ISO date (YYYY-MM-DD). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

/** The review rule: a warning once `lastReviewed` is more than 12 months before today (or after it). */
export function reviewFindings(topic: LoadedTopic, options: ResolvedQualityOptions): QualityFinding[] {
  const last = topic.data.lastReviewed;
  const due = addMonths(last, QUALITY_LIMITS.reviewMonths);
  const location = topic.locate(['lastReviewed']);
  if (options.today > due) {
    return [
      finding(options, {
        rule: 'review-date',
        advice: true,
        message: `topic "${topic.id}" was last reviewed on ${last}, more than ${QUALITY_LIMITS.reviewMonths} months ago (review was due ${due})`,
        short: 'review due',
        location,
        hint: 'Check the slides against their sources again (drug approvals and guidance change), then update lastReviewed.',
      }),
    ];
  }
  if (last > options.today) {
    return [
      finding(options, {
        rule: 'review-date',
        advice: true,
        message: `topic "${topic.id}": lastReviewed ${last} is after today (${options.today})`,
        short: 'review date ahead',
        location,
        hint: 'Write the date the topic was actually reviewed.',
      }),
    ];
  }
  return [];
}
