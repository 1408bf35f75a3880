import { infleszBand } from './inflesz.js';
import {
  QUALITY_LIMITS,
  type DeckReport,
  type QualityFinding,
  type QualityReport,
  type SlideRow,
  type TopicReport,
  type TopicSummary,
} from './report.js';

/**
 * The quality report as text for a terminal: per deck and topic a table of slides (number, key,
 * words on screen, grade, ✓ or the findings), then readability per topic. The findings themselves,
 * with file:line:col, are printed separately (formatDiagnostic).
 */

const KEY_WIDTH_MAX = 52;

function pad(value: string | number, width: number, right = false): string {
  const s = String(value);
  return right ? s.padStart(width) : s.padEnd(width);
}

function grade(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : value.toFixed(1);
}

/** ✓ when there is nothing to report; otherwise ✗ (errors) or ! (warnings only) and the short labels. */
function mark(findings: readonly QualityFinding[]): string {
  if (findings.length === 0) return '✓';
  const sign = findings.some((f) => f.severity === 'error') ? '✗' : '!';
  return `${sign} ${findings.map((f) => f.short).join('; ')}`;
}

/** The per-slide table; `notes` marks slides the patient rules skip. */
export function formatSlideTable(rows: readonly SlideRow[], notes = true): string[] {
  const keyWidth = Math.min(KEY_WIDTH_MAX, Math.max(5, ...rows.map((r) => r.key.length)));
  const head = `  ${pad('#', 3, true)}  ${pad('slide', keyWidth)}  ${pad('layout', 10)}  ${pad('words', 5, true)}  ${pad('grade', 5, true)}  check`;
  const lines = rows.map((r) => {
    const key = r.key.length > keyWidth ? `${r.key.slice(0, keyWidth - 1)}…` : r.key;
    const note = r.scored || !notes ? '' : r.audience === 'professional' ? ' (professional, not scored)' : ' (not scored)';
    return `  ${pad(r.n, 3, true)}  ${pad(key, keyWidth)}  ${pad(r.layout, 10)}  ${pad(r.words, 5, true)}  ${pad(r.inflesz !== undefined ? `I${grade(r.inflesz)}` : grade(r.grade), 5, true)}  ${mark(r.findings)}${note}`;
  });
  return [head, ...lines];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One line of readability for a topic, then its references and review date. */
export function formatTopicSummary(t: TopicSummary, unscored = 'not written for patients: readability not scored'): string[] {
  const r = t.readability;
  const read = !r
    ? unscored
    : r.language === 'es'
      ? spanishLine(r, t.scoredSlides)
      : r.fleschKincaid === null
        ? 'no patient text'
        : `FK ${grade(r.fleschKincaid)} (limit ${QUALITY_LIMITS.maxGrade}) · SMOG ${grade(r.smog)}${r.smogReliable ? '' : ` (${r.sentences} sentences; SMOG expects 30)`} · adjusted FK ${grade(r.adjusted.fleschKincaid)}, SMOG ${grade(r.adjusted.smog)} · ${plural(r.words, 'word')}, ${plural(r.sentences, 'sentence')}, ${plural(t.scoredSlides, 'slide')}`;
  const rule = (name: string) => t.findings.filter((f) => f.rule === name);
  return [
    `  ${t.id}: ${read}  ${mark(rule('readability'))}`,
    `    ${plural(t.references, 'reference')}  ${mark(rule('references'))} · last reviewed ${t.lastReviewed}  ${mark(rule('review-date'))}`,
  ];
}

/** Spanish readability: INFLESZ, its band, the target and the counts. */
function spanishLine(r: NonNullable<TopicSummary['readability']>, slides: number): string {
  if (r.inflesz === null || r.inflesz === undefined) return 'no Spanish patient text';
  const fh = r.fernandezHuerta === null || r.fernandezHuerta === undefined ? '' : ` · Fernández-Huerta ${grade(r.fernandezHuerta)}`;
  return `INFLESZ ${grade(r.inflesz)} (${infleszBand(r.inflesz)}; target ${QUALITY_LIMITS.targetInflesz}, never below ${QUALITY_LIMITS.minInflesz})${fh} · ${plural(r.words, 'word')}, ${plural(r.sentences, 'sentence')}, ${plural(r.syllables, 'syllable')}, ${plural(slides, 'slide')}`;
}

/** ✗ failed, ! passed with warnings, ✓ clean. */
function verdict(passed: boolean, findings: readonly QualityFinding[]): string {
  return !passed ? '✗' : findings.length ? '!' : '✓';
}

/** A topic's report. */
export function formatTopicReport(t: TopicReport): string[] {
  const findings = [...t.summary.findings, ...t.slides.flatMap((s) => s.findings)];
  return [
    `Topic ${t.id}  ${t.file}  ${verdict(t.passed, findings)}`,
    ...formatSlideTable(t.slides),
    '  Readability of the patient text:',
    ...formatTopicSummary(t.summary).map((l) => `  ${l}`),
    '',
  ];
}

/** A deck's report. */
export function formatDeckReport(d: DeckReport): string[] {
  const findings = [...d.findings, ...d.topics.flatMap((t) => t.findings), ...d.slides.flatMap((s) => s.findings)];
  const head = `Deck ${d.id}  ${d.file}  "${d.title}"${d.audience ? ` (${d.audience})` : ''}  ${verdict(d.passed, findings)}`;
  if (d.slides.length === 0) return [head, '  could not be composed: see the problems below', ''];
  const ending = d.audience === 'patient' ? [`  Ends with "talk to your care team" and the disclaimer: ${mark(d.findings)}`] : [];
  const patient = d.audience === 'patient';
  const topics = d.topics
    .flatMap((t) => formatTopicSummary(t, 'professional deck: readability is scored for patient text only'))
    .map((l) => `  ${l}`);
  const whole = d.readability ? [`  Whole deck: ${wholeDeckLine(d.readability)}`] : [];
  return [head, ...formatSlideTable(d.slides, patient), "  Readability by topic (this deck's slides):", ...topics, ...whole, ...ending, ''];
}

/** A patient deck's readability over all its scored slides (a figure beside the per-topic rules). */
function wholeDeckLine(r: NonNullable<DeckReport['readability']>): string {
  const counts = `${plural(r.words, 'word')}, ${plural(r.sentences, 'sentence')}`;
  if (r.language !== 'es') return `FK ${grade(r.fleschKincaid)} · SMOG ${grade(r.smog)} · ${counts}`;
  if (r.inflesz === null || r.inflesz === undefined) return 'no Spanish patient text';
  return `INFLESZ ${grade(r.inflesz)} (${infleszBand(r.inflesz)}) · Fernández-Huerta ${grade(r.fernandezHuerta ?? null)} · ${counts}`;
}

/** The whole report: topics, decks and a closing verdict. */
export function formatQualityReport(report: QualityReport): string {
  const lines = [`Quality gate, ${report.mode} mode (today ${report.today})`, ''];
  for (const t of report.topics) lines.push(...formatTopicReport(t));
  for (const d of report.decks) lines.push(...formatDeckReport(d));
  const counts = `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`;
  lines.push(`${report.passed ? '✓ quality gate passed' : '✗ quality gate failed'} (${report.mode}): ${counts}`);
  return lines.join('\n') + '\n';
}
