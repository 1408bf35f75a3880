import { error, isDeckError } from '../errors.js';
import type { DeckModel } from '../model/deck-model.js';
import { fail, ok, type Result } from '../result.js';
import { PDF_READY_SELECTOR, type PrintableDeck } from './export-pdf.js';
import type { PdfEngine, SlideFit } from './pdf-engine.js';
import { withTempHtml } from './temp-html.js';

/**
 * Measure how each slide's text fits, in the deck's print view at the slide's size: the layout the
 * slides PDF gets, and the one the HTML deck gets on a screen of the slide's size.
 */
export async function measureDeckFit(deck: PrintableDeck, engine: PdfEngine, timeoutMs?: number): Promise<Result<SlideFit[]>> {
  const measure = engine.measureFit?.bind(engine);
  if (!measure) return fail([error('PDF', `${engine.name} cannot measure slides`)]);
  const model: DeckModel = deck.model;
  try {
    const fits = await withTempHtml(deck.rendered.html, deck.rendered.parts.csp, (tmp) =>
      measure({
        url: tmp.url('print-pdf'),
        readySelector: PDF_READY_SELECTOR,
        viewport: { width: model.width, height: model.height },
        timeoutMs,
      }),
    );
    // What a page script returns is not trusted to have the right shape.
    if (!Array.isArray(fits)) return fail([error('PDF', 'measuring the slides gave no result')]);
    return ok(fits);
  } catch (e) {
    if (isDeckError(e)) return fail([...e.diagnostics]);
    return fail([error('PDF', `measuring the slides failed: ${(e as Error).message.split('\n')[0]}`)]);
  }
}
