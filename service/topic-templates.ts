/**
 * The topic files "New topic" starts from. Each is a complete, valid topic in the format of
 * docs/topic-format.md, written as YAML text with a comment on each part so a nurse who opens the
 * YAML view later sees what the fields are for. Placeholders say what to write, in plain words;
 * the notes carry a teach-back prompt ("Ask: …") so the presenter console shows one from the start.
 */
import type { TopicTemplate } from '../core/options.js';

/** The text of a new topic file of `template`, titled `title`, reviewed `date` (YYYY-MM-DD). */
export function topicTemplateText(template: TopicTemplate, title: string, date: string): string {
  const t = JSON.stringify(title);
  const head = (category: string, summary: string) => [
    `# A new topic made by ImmunoDeck on ${date}. Edit it with "Edit slides", or here.`,
    `title: ${t}`,
    `category: ${category}`,
    `summary: ${summary}`,
    'audiences: [patient]',
    `lastReviewed: ${date}`,
    '# Add the sources you use, then cite them on slides with `cite: [id]`.',
    'references: []',
    'slides:',
  ];
  const body = TEMPLATES[template](t);
  const summary =
    template === 'side-effect'
      ? 'Which signs of this side effect to watch for, what to do, and when to call.'
      : 'One or two sentences on what this topic covers.';
  return [...head(template === 'side-effect' ? 'side-effects' : 'basics', summary), ...body, ''].join('\n');
}

const TEMPLATES: Record<TopicTemplate, (title: string) => string[]> = {
  blank: (title) => [
    '  - layout: bullets',
    `    title: ${title}`,
    '    items:',
    '      - A first point in plain words.',
    '    notes: What to say while this slide is shown.',
  ],
  'patient-explainer': (title) => [
    '  - id: what-it-is',
    '    layout: bullets',
    `    title: ${title}`,
    '    items:',
    '      - What it is, in one short sentence.',
    '      - Why your care team suggests it.',
    '      - How it is given, and how often.',
    '    notes: |',
    '      Start from what the person already knows. Use their words for the illness.',
    '      Ask: "Can you tell me in your own words what this treatment does?"',
    '  - id: what-to-expect',
    '    layout: two-column',
    '    title: What to expect',
    '    left:',
    '      heading: On treatment days',
    '      text: How long a visit takes, and what happens.',
    '    right:',
    '      heading: At home',
    '      text: What you may feel, and what helps.',
    '    notes: Keep each side to one or two short sentences.',
    '  - id: when-to-call',
    '    layout: callout',
    '    title: When to call us',
    '    message: Call the care team straight away if you have a fever or feel very unwell.',
    '    tone: urgent',
    '    notes: |',
    "      Give the clinic's 24-hour number and check it is saved in the phone.",
    '      Ask: "When would you call us, day or night?"',
    '  - id: questions',
    '    layout: questions',
    '    title: Questions to ask your team',
    '    items:',
    '      - How will we know if it is working?',
    '      - Who do I call after hours?',
    '    notes: Invite questions. Write down any you cannot answer today.',
  ],
  'side-effect': (title) => [
    '  - id: signs',
    '    layout: bullets',
    `    title: ${title}`,
    '    items:',
    '      - The first sign to watch for.',
    '      - Another sign, in everyday words.',
    '    notes: |',
    '      Side effects can start weeks or months after treatment, even after it ends.',
    '      Ask: "Which of these signs would you tell us about?"',
    '  - id: what-to-do',
    '    layout: table',
    '    title: What to do',
    '    columns: [If you notice, Do this]',
    '    rows:',
    '      - [A mild sign, Tell us at your next visit]',
    '      - [A sign that gets worse, Call the clinic the same day]',
    '    notes: Go through each row; ask where they would keep this list at home.',
    '  - id: call-now',
    '    layout: callout',
    '    title: Call straight away',
    '    message: Call the 24-hour number at once for a serious sign. Do not wait for your next visit.',
    '    tone: urgent',
    '    notes: |',
    '      Name the serious signs for this side effect, and give the 24-hour number.',
    '      Ask: "What would you do if this happened at night?"',
  ],
};
