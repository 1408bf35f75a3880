/**
 * What every slide carries besides its content, as in templates/partials/slide-chrome.hbs: the
 * heading (in the master's title placeholder, set smaller when it would wrap), the "Sources: [n]"
 * line, and the speaker notes.
 */
import { type Slide } from './pptx-lib.js';
import { toPlainText } from '../markdown.js';
import { fitParagraphs, overflowWarning } from './pptx-fit.js';
import type { ContentBoxes, Rect } from './pptx-geometry.js';
import { at, MASTER, PH } from './pptx-masters.js';
import { points } from './pptx-style.js';
import { paragraph, textProps } from './pptx-text.js';
import type { SlideJob } from './slide-context.js';

/** Line height of headings (deck.css: h1–h3 line-height 1.15). */
export const TITLE_LINE_HEIGHT = 1.15;

/** Put `markdown` in the title placeholder; a heading too long for its box is set smaller (down to 70 %). */
export function addTitle(slide: Slide, job: SlideJob, markdown: string, box: Rect, sizePx: number): void {
  const { style } = job.ctx;
  const build = (scale: number) => [
    paragraph(markdown, { sizePx: sizePx * scale, color: style.colors.heading, bold: true, lineHeight: TITLE_LINE_HEIGHT }),
  ];
  const fit = fitParagraphs(build, box, TITLE_LINE_HEIGHT, sizePx, sizePx * 0.7);
  if (!fit.fits) job.ctx.warnings.push(overflowWarning(job.model, job.index, 'heading', fit, box));
  slide.addText(textProps(build(fit.scale), style), { placeholder: PH.title, fit: 'shrink' });
}

/** The kinds of content master. */
export type ContentKind = 'content' | 'twoColumn' | 'titleOnly';

/**
 * Start a content slide: a heading that fits one line (at no less than 85 % of the heading size)
 * gets the one-line master; a longer one the two-line master, whose content starts lower, as the
 * HTML pushes content down under a wrapped heading. Returns the slide and its boxes.
 */
export function startContentSlide(job: SlideJob, kind: ContentKind, title: string): { slide: Slide; boxes: ContentBoxes } {
  const { pptx, style, geo } = job.ctx;
  const size = style.sizes.heading;
  const oneLine = fitParagraphs(
    (scale) => [paragraph(title, { sizePx: size * scale, bold: true, lineHeight: TITLE_LINE_HEIGHT })],
    geo.title,
    TITLE_LINE_HEIGHT,
    size,
    size * 0.85,
  ).fits;
  const boxes: ContentBoxes = oneLine ? geo : geo.long;
  const masterName = oneLine ? MASTER[kind] : MASTER[`${kind}Long`];
  const slide = pptx.addSlide({ masterName });
  addTitle(slide, job, title, boxes.title, size);
  return { slide, boxes };
}

/** The "Sources: [1] [2]" line of a slide that cites references. */
export function addSources(slide: Slide, job: SlideJob): void {
  const { citations } = job.model;
  if (!citations.length) return;
  const { style, geo } = job.ctx;
  slide.addText(`Sources: ${citations.map((n) => `[${n}]`).join(' ')}`, {
    ...at(geo.sources),
    fontFace: style.fontFace,
    fontSize: points(style.sizes.small),
    color: style.colors.muted,
    margin: 0,
    valign: 'bottom',
    objectName: 'Sources',
  });
}

/** Speaker notes as plain text: paragraphs kept, list items as "• item", inline Markdown reduced to text. */
export function notesText(markdown: string): string {
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => {
          const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
          return item ? `• ${toPlainText(item[1]!)}` : toPlainText(line);
        })
        .join('\n'),
    )
    .join('\n\n');
}

/** Add the slide's speaker notes, if any. */
export function addNotes(slide: Slide, job: SlideJob): void {
  if (job.model.notes) slide.addNotes(notesText(job.model.notes));
}
