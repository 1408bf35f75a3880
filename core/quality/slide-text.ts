import { toPlainText } from '../render/markdown.js';
import type { Audience, Slide, SlideOverride } from '../validate/topic-schema.js';

/** A column of a two-column slide. */
interface ColumnText {
  heading?: string;
  text?: string;
  items?: string[];
}

/**
 * The text fields of a slide that appear on screen. Both a topic's slide (with an audience's
 * wording applied) and a composed deck slide (SlideModel) have this shape.
 */
export interface SlideText {
  title?: string;
  subtitle?: string;
  text?: string;
  items?: string[];
  message?: string;
  caption?: string;
  columns?: string[];
  rows?: string[][];
  left?: ColumnText;
  right?: ColumnText;
}

/** A topic slide with one audience's wording (its `patient:` or `professional:` block) applied. */
export function wordingFor(slide: Slide, audience: Audience): Slide & SlideOverride {
  return { ...slide, ...(slide[audience] ?? {}) } as Slide & SlideOverride;
}

function columnUnits(c: ColumnText | undefined): string[] {
  return c ? [c.heading, c.text, ...(c.items ?? [])].filter((u): u is string => u !== undefined) : [];
}

/**
 * The slide's on-screen text as plain-text units, one per title, subtitle, lead-in text, bullet
 * item, message, caption, column heading, column text or item, table heading and table cell.
 * Speaker notes, alt text and image credits are not on screen as body text and are left out.
 */
export function onScreenText(slide: SlideText): string[] {
  const units = [
    slide.title,
    slide.subtitle,
    slide.text,
    slide.message,
    ...(slide.items ?? []),
    ...columnUnits(slide.left),
    ...columnUnits(slide.right),
    ...(slide.columns ?? []),
    ...(slide.rows ?? []).flat(),
    slide.caption,
  ];
  return units
    .filter((u): u is string => typeof u === 'string')
    .map(toPlainText)
    .filter((u) => u.length > 0);
}
