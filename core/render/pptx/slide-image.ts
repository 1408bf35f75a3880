/**
 * Image slides (slide-image.hbs): the picture in the room the heading and caption leave, its shape
 * kept, with the slide's alt text as the picture's description (what a screen reader says). SVG
 * files are embedded as SVG, which PowerPoint 2016+ draws as vectors; see svg-fallback.ts for the
 * PNG that older clients show. A diagram (core/render/diagram.ts) is embedded with its labels in the
 * slide's language; its colours stay the file's own (a picture has no theme variables).
 */
import { readFileSync } from 'node:fs';
import { isDiagramFile, localizeLabels } from '../diagram.js';
import { toPlainText } from '../markdown.js';
import { containIn, imageSize } from './image-size.js';
import { textHeight } from './pptx-fit.js';
import { at } from './pptx-masters.js';
import { paragraph, textProps, type Paragraph } from './pptx-text.js';
import { addNotes, addSources, startContentSlide } from './slide-chrome.js';
import type { SlideJob } from './slide-context.js';

export function imageSlide(job: SlideJob): void {
  const { style } = job.ctx;
  const { colors, sizes } = style;
  const { slide, boxes: geo } = startContentSlide(job, 'titleOnly', job.model.title ?? '');
  const captionSize = sizes.body * 0.85;
  const caption: Paragraph[] = [];
  if (job.model.caption || job.model.credit) {
    const text = [job.model.caption, job.model.credit].filter(Boolean).join(' ');
    caption.push(paragraph(text, { sizePx: captionSize, color: colors.muted, align: 'center' }));
  }
  const captionH = caption.length ? textHeight(caption, geo.body.w, sizes.lineHeight) + 12 : 0;
  const area = { ...geo.body, h: geo.body.h - captionH };
  if (job.model.image) {
    const placed = containIn(imageSize(job.model.image), area);
    slide.addImage({
      ...picture(job.model.image, job.model.fallbackLanguage ?? job.ctx.deck.language),
      ...at(placed), // pptxgenjs writes the file path where alt text is empty: never let it.
      altText: job.model.alt || toPlainText(job.model.title ?? 'Image'),
      objectName: 'Picture',
    });
    if (caption.length) {
      slide.addText(textProps(caption, style), {
        ...at({ x: geo.body.x, y: placed.y + placed.h + 12, w: geo.body.w, h: captionH }),
        margin: 0,
        valign: 'top',
        objectName: 'Caption',
      });
    }
  }
  addSources(slide, job);
  addNotes(slide, job);
}

/** The picture to embed: an SVG diagram with its labels in `lang` (as data), any other file by path. */
function picture(file: string, lang: string): { path: string } | { data: string } {
  if (!isDiagramFile(file) || lang === 'en') return { path: file };
  const { svg } = localizeLabels(readFileSync(file, 'utf8'), lang);
  return { data: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}` };
}
