/**
 * The deck as an editable PowerPoint file: one PPTX slide per deck slide, every word in a native
 * text box, placeholder or table, on slide masters that carry the branding and slide number.
 * Returns the file's bytes; writing it to disk is the caller's job.
 */
import { PptxGenJS } from './pptx-lib.js';
import { existsSync } from 'node:fs';
import { error, type Diagnostic } from '../../errors.js';
import type { DeckModel, SlideModel } from '../../model/deck-model.js';
import { fail, ok, type Result } from '../../result.js';
import { toPlainText } from '../markdown.js';
import type { Theme } from '../themes.js';
import { imageSize } from './image-size.js';
import { slideGeometry } from './pptx-geometry.js';
import { defineMasters } from './pptx-masters.js';
import { repairPptx } from './pptx-repair.js';
import { pptxStyle } from './pptx-style.js';
import type { SvgRasterizer } from './svg-fallback.js';
import type { PptxContext, SlideJob } from './slide-context.js';
import { calloutSlide } from './slide-callout.js';
import { imageSlide } from './slide-image.js';
import { tableSlide } from './slide-table.js';
import { bulletsSlide, referencesSlide, sectionSlide, titleSlide, twoColumnSlide } from './slide-text.js';

/** Options for {@link renderPptx}. */
export interface PptxOptions {
  /** The deck's theme (loadTheme(deck.theme, deck.root)): palette, type sizes, font. */
  theme: Theme;
  /** Font named in the file. @default the theme's first font family (Atkinson Hyperlegible); PowerPoint substitutes when it is not installed. */
  fontFace?: string;
  /**
   * Draws SVG images as PNG for the fallback picture PowerPoint 2013 and older show (PowerPoint
   * 2016+ and LibreOffice draw the SVG). Without it the fallback is pptxgenjs' "broken
   * image" placeholder. The PDF engine's Chromium can do it: screenshot the SVG at `size`.
   */
  rasterizeSvg?: SvgRasterizer;
}

/** A written PPTX and what the writer noticed (text that would overflow its box). */
export interface RenderedPptx {
  data: Uint8Array;
  warnings: Diagnostic[];
}

const BUILDERS: Record<SlideModel['layout'], (job: SlideJob) => void> = {
  title: titleSlide,
  section: sectionSlide,
  bullets: bulletsSlide,
  questions: bulletsSlide,
  'two-column': twoColumnSlide,
  references: referencesSlide,
  table: tableSlide,
  callout: calloutSlide,
  image: imageSlide,
};

/**
 * Write a composed deck as a .pptx. Fails with ASSET errors (at the slide's file and line) when an
 * image or the logo cannot be read; overflowing text comes back as QUALITY warnings.
 */
export async function renderPptx(deck: DeckModel, options: PptxOptions): Promise<Result<RenderedPptx>> {
  const missing = missingImages(deck);
  if (missing.length) return fail(missing);
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'ImmunoDeck', width: deck.width / 96, height: deck.height / 96 });
  pptx.layout = 'ImmunoDeck';
  pptx.title = toPlainText(deck.title);
  // pptxgenjs would otherwise name itself as author and company.
  pptx.author = deck.presenter ?? deck.institution ?? 'ImmunoDeck';
  pptx.company = deck.institution ?? '';
  pptx.subject = deck.description ?? (deck.subtitle ? toPlainText(deck.subtitle) : 'Immunotherapy education');
  const style = pptxStyle(options.theme, deck.branding, options.fontFace, deck.language);
  pptx.theme = { headFontFace: style.fontFace, bodyFontFace: style.fontFace };
  const geo = slideGeometry(deck.width, deck.height, style.sizes);
  defineMasters(pptx, deck, style, geo, deck.branding.logo ? imageSize(deck.branding.logo) : undefined);
  const ctx: PptxContext = { pptx, deck, style, geo, warnings: [] };
  try {
    deck.slides.forEach((model, index) => BUILDERS[model.layout]({ ctx, model, index }));
    const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
    const c = style.colors;
    const colorScheme = {
      name: `ImmunoDeck ${options.theme.label}`,
      dk1: c.text,
      lt1: c.background,
      dk2: c.heading,
      lt2: c.sectionBg,
      accent1: c.heading,
      accent2: c.accent,
      accent3: c.callout.info.border,
      accent4: c.callout.important.border,
      accent5: c.callout.urgent.border,
      accent6: c.muted,
      hlink: c.link,
      folHlink: c.link,
    };
    const data = await repairPptx(written, { bulletColor: c.accent, colorScheme, rasterizeSvg: options.rasterizeSvg });
    return ok({ data, warnings: ctx.warnings }, ctx.warnings);
  } catch (e) {
    return fail([error('EXPORT', `could not write the PowerPoint file: ${(e as Error).message}`)]);
  }
}

function missingImages(deck: DeckModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (deck.branding.logo && !existsSync(deck.branding.logo)) out.push(error('ASSET', `could not read the logo ${deck.branding.logo}`));
  for (const s of deck.slides) {
    if (s.image && !existsSync(s.image)) out.push(error('ASSET', `could not read the image ${s.image}`, s.source));
  }
  return out;
}
