/**
 * Teach-back prompts ("chunk and check", AHRQ Health Literacy Universal Precautions Toolkit):
 * topic notes mark them as `Ask: …` (Spanish: `Pregunte: …`). Pure: no DOM.
 */

import { TEACH_BACK_LABELS } from '../../../core/i18n/teach-back-labels.js';

/** One teach-back prompt of a slide. */
export interface TeachBackPrompt {
  /** 0-based slide index in the presentation. */
  slide: number;
  /** The question, without the `Ask:` label and surrounding quotes. */
  text: string;
}

/** The label of a prompt in any language ("Ask", "Pregunte", "Ask the caregiver"…), longest first. */
const LABEL = `(?:${Object.values(TEACH_BACK_LABELS)
  .flat()
  .map((label) => label.replace(/:$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/**
 * A prompt: the label at the start of a line or of a sentence (notes are often folded into one
 * paragraph), after list bullets or emphasis, then its question — a quoted one ("…", “…”, «…») or
 * else the rest of the sentence. Group 1 is the question.
 */
const PROMPT = new RegExp(
  String.raw`(?<=^|[.?!:"”»][ \t]+|\n)[ \t]*(?:[-*•][ \t]*)?(?:\*\*|__)?${LABEL}(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*("[^"\n]*"|“[^”\n]*”|«[^»\n]*»|[^\n.?!]*[.?!]?)`,
  'giu',
);

/** The prompts in one slide's notes, in order. */
export function promptsInNotes(notes: string, slide: number): TeachBackPrompt[] {
  const out: TeachBackPrompt[] = [];
  for (const m of notes.matchAll(PROMPT)) {
    const text = m[1] ? unquote(m[1]) : '';
    if (text) out.push({ slide, text });
  }
  return out;
}

/** Every prompt of a presentation, slide by slide. */
export function teachBackPrompts(slides: readonly { notes: string }[]): TeachBackPrompt[] {
  return slides.flatMap((s, i) => promptsInNotes(s.notes, i));
}

/** The notes without their prompts (the prompts are shown apart). */
export function notesWithoutPrompts(notes: string): string {
  return notes
    .replace(PROMPT, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n')
    .trim();
}

/** A stable key for a prompt (slide and text), for the ticks of a session. */
export function promptKey(p: TeachBackPrompt): string {
  return `${p.slide}:${p.text}`;
}

/** The end-of-session summary: which prompts were asked and which were not. */
export function summarizeTeachBack(
  prompts: readonly TeachBackPrompt[],
  asked: ReadonlySet<string>,
): { asked: TeachBackPrompt[]; missed: TeachBackPrompt[] } {
  return {
    asked: prompts.filter((p) => asked.has(promptKey(p))),
    missed: prompts.filter((p) => !asked.has(promptKey(p))),
  };
}

function unquote(s: string): string {
  return s
    .trim()
    .replace(/(?:\*\*|__)$/, '')
    .trim()
    .replace(/^["“«]\s*/, '')
    .replace(/\s*["”»]$/, '')
    .trim();
}
