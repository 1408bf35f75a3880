/**
 * Paragraphs of inline runs → pptxgenjs text props. A paragraph's properties (bullet, level,
 * spacing) ride on its first run only, as pptxgenjs starts a new paragraph at every run that carries a
 * bullet; alignment rides on every run, as it starts one wherever alignment changes.
 */
import { type TextProps, type TextPropsOptions } from './pptx-lib.js';
import { inlineRuns, type InlineRun } from './inline-runs.js';
import { points, type PptxStyle } from './pptx-style.js';

/** One paragraph to write. Sizes in CSS px. */
export interface Paragraph {
  runs: InlineRun[];
  /** A bullet ('•'), a number, or none. */
  bullet?: 'bullet' | 'number';
  /** Number of the first item of a numbered list (on the list's first paragraph). */
  numberStartAt?: number;
  /** 0-based list level. */
  level?: number;
  sizePx: number;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  /** Space after the paragraph, px. */
  spaceAfterPx?: number;
  align?: 'left' | 'center' | 'right';
  /** Line height as a multiple of the size. @default the theme's line height */
  lineHeight?: number;
}

/** A paragraph from inline Markdown. */
export function paragraph(markdown: string, props: Omit<Paragraph, 'runs'>): Paragraph {
  return { runs: inlineRuns(markdown), ...props };
}

/** Indent of one list level, px (the HTML's padding-left: 1.1em at body size). */
export function bulletIndentPx(sizePx: number): number {
  return Math.round(sizePx * 1.1);
}

/** Paragraphs → the text array pptxgenjs' addText takes. */
export function textProps(paragraphs: readonly Paragraph[], style: PptxStyle): TextProps[] {
  const out: TextProps[] = [];
  paragraphs.forEach((p, pi) => {
    const runs = p.runs.length ? p.runs : [{ text: '' }];
    runs.forEach((r, ri) => {
      const options: TextPropsOptions = {
        fontFace: r.code ? 'Courier New' : style.fontFace,
        fontSize: points(p.sizePx),
        color: r.link ? style.colors.link : (p.color ?? style.colors.text),
      };
      if (style.lang) options.lang = style.lang;
      if (r.bold || p.bold) options.bold = true;
      if (r.italic || p.italic) options.italic = true;
      if (r.strike) options.strike = 'sngStrike';
      if (r.link) options.hyperlink = { url: r.link };
      if (r.lineBreak) options.softBreakBefore = true;
      // On every run: pptxgenjs starts a new paragraph where a run's alignment differs from the one before.
      options.align = p.align ?? 'left';
      if (ri === 0) {
        if (p.bullet === 'number') {
          options.bullet = {
            type: 'number',
            indent: points(bulletIndentPx(p.sizePx)),
            ...(p.numberStartAt ? { numberStartAt: p.numberStartAt } : {}),
          };
        } else if (p.bullet === 'bullet') {
          options.bullet = { indent: points(bulletIndentPx(p.sizePx)) };
        }
        if (p.level) options.indentLevel = p.level;
        if (p.spaceAfterPx) options.paraSpaceAfter = points(p.spaceAfterPx);
        // Exact line spacing (not a percentage of the font's own line gap), so PowerPoint, LibreOffice
        // and the fit estimate agree whatever font is substituted.
        options.lineSpacing = points(p.sizePx * (p.lineHeight ?? style.sizes.lineHeight));
      }
      if (ri === runs.length - 1 && pi < paragraphs.length - 1) options.breakLine = true;
      out.push({ text: r.lineBreak ? '' : r.text, options });
    });
  });
  return out;
}
