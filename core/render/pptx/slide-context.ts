/** What every slide builder gets: the presentation, the deck, the look, the boxes, and a place for warnings. */
import { type Presentation } from './pptx-lib.js';
import type { Diagnostic } from '../../errors.js';
import type { DeckModel, SlideModel } from '../../model/deck-model.js';
import type { SlideGeometry } from './pptx-geometry.js';
import type { PptxStyle } from './pptx-style.js';

/** Shared state of one PPTX export. */
export interface PptxContext {
  pptx: Presentation;
  deck: DeckModel;
  style: PptxStyle;
  geo: SlideGeometry;
  warnings: Diagnostic[];
}

/** One deck slide being written. */
export interface SlideJob {
  ctx: PptxContext;
  model: SlideModel;
  /** 0-based position in the deck. */
  index: number;
}
