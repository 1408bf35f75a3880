import type { LoadedTopic } from '../validate/content.js';
import { isForAudience, slideId } from '../model/compose-deck.js';
import { toPlainText } from '../render/markdown.js';
import { AUDIENCES, type Audience, type Language } from '../options.js';
import { readability } from './readability.js';
import { slideWording } from '../model/slide-wording.js';
import { resolveQualityOptions, type QualityOptions, type ResolvedQualityOptions, type TopicReport, type TopicSummary } from './report.js';
import { infleszFindings, measureSlide, readabilityFindings, referenceFindings, reviewFindings, type MeasuredSlide } from './rules.js';
import { wordingFor } from './slide-text.js';

/** True when a topic is written for patients (its `audiences` list includes them, or is absent). */
export function isPatientTopic(topic: LoadedTopic): boolean {
  return (topic.data.audiences ?? AUDIENCES).includes('patient');
}

/**
 * Check one topic file against the quality gate: every slide with the wording its audience sees
 * (patient wording, `patient:` blocks applied, for topics written for patients), the words on
 * screen of each patient slide, alt text of every image, the readability of the topic's patient
 * text, its references and its review date.
 */
export function checkTopic(topic: LoadedTopic, options: QualityOptions = {}): TopicReport {
  const opts = resolveQualityOptions(options);
  const patient = isPatientTopic(topic);
  const measured = topic.data.slides.map((_, i) => measureTopicSlide(topic, i, patient, opts));
  const scored = measured.filter((m) => m.row.scored);
  const summary = topicSummary(topic, patient ? scored : undefined, opts);
  const slides = measured.map((m) => m.row);
  const passed = ![...summary.findings, ...slides.flatMap((s) => s.findings)].some((f) => f.severity === 'error');
  return { kind: 'topic', id: topic.id, file: topic.label, slides, summary, passed };
}

function measureTopicSlide(topic: LoadedTopic, i: number, patientTopic: boolean, opts: ResolvedQualityOptions): MeasuredSlide {
  const slide = topic.data.slides[i]!;
  // A patient topic's slide is measured in patient wording unless it is for professionals only.
  const audience: Audience = patientTopic && isForAudience(slide, 'patient') ? 'patient' : 'professional';
  return measureSlide(
    {
      n: i + 1,
      key: `${topic.id}#${slideId(slide, i)}`,
      layout: slide.layout,
      text: wordingFor(slide, audience),
      audience,
      scored: audience === 'patient' && slide.layout !== 'references',
      location: topic.locate(['slides', i]),
    },
    opts,
  );
}

/**
 * Check a topic's wording in another language (topics/<id>.<lang>.yaml) the way {@link checkTopic}
 * checks the English: each slide's words on screen against that language's budget, each slide's
 * and the topic's readability with that language's formula (INFLESZ for Spanish). Slides the
 * translation lacks are measured in English and left out of the scores. Rows point at the
 * translation file.
 */
export function checkTopicTranslation(topic: LoadedTopic, language: Language, options: QualityOptions = {}): TopicReport | undefined {
  const tr = topic.translations?.[language];
  if (!tr) return undefined;
  const opts = resolveQualityOptions(options);
  const patient = isPatientTopic(topic);
  const measured = topic.data.slides.map((slide, i) => {
    const audience: Audience = patient && isForAudience(slide, 'patient') ? 'patient' : 'professional';
    const wording = slideWording(topic, slide, i, audience, language);
    const key = slideId(slide, i);
    const translated = wording.missing.length === 0;
    const measured = measureSlide(
      {
        n: i + 1,
        key: `${topic.id}#${key}`,
        layout: slide.layout,
        text: wording.slide,
        audience,
        scored: translated && audience === 'patient' && slide.layout !== 'references',
        location: key in tr.data.slides ? tr.locate(['slides'], key) : topic.locate(['slides', i]),
        language,
      },
      opts,
    );
    // A slide with no Spanish is measured in English: its score would say nothing about Spanish.
    if (!translated) measured.row.inflesz = null;
    return measured;
  });
  const scored = measured.filter((m) => m.row.scored);
  const summary = topicSummary(topic, patient ? scored : undefined, opts, language);
  const slides = measured.map((m) => m.row);
  const passed = ![...summary.findings, ...slides.flatMap((s) => s.findings)].some((f) => f.severity === 'error');
  return { kind: 'topic', id: `${topic.id}.${language}`, file: tr.label, slides, summary: { ...summary, file: tr.label }, passed };
}

/**
 * The topic-level part of the gate: readability over the given patient slides (none when the
 * topic is not for patients), references and review date. In another language than English the
 * readability uses that language's formula and the title and place come from the translation.
 */
export function topicSummary(
  topic: LoadedTopic,
  patientSlides: readonly MeasuredSlide[] | undefined,
  opts: ResolvedQualityOptions,
  language: Language = 'en',
): TopicSummary {
  const r = patientSlides
    ? readability(
        patientSlides.flatMap((m) => m.units),
        language,
      )
    : undefined;
  const n = patientSlides?.length ?? 0;
  const tr = language === 'en' ? undefined : topic.translations?.[language];
  const where = tr ? tr.locate([], 'slides') : topic.locate([], 'slides');
  const summary: TopicSummary = {
    id: topic.id,
    title: toPlainText(tr?.data.title ?? topic.data.title),
    file: topic.label,
    scoredSlides: n,
    references: topic.data.references.length,
    lastReviewed: topic.data.lastReviewed,
    findings: [
      ...(language === 'es' ? infleszFindings(topic.id, r, n, where, opts) : readabilityFindings(topic.id, r, n, where, opts)),
      ...referenceFindings(topic, opts),
      ...reviewFindings(topic, opts),
    ],
  };
  if (r) summary.readability = r;
  return summary;
}
