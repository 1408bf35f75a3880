import { HANDOUT_LAYOUTS, PAPERS, type HandoutLayout as SlidesPerPage, type Paper } from '../options.js';

/** CSS pixels per inch. */
export const PX_PER_IN = 96;

/** Slides per handout page, or `notes`: one slide above its speaker notes. */
export type PrintLayout = SlidesPerPage | 'notes';

/** Where everything goes on a handout page, in CSS px. */
export interface HandoutGeometry {
  paper: Paper;
  layout: PrintLayout;
  pageWidth: number;
  pageHeight: number;
  /** Page margins: header and footer bands sit inside them, slides between. */
  marginX: number;
  marginY: number;
  /** Height of the header band and of the footer band. */
  bandHeight: number;
  /** Grid of items on a page. */
  cols: number;
  rows: number;
  gap: number;
  /** A slide thumbnail's size and the factor that shrinks the slide to it. */
  thumbWidth: number;
  thumbHeight: number;
  scale: number;
  /** Ruled lines beside each slide (3 per page) or under slides without notes (notes pages). */
  lineCount: number;
  /** Slides per page. */
  perPage: number;
}

interface LayoutSpec {
  cols: number;
  rows: number;
  /** Share of the cell's width a slide may take (the rest holds the ruled lines). */
  share: number;
  /** Share of the content height the slide may take (1-up and notes pages keep room below). */
  heightShare: number;
  /** Space between slides, and the side margins: tighter for 4 and 6 per page, so slides are larger. */
  gap: number;
  marginX: number;
  /** The sheet turned sideways: two wide slides side by side are limited by the paper's width. */
  landscape?: boolean;
}

/*
 * Slides as large as the page allows: 1 and 2 per page use the full width; 3 per page keeps a
 * third of the width for the patient's own notes; 4 and 6 per page use tight gaps and margins.
 * 4 per page prints landscape: on a portrait sheet two 16:9 slides side by side were as wide as the
 * paper allowed and left a third of the page's height as white rows; sideways they are a third larger.
 */
const SPECS: Record<string, LayoutSpec> = {
  '1': { cols: 1, rows: 1, share: 1, heightShare: 0.6, gap: 20, marginX: 40 },
  '2': { cols: 1, rows: 2, share: 1, heightShare: 1, gap: 20, marginX: 40 },
  '3': { cols: 1, rows: 3, share: 0.7, heightShare: 1, gap: 20, marginX: 40 },
  '4': { cols: 2, rows: 2, share: 1, heightShare: 1, gap: 12, marginX: 28, landscape: true },
  '6': { cols: 2, rows: 3, share: 1, heightShare: 1, gap: 12, marginX: 28 },
  notes: { cols: 1, rows: 1, share: 0.8, heightShare: 0.42, gap: 20, marginX: 40 },
};

/** Spacing of ruled lines, in CSS px (about 7 mm, as on ruled paper). */
export const LINE_SPACING = 28;
const MARGIN_Y = 32;
const BAND = 36;

/** Lay out a handout page of `paper` for slides of `slideWidth`×`slideHeight` CSS px. */
export function handoutGeometry(layout: PrintLayout, paper: Paper, slideWidth: number, slideHeight: number): HandoutGeometry {
  const spec = SPECS[String(layout)]!;
  const { gap, marginX } = spec;
  const { widthIn, heightIn } = PAPERS[paper];
  const pageWidth = (spec.landscape ? heightIn : widthIn) * PX_PER_IN;
  const pageHeight = (spec.landscape ? widthIn : heightIn) * PX_PER_IN;
  const contentWidth = pageWidth - 2 * marginX;
  // The slides' area has half a gap of padding above and below (templates/handout.css .page-body).
  const contentHeight = pageHeight - 2 * (MARGIN_Y + BAND) - gap;
  const cellWidth = (contentWidth - (spec.cols - 1) * gap) / spec.cols;
  const cellHeight = (contentHeight * spec.heightShare - (spec.rows - 1) * gap) / spec.rows;
  const ratio = slideHeight / slideWidth;
  const thumbWidth = Math.floor(Math.min(cellWidth * spec.share, cellHeight / ratio));
  const thumbHeight = thumbWidth * ratio;
  const below = layout === 'notes' || layout === 1;
  const linesHeight = below ? contentHeight - thumbHeight - gap : cellHeight;
  return {
    paper,
    layout,
    pageWidth,
    pageHeight,
    marginX,
    marginY: MARGIN_Y,
    bandHeight: BAND,
    cols: spec.cols,
    rows: spec.rows,
    gap,
    thumbWidth,
    thumbHeight,
    scale: thumbWidth / slideWidth,
    lineCount: layout === 3 || below ? Math.floor(linesHeight / LINE_SPACING) : 0,
    perPage: spec.cols * spec.rows,
  };
}

/** CSS px of slide text → printed points on a handout with this geometry. */
export function printedPt(slidePx: number, g: Pick<HandoutGeometry, 'scale'>): number {
  return (slidePx * g.scale * 72) / PX_PER_IN;
}

/** Every print layout: the handout layouts, then notes pages. */
export const PRINT_LAYOUTS: readonly PrintLayout[] = [...HANDOUT_LAYOUTS, 'notes'];
