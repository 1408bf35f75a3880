/**
 * Text slides: title, section, bullets, questions, two columns and references. All text goes into
 * the master's placeholders, so it is editable in place and listed in PowerPoint's outline.
 */
import { type Slide } from './pptx-lib.js';
import type { ColumnModel, DeckReference } from '../../model/deck-model.js';
import { inlineRuns, type InlineRun } from './inline-runs.js';
import { containIn, imageSize } from './image-size.js';
import { fitParagraphs, overflowWarning, paragraphLines } from './pptx-fit.js';
import type { Rect } from './pptx-geometry.js';
import { at, logoAlt, MASTER, PH } from './pptx-masters.js';
import { paragraph, textProps, type Paragraph } from './pptx-text.js';
import { addNotes, addSources, addTitle, startContentSlide } from './slide-chrome.js';
import type { SlideJob } from './slide-context.js';

/** Fit body paragraphs into a box (down to the theme's smallest body size), warn if they still overflow, add them to a placeholder. */
function addBody(job: SlideJob, slide: Slide, build: (scale: number) => Paragraph[], box: Rect, placeholder: string, what: string): void {
  const { style } = job.ctx;
  const fit = fitParagraphs(build, box, style.sizes.lineHeight, style.sizes.body, style.minBodyPx);
  if (!fit.fits) job.ctx.warnings.push(overflowWarning(job.model, job.index, what, fit, box));
  placeText(job, slide, build(fit.scale), placeholder);
}

/** Paragraphs into a placeholder, at the theme's line height. */
function placeText(job: SlideJob, slide: Slide, paragraphs: Paragraph[], placeholder: string): void {
  const { style } = job.ctx;
  if (paragraphs.length) slide.addText(textProps(paragraphs, style), { placeholder });
}

/** Title slide: logo, big heading, subtitle and byline (templates/partials/slide-title.hbs). */
export function titleSlide(job: SlideJob): void {
  const { pptx, deck, style, geo } = job.ctx;
  const slide = pptx.addSlide({ masterName: MASTER.title });
  if (deck.branding.logo) {
    const placed = containIn(imageSize(deck.branding.logo), geo.titleSlide.logo);
    slide.addImage({ path: deck.branding.logo, ...at({ ...placed, x: geo.titleSlide.logo.x }), altText: logoAlt(deck) });
  }
  addTitle(slide, job, job.model.title ?? deck.title, geo.titleSlide.title, style.sizes.title);
  const build = (scale: number): Paragraph[] => {
    const body = style.sizes.body * scale;
    const out: Paragraph[] = [];
    if (job.model.subtitle)
      out.push(paragraph(job.model.subtitle, { sizePx: body * 1.2, color: style.colors.accent, spaceAfterPx: body * 0.8 }));
    if (job.model.text) out.push(paragraph(job.model.text, { sizePx: body * 0.9, color: style.colors.muted }));
    return out;
  };
  addBody(job, slide, build, geo.titleSlide.subtitle, PH.body, 'subtitle');
  addSources(slide, job);
  addNotes(slide, job);
}

/** Section divider: tinted background, accent bar beside the heading (templates/partials/slide-section.hbs). */
export function sectionSlide(job: SlideJob): void {
  const { pptx, style, geo } = job.ctx;
  const slide = pptx.addSlide({ masterName: MASTER.section });
  const title = job.model.title ?? '';
  addTitle(slide, job, title, geo.section.title, style.sizes.title);
  // The bar spans the heading's lines; the heading sits at the bottom of its box.
  const lineH = style.sizes.title * 1.15;
  const lines = Math.min(2, paragraphLines(paragraph(title, { sizePx: style.sizes.title, bold: true }), geo.section.title.w));
  const box = geo.section.title;
  slide.addShape('rect', {
    ...at({
      x: box.x - geo.section.barGap - geo.section.barWidth,
      y: box.y + box.h - lines * lineH,
      w: geo.section.barWidth,
      h: lines * lineH,
    }),
    fill: { color: style.colors.accent },
    line: { type: 'none' },
    objectName: 'Accent bar',
  });
  if (job.model.subtitle) {
    const subtitle = job.model.subtitle;
    addBody(
      job,
      slide,
      (s) => [paragraph(subtitle, { sizePx: style.sizes.body * 1.2 * s, color: style.colors.accent })],
      geo.section.subtitle,
      PH.body,
      'subtitle',
    );
  }
  addSources(slide, job);
  addNotes(slide, job);
}

/** Bullets and questions: a lead-in line and a bulleted list (slide-bullets.hbs, slide-questions.hbs). */
export function bulletsSlide(job: SlideJob): void {
  const { style } = job.ctx;
  const { slide, boxes: geo } = startContentSlide(job, 'content', job.model.title ?? '');
  const build = (scale: number): Paragraph[] => {
    const size = style.sizes.body * scale;
    const out: Paragraph[] = [];
    if (job.model.text) out.push(paragraph(job.model.text, { sizePx: size, spaceAfterPx: size * 0.6 }));
    for (const item of job.model.items ?? []) out.push(paragraph(item, { sizePx: size, bullet: 'bullet', spaceAfterPx: size * 0.45 }));
    return out;
  };
  addBody(job, slide, build, geo.body, PH.body, 'list');
  addSources(slide, job);
  addNotes(slide, job);
}

function columnParagraphs(column: ColumnModel | undefined, size: number, job: SlideJob): Paragraph[] {
  if (!column) return [];
  const { colors } = job.ctx.style;
  const out: Paragraph[] = [];
  if (column.heading)
    out.push(paragraph(column.heading, { sizePx: size * 1.05, bold: true, color: colors.heading, spaceAfterPx: size * 0.3 }));
  if (column.text) out.push(paragraph(column.text, { sizePx: size, spaceAfterPx: size * 0.6 }));
  for (const item of column.items ?? []) out.push(paragraph(item, { sizePx: size, bullet: 'bullet', spaceAfterPx: size * 0.45 }));
  return out;
}

/** Two columns, each with a heading, text and items (slide-two-column.hbs); both columns share one text size. */
export function twoColumnSlide(job: SlideJob): void {
  const { style } = job.ctx;
  const { slide, boxes: geo } = startContentSlide(job, 'twoColumn', job.model.title ?? '');
  const left = (s: number) => columnParagraphs(job.model.left, style.sizes.body * s, job);
  const right = (s: number) => columnParagraphs(job.model.right, style.sizes.body * s, job);
  const fitL = fitParagraphs(left, geo.left, style.sizes.lineHeight, style.sizes.body, style.minBodyPx);
  const fitR = fitParagraphs(right, geo.right, style.sizes.lineHeight, style.sizes.body, style.minBodyPx);
  if (!fitL.fits) job.ctx.warnings.push(overflowWarning(job.model, job.index, 'left column', fitL, geo.left));
  if (!fitR.fits) job.ctx.warnings.push(overflowWarning(job.model, job.index, 'right column', fitR, geo.right));
  const scale = Math.min(fitL.scale, fitR.scale);
  placeText(job, slide, left(scale), PH.left);
  placeText(job, slide, right(scale), PH.right);
  addSources(slide, job);
  addNotes(slide, job);
}

/** One reference as runs: text, doi link, PMID, URL, accessed date (slide-references.hbs). */
export function referenceRuns(r: DeckReference): InlineRun[] {
  const runs = inlineRuns(r.text);
  if (r.doi) runs.push({ text: ' doi:' }, { text: r.doi, link: `https://doi.org/${r.doi}` });
  if (r.pmid) runs.push({ text: ` PMID: ${r.pmid}` });
  if (r.url) runs.push({ text: ' ' }, { text: r.url, link: r.url });
  if (r.accessed) runs.push({ text: ` (accessed ${r.accessed})` });
  return runs;
}

/** A numbered list of references at 0.7 of the body size. */
export function referencesSlide(job: SlideJob): void {
  const { style } = job.ctx;
  const { slide, boxes: geo } = startContentSlide(job, 'content', job.model.title ?? 'References');
  const refs = job.model.references ?? [];
  const consecutive = refs.every((r, i) => r.n === (refs[0]?.n ?? 1) + i);
  const build = (scale: number): Paragraph[] => {
    const size = style.sizes.body * 0.7 * scale;
    return refs.map((r) =>
      consecutive
        ? { runs: referenceRuns(r), sizePx: size, bullet: 'number', numberStartAt: refs[0]?.n ?? 1, spaceAfterPx: size * 0.4 }
        : { runs: [{ text: `${r.n}. ` }, ...referenceRuns(r)], sizePx: size, spaceAfterPx: size * 0.4 },
    );
  };
  // References are small print: let them go to 0.7 of the theme's smallest body size.
  const fit = fitParagraphs(build, geo.body, style.sizes.lineHeight, style.sizes.body * 0.7, style.minBodyPx * 0.7);
  if (!fit.fits) job.ctx.warnings.push(overflowWarning(job.model, job.index, 'reference list', fit, geo.body));
  placeText(job, slide, build(fit.scale), PH.body);
  addSources(slide, job);
  addNotes(slide, job);
}
