/**
 * Where things sit on a PPTX slide, in CSS px of the deck's slide (1280×720 or 1024×768), following
 * templates/deck.css: the content box inside the theme's padding, the sources line and footer below
 * it, the slide number left of where reveal.js draws its arrows.
 */
import type { PptxSizes } from './pptx-style.js';

/** A rectangle in px. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The boxes of a content slide: heading, content under it, and the two columns. */
export interface ContentBoxes {
  title: Rect;
  body: Rect;
  left: Rect;
  right: Rect;
}

/** The boxes of every master and slide kind. */
export interface SlideGeometry {
  width: number;
  height: number;
  /** Content slide whose heading takes one line. */
  title: Rect;
  body: Rect;
  left: Rect;
  right: Rect;
  /** Content slide whose heading takes two lines (as the HTML wraps it, pushing the content down). */
  long: ContentBoxes;
  titleSlide: { logo: Rect; title: Rect; subtitle: Rect };
  section: { title: Rect; subtitle: Rect; barWidth: number; barGap: number };
  sources: Rect;
  footer: Rect;
  footerLogo: Rect;
  slideNumber: Rect;
}

/** Geometry of a `width`×`height` px slide with the theme's sizes. */
export function slideGeometry(width: number, height: number, s: PptxSizes): SlideGeometry {
  const contentW = width - 2 * s.padX;
  const colW = (contentW - s.columnGap) / 2;
  const boxes = (lines: number): ContentBoxes => {
    const titleH = Math.round(s.heading * 1.15 * lines + 6);
    const bodyY = s.padTop + titleH + Math.round(s.heading * 0.4);
    const body = { x: s.padX, y: bodyY, w: contentW, h: height - s.padBottom - bodyY };
    return {
      title: { x: s.padX, y: s.padTop, w: contentW, h: titleH },
      body,
      left: { ...body, w: colW },
      right: { ...body, x: s.padX + colW + s.columnGap, w: colW },
    };
  };
  // Title and section headings get two lines at title size; the title slide has room for three.
  const bigTitleH = Math.round(s.title * 1.15 * 2 + 8);
  const titleSlideH = Math.round(s.title * 1.15 * 3 + 8);
  const logo = { x: s.padX, y: s.padTop, w: 400, h: 120 };
  const titleY = logo.y + logo.h + 28;
  const subtitleY = titleY + titleSlideH + 12;
  const sectionTitleY = Math.round(height / 2 - bigTitleH + s.title * 0.3);
  const barWidth = 12;
  const barGap = 28;
  const chromeW = width - s.padX - 260;
  const smallLine = Math.round(s.small * 1.3);
  return {
    width,
    height,
    ...boxes(1),
    long: boxes(2),
    titleSlide: {
      logo,
      title: { x: s.padX, y: titleY, w: contentW, h: titleSlideH },
      subtitle: { x: s.padX, y: subtitleY, w: contentW, h: height - s.padBottom - subtitleY },
    },
    section: {
      title: { x: s.padX + barWidth + barGap, y: sectionTitleY, w: contentW - barWidth - barGap, h: bigTitleH },
      subtitle: {
        x: s.padX + barWidth + barGap,
        y: sectionTitleY + bigTitleH + 16,
        w: contentW - barWidth - barGap,
        h: Math.round(s.body * 1.2 * 1.35 * 3),
      },
      barWidth,
      barGap,
    },
    sources: { x: s.padX, y: height - 58 - smallLine, w: chromeW, h: smallLine },
    footer: { x: s.padX, y: height - 16 - 36, w: chromeW, h: 36 },
    footerLogo: { x: s.padX, y: height - 16 - 35, w: 160, h: 34 },
    slideNumber: { x: width - 150 - 120, y: height - 22 - Math.round(s.small * 1.2), w: 120, h: Math.round(s.small * 1.2) },
  };
}
