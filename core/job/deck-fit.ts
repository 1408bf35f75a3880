import { warning, type Diagnostic } from '../errors.js';
import type { EngineSlot } from '../export/engine-slot.js';
import { measureDeckFit } from '../export/measure-fit.js';
import type { PrintableDeck } from '../export/export-pdf.js';
import type { SlideFit } from '../export/pdf-engine.js';
import { estimatedFitProblems, measuredFitProblems } from '../quality/fit-report.js';
import { PDF_OUTPUTS, type FitMode, type Output } from '../options.js';
import type { RenderedDeck } from '../render/render-deck.js';
import type { Result } from '../result.js';

export type { FitMode } from '../options.js';

/** PDFs that print every slide at its own size: their page can be measured before it is printed. */
const SLIDE_PRINTS: readonly Output[] = ['pdf', 'notes', 'handout'];

/** How a job gets its fit report. */
export type FitPlan =
  /** No report. */
  | { how: 'off' }
  /** From the words alone; `said`: say once that these are estimates (no browser was asked for). */
  | { how: 'estimate'; said: boolean }
  /** Read in the page of this PDF output, printed first, in the same page load that is printed. */
  | { how: 'in-print'; output: Output }
  /** A page load of its own in the engine's browser (asked for, or the browser runs anyway). */
  | { how: 'measure' };

/**
 * Decide how to check the fit. `auto` (the default with outputs): in the page of the first PDF that
 * shows the slides; else in the browser when it runs anyway (a leaflet, or an engine the app or
 * `serve` already started); else estimated, so an HTML-only build never starts a browser.
 * `measure` (`--measure-fit`): as `auto`, but starts the browser for an HTML-only build too.
 */
export async function planFit(mode: FitMode, outputs: readonly Output[], engine?: EngineSlot): Promise<FitPlan> {
  if (mode === 'off') return { how: 'off' };
  if (mode === 'estimate') return { how: 'estimate', said: true };
  // The slides PDF first: it prints every slide, the references slide too (handouts print that as text).
  const slidePrint = SLIDE_PRINTS.find((o) => outputs.includes(o));
  if (slidePrint && engine) return { how: 'in-print', output: slidePrint };
  if (mode === 'measure') return { how: 'measure' };
  const browserRuns = outputs.some((o) => PDF_OUTPUTS.includes(o)) || (await isRunning(engine));
  return browserRuns && engine ? { how: 'measure' } : { how: 'estimate', said: false };
}

/** True when the slot's engine was started before this job and is up. */
async function isRunning(engine: EngineSlot | undefined): Promise<boolean> {
  if (!engine?.started) return false;
  return (await engine.get()).ok;
}

/**
 * The fit report. `measured`: what the print page gave (in-print), or nothing, in which case a
 * `measure` plan loads the deck's print view on its own. Without a browser that can measure, the
 * estimates, and a note saying so.
 */
export async function checkFit(
  deck: PrintableDeck & { rendered: RenderedDeck },
  plan: FitPlan,
  options: { engine?: EngineSlot; timeoutMs?: number },
  measured?: Result<SlideFit[]>,
): Promise<Diagnostic[]> {
  if (plan.how === 'off') return [];
  const minPx = deck.rendered.theme.minBodyPx;
  const estimates = estimatedFitProblems(deck.model, minPx);
  if (plan.how === 'estimate') return plan.said || estimates.length === 0 ? estimates : [ESTIMATED, ...estimates];
  const engine = options.engine ? await options.engine.get() : undefined;
  // An engine that cannot measure in the print (printDocument) is asked in a page load of its own.
  const result = measured?.ok || !engine?.ok ? measured : await measureDeckFit(deck, engine.value, options.timeoutMs);
  if (result?.ok && (result.value.length > 0 || deck.model.slides.length === 0))
    return measuredFitProblems(deck.model, result.value, minPx);
  // A PDF output reports the missing or failing browser itself; an app without an engine has no browser to mention.
  if (!engine) return estimates;
  const why = !engine.ok
    ? 'no browser was found'
    : result && !result.ok
      ? result.diagnostics[0]!.message
      : 'no slide was found in the page';
  return [
    warning(
      'QUALITY',
      `the slides were not measured in a browser (${why}), so text that does not fit is only estimated from word counts`,
      undefined,
      'Install Chromium (or set CHROME_PATH) to have every slide measured as it prints.',
    ),
    ...estimates,
  ];
}

/** Said once with the estimates of a build that starts no browser (HTML only). */
const ESTIMATED = warning(
  'QUALITY',
  'text that does not fit is estimated from word counts: an HTML-only build does not start a browser to measure the slides',
  undefined,
  'Add --measure-fit (or build a PDF too) to have every slide measured in the browser as it prints.',
);

/** `--strict`: a fit problem becomes an error. */
export function strictFit(d: Diagnostic): Diagnostic {
  return d.code === 'FIT' ? { ...d, severity: 'error' } : d;
}
