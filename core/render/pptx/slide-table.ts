/**
 * Table slides as real PowerPoint tables (slide-table.hbs): a header row in the heading colour over
 * a rule, the first cell of each row bold (it is a row header in the HTML), every other row striped,
 * the caption under the table. Text is set smaller until the estimated table fits the content box.
 */
import { type BorderProps, type TableRow } from './pptx-lib.js';
import { toPlainText } from '../markdown.js';
import { fitScale, overflowWarning, textHeight } from './pptx-fit.js';
import { at } from './pptx-masters.js';
import { points } from './pptx-style.js';
import { paragraph, textProps, type Paragraph } from './pptx-text.js';
import { addNotes, addSources, startContentSlide } from './slide-chrome.js';
import type { SlideJob } from './slide-context.js';

const PAD_Y = 8;
const PAD_X = 16;
/** When even the smallest text does not fit: tighter cells and lines, as the HTML's .is-dense. */
const DENSE = { padY: 4, lineHeight: 1.2 };

export function tableSlide(job: SlideJob): void {
  const { style } = job.ctx;
  const { colors, sizes } = style;
  const { slide, boxes: geo } = startContentSlide(job, 'titleOnly', job.model.title ?? '');
  const columns = job.model.columns ?? [];
  const rows = job.model.rows ?? [];
  const count = Math.max(columns.length, ...rows.map((r) => r.length), 1);
  const caption = job.model.caption;
  let padY = PAD_Y;
  let lineHeight = sizes.lineHeight;
  const cell = (text: string, size: number, head: boolean, rowHead: boolean): Paragraph =>
    paragraph(text, { sizePx: size, bold: head || rowHead, color: head ? colors.heading : colors.text, lineHeight });
  const widthsAt = (scale: number): number[] => columnWidths([columns, ...rows], count, geo.body.w, sizes.body * scale);
  const captionHeight = (size: number): number =>
    caption ? 10 + textHeight([paragraph(caption, { sizePx: size * 0.85 })], geo.body.w, sizes.lineHeight) : 0;
  // Height of the table (and caption) at a scale: each row as tall as its tallest cell.
  const height = (scale: number): number => {
    const size = sizes.body * scale;
    const widths = widthsAt(scale);
    let h = 0;
    [columns, ...rows].forEach((row, ri) => {
      const cells = Array.from({ length: count }, (_, ci) => cell(row[ci] ?? '', size, ri === 0, ri > 0 && ci === 0));
      h += Math.max(...cells.map((c, ci) => textHeight([c], widths[ci]! - 2 * PAD_X, lineHeight))) + 2 * padY + 2;
    });
    return h + captionHeight(size);
  };
  let fit = fitScale(height, geo.body.h, sizes.body, style.minBodyPx);
  if (!fit.fits) {
    padY = DENSE.padY;
    lineHeight = Math.min(lineHeight, DENSE.lineHeight);
    fit = fitScale(height, geo.body.h, sizes.body, style.minBodyPx);
  }
  if (!fit.fits) job.ctx.warnings.push(overflowWarning(job.model, job.index, 'table', fit, geo.body));
  const size = sizes.body * fit.scale;
  const widths = widthsAt(fit.scale);
  const rule = (color: string, px: number): BorderProps => ({ type: 'solid', color, pt: points(px) });
  const none: BorderProps = { type: 'none' };
  const margin: [number, number, number, number] = [points(padY), points(PAD_X), points(padY), points(PAD_X)];
  const header: TableRow = columns.map((c) => ({
    text: textProps([cell(c, size, true, false)], style),
    options: { border: [none, none, rule(colors.tableRule, 3), none], margin, valign: 'top' },
  }));
  const body: TableRow[] = rows.map((row, ri) =>
    Array.from({ length: count }, (_, ci) => ({
      text: textProps([cell(row[ci] ?? '', size, false, ci === 0)], style),
      options: {
        border: [none, none, rule(colors.tableStripe, 2), none],
        margin,
        valign: 'top',
        ...(ri % 2 === 1 ? { fill: { color: colors.tableStripe } } : {}),
      },
    })),
  );
  slide.addTable([...(columns.length ? [header] : []), ...body], {
    ...at({ x: geo.body.x, y: geo.body.y, w: geo.body.w, h: 0 }),
    h: undefined,
    colW: widths.map((w) => Math.round((w / 96) * 1000) / 1000),
    fontFace: style.fontFace,
    fontSize: points(size),
    color: colors.text,
    objectName: 'Table',
  });
  if (caption) {
    const tableH = height(fit.scale) - captionHeight(size);
    const y = Math.min(geo.body.y + tableH + 10, geo.body.y + geo.body.h - size * 0.85 * sizes.lineHeight);
    slide.addText(textProps([paragraph(caption, { sizePx: size * 0.85, color: colors.muted })], style), {
      ...at({ x: geo.body.x, y, w: geo.body.w, h: size * 0.85 * sizes.lineHeight * 2 }),
      margin: 0,
      valign: 'top',
      objectName: 'Caption',
    });
  }
  addSources(slide, job);
  addNotes(slide, job);
}

/**
 * Column widths in px the way a browser lays out an auto table: each column gets at least its
 * longest word, columns whose text fits on one line get all of it, and the room left is shared in
 * proportion to what the others would need on one line.
 */
export function columnWidths(rows: readonly (readonly string[])[], count: number, totalW: number, sizePx: number): number[] {
  const plain = (t: string): string => toPlainText(t);
  // Generous for the longest word (bold capitals in a substituted font are wide), plain for the rest.
  const chars = (n: number, em = 0.6): number => n * em * sizePx + 2 * PAD_X;
  const min = Array.from({ length: count }, (_, ci) =>
    chars(
      Math.max(
        1,
        ...rows.map((r) =>
          Math.max(
            0,
            ...plain(r[ci] ?? '')
              .split(/\s+/)
              .map((w) => w.length),
          ),
        ),
      ),
      0.74,
    ),
  );
  const want = Array.from({ length: count }, (_, ci) =>
    Math.max(min[ci]!, chars(Math.max(1, ...rows.map((r) => plain(r[ci] ?? '').length)))),
  );
  const sumMin = min.reduce((a, b) => a + b, 0);
  const sumWant = want.reduce((a, b) => a + b, 0);
  if (sumWant <= totalW) return want.map((w) => (w / sumWant) * totalW);
  if (sumMin >= totalW) return min.map((w) => (w / sumMin) * totalW);
  const share = (totalW - sumMin) / (sumWant - sumMin);
  return min.map((m, i) => m + (want[i]! - m) * share);
}
