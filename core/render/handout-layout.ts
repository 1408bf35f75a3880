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
  /** Share of the content height the slide may take. */
  heightShare: number;
}

const SPECS: Record<string, LayoutSpec> = {
  '1': { cols: 1, rows: 1, share: 1, heightShare: 1 },
  '2': { cols: 1, rows: 2, share: 1, heightShare: 1 },
  '3': { cols: 1, rows: 3, share: 0.55, heightShare: 1 },
  '4': { cols: 2, rows: 2, share: 1, heightShare: 1 },
  '6': { cols: 2, rows: 3, share: 1, heightShare: 1 },
  notes: { cols: 1, rows: 1, share: 0.8, heightShare: 0.45 },
};

/** Spacing of ruled lines, in CSS px (about 7 mm, as on ruled paper). */
export const LINE_SPACING = 28;
const MARGIN_X = 48;
const MARGIN_Y = 36;
const BAND = 40;
const GAP = 24;

/** Lay out a handout page of `paper` for slides of `slideWidth`×`slideHeight` CSS px. */
export function handoutGeometry(layout: PrintLayout, paper: Paper, slideWidth: number, slideHeight: number): HandoutGeometry {
  const spec = SPECS[String(layout)]!;
  const pageWidth = PAPERS[paper].widthIn * PX_PER_IN;
  const pageHeight = PAPERS[paper].heightIn * PX_PER_IN;
  const contentWidth = pageWidth - 2 * MARGIN_X;
  // The slides' area has half a gap of padding above and below (templates/handout.css .page-body).
  const contentHeight = pageHeight - 2 * (MARGIN_Y + BAND) - GAP;
  const cellWidth = (contentWidth - (spec.cols - 1) * GAP) / spec.cols;
  const cellHeight = (contentHeight * spec.heightShare - (spec.rows - 1) * GAP) / spec.rows;
  const ratio = slideHeight / slideWidth;
  const thumbWidth = Math.floor(Math.min(cellWidth * spec.share, cellHeight / ratio));
  const thumbHeight = thumbWidth * ratio;
  const linesHeight = layout === 'notes' ? contentHeight - thumbHeight - GAP : cellHeight;
  return {
    paper,
    layout,
    pageWidth,
    pageHeight,
    marginX: MARGIN_X,
    marginY: MARGIN_Y,
    bandHeight: BAND,
    cols: spec.cols,
    rows: spec.rows,
    gap: GAP,
    thumbWidth,
    thumbHeight,
    scale: thumbWidth / slideWidth,
    lineCount: layout === 3 || layout === 'notes' ? Math.floor(linesHeight / LINE_SPACING) : 0,
    perPage: spec.cols * spec.rows,
  };
}

/** Every print layout: the handout layouts, then notes pages. */
export const PRINT_LAYOUTS: readonly PrintLayout[] = [...HANDOUT_LAYOUTS, 'notes'];
