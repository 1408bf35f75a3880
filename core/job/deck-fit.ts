import { warning, type Diagnostic } from '../errors.js';
import type { EngineSlot } from '../export/engine-slot.js';
import { measureDeckFit } from '../export/measure-fit.js';
import type { PrintableDeck } from '../export/export-pdf.js';
import { estimatedFitProblems, measuredFitProblems } from '../quality/fit-report.js';
import type { Output } from '../options.js';
import type { RenderedDeck } from '../render/render-deck.js';

/** How a job checks that slide text fits. */
export type FitMode = 'measure' | 'estimate' | 'off';

/**
 * The fit report of a deck. `measure`: the deck's print view laid out in the job's engine (the
 * browser that prints the PDFs; for an HTML-only build it is started only for this), reporting what
 * deck-fit.js had to do. Without a browser that can measure, the estimates, and a note saying so.
 */
export async function checkFit(
  deck: PrintableDeck & { rendered: RenderedDeck },
  mode: FitMode,
  options: { engine?: EngineSlot; timeoutMs?: number; outputs?: readonly Output[] },
): Promise<Diagnostic[]> {
  if (mode === 'off') return [];
  const minPx = deck.rendered.theme.minBodyPx;
  const estimate = () => estimatedFitProblems(deck.model, minPx);
  if (mode === 'estimate') return estimate();
  const engine = options.engine ? await options.engine.get() : undefined;
  const measured = engine?.ok ? await measureDeckFit(deck, engine.value, options.timeoutMs) : undefined;
  if (measured?.ok) return measuredFitProblems(deck.model, measured.value, minPx);
  // A PDF output reports the missing or failing browser itself; an app without an engine has no browser to mention.
  if (!engine) return estimate();
  const why = !engine.ok ? 'no browser was found' : measured!.diagnostics[0]!.message;
  return [
    warning(
      'QUALITY',
      `the slides were not measured in a browser (${why}), so text that does not fit is only estimated from word counts`,
      undefined,
      'Install Chromium (or set CHROME_PATH) to have every slide measured as it prints.',
    ),
    ...estimate(),
  ];
}

/** `--strict`: a fit problem becomes an error. */
export function strictFit(d: Diagnostic): Diagnostic {
  return d.code === 'FIT' ? { ...d, severity: 'error' } : d;
}
