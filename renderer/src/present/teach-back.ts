/**
 * Teach-back prompts ("chunk and check", AHRQ Health Literacy Universal Precautions Toolkit):
 * topic notes mark them as `Ask: …` (Spanish: `Pregunte: …`). Pure: no DOM.
 */

/** One teach-back prompt of a slide. */
export interface TeachBackPrompt {
  /** 0-based slide index in the presentation. */
  slide: number;
  /** The question, without the `Ask:` label and surrounding quotes. */
  text: string;
}

/** A line that starts with the label (after list bullets or emphasis), then the question. */
const PROMPT = /^\s*(?:[-*•]\s*)?(?:\*\*|__)?(?:ask|pregunte|preguntar)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+)$/i;

/** The prompts in one slide's notes, in order. */
export function promptsInNotes(notes: string, slide: number): TeachBackPrompt[] {
  const out: TeachBackPrompt[] = [];
  for (const line of notes.split(/\r?\n/)) {
    const m = PROMPT.exec(line);
    const text = m?.[1] ? unquote(m[1]) : '';
    if (text) out.push({ slide, text });
  }
  return out;
}

/** Every prompt of a presentation, slide by slide. */
export function teachBackPrompts(slides: readonly { notes: string }[]): TeachBackPrompt[] {
  return slides.flatMap((s, i) => promptsInNotes(s.notes, i));
}

/** The notes without their prompt lines (the prompts are shown apart). */
export function notesWithoutPrompts(notes: string): string {
  return notes
    .split(/\r?\n/)
    .filter((line) => !PROMPT.test(line))
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
