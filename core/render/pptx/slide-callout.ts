/**
 * Callout slides (slide-callout.hbs): the key message in a filled box with a thick left border in
 * the tone's colours (info, important, urgent; urgent draws a double border, so it is not told by
 * colour alone). The box is one editable shape holding the message and its items.
 */
import { fitScale, overflowWarning, textHeight } from './pptx-fit.js';
import { at } from './pptx-masters.js';
import { points } from './pptx-style.js';
import { paragraph, textProps, type Paragraph } from './pptx-text.js';
import { addNotes, addSources, startContentSlide } from './slide-chrome.js';
import type { SlideJob } from './slide-context.js';

const PAD_Y = 28;
const PAD_X = 36;

export function calloutSlide(job: SlideJob): void {
  const { style } = job.ctx;
  const { colors, sizes } = style;
  const { slide, boxes: geo } = startContentSlide(job, 'titleOnly', job.model.title ?? '');
  const tone = job.model.tone ?? 'info';
  const { fill, border } = colors.callout[tone];
  const borderW = tone === 'urgent' ? 22 : 14;
  const innerW = geo.body.w - borderW - 2 * PAD_X;
  const build = (scale: number): Paragraph[] => {
    const size = sizes.body * scale;
    const out = [paragraph(job.model.message ?? '', { sizePx: size * 1.15, bold: true, spaceAfterPx: size * 0.6 })];
    for (const item of job.model.items ?? []) out.push(paragraph(item, { sizePx: size, bullet: 'bullet', spaceAfterPx: size * 0.45 }));
    return out;
  };
  const measure = (scale: number): number => textHeight(build(scale), innerW, sizes.lineHeight) + 2 * PAD_Y;
  const fit = fitScale(measure, geo.body.h, sizes.body, style.minBodyPx);
  if (!fit.fits) job.ctx.warnings.push(overflowWarning(job.model, job.index, 'callout', fit, geo.body));
  const boxH = Math.min(geo.body.h, fit.height + 8);
  const box = { x: geo.body.x, y: geo.body.y, w: geo.body.w, h: boxH };
  slide.addText(textProps(build(fit.scale), style), {
    ...at(box),
    shape: 'rect',
    fill: { color: fill },
    line: { type: 'none' },
    // Text box margins are [left, right, bottom, top] in points.
    margin: [points(borderW + PAD_X), points(PAD_X), points(PAD_Y), points(PAD_Y)],
    valign: 'top',
    objectName: `Callout (${tone})`,
  });
  const bar = (x: number, w: number): void => {
    slide.addShape('rect', {
      ...at({ x, y: box.y, w, h: box.h }),
      fill: { color: border },
      line: { type: 'none' },
      objectName: 'Callout border',
    });
  };
  if (tone === 'urgent') {
    bar(box.x, 8);
    bar(box.x + 14, 8);
  } else {
    bar(box.x, borderW);
  }
  addSources(slide, job);
  addNotes(slide, job);
}
