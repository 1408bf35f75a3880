import { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { JobProgress } from '../core/job/deck-job.js';

/** Where a build reports progress: result lines, diagnostics, and a step per deck. */
export interface Reporter {
  /** A result line ("✓ out/intro.pdf …") on stdout, or what stands in for it under a progress bar. */
  line(text: string): void;
  /** A stream for diagnostics (stderr, or the bar's log). */
  readonly errors: NodeJS.WritableStream;
  /** Starting deck `index` (0-based) of `total`. */
  step(index: number, total: number, label: string): void;
  /** Progress inside a deck's job: shown for a very large PDF printed in parts, part by part. */
  progress?(p: JobProgress): void;
  /** All done: remove the bar. */
  stop(): void;
}

/** Plain lines, for pipes, CI logs and single decks: `[2/5] content/decks/x.yaml` then result lines. */
export function lineReporter(
  showSteps: boolean,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Reporter {
  return {
    line: (text) => void out.write(`${text}\n`),
    errors: err,
    step: (index, total, label) => void (showSteps && out.write(`[${index + 1}/${total}] ${label}\n`)),
    progress: partsProgress(err),
    stop: () => undefined,
  };
}

/** A progress bar on the terminal (stderr); result lines and diagnostics print above it. */
export function barReporter(total: number, stream: NodeJS.WriteStream = process.stderr): Reporter {
  const bars = new cliProgress.MultiBar(
    { stream, format: ' {bar} {value}/{total} decks  {deck}', hideCursor: true, clearOnComplete: true, stopOnComplete: false, barsize: 30 },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { deck: '' });
  // A second bar while a very large PDF prints in parts.
  let parts: cliProgress.SingleBar | undefined;
  const progress = (p: JobProgress) => {
    if (!p.part) return;
    parts ??= bars.create(p.part.total, 0, { deck: '' }, { format: ' {bar} {value}/{total} parts  {deck}' });
    parts.setTotal(p.part.total);
    parts.update(p.part.done, { deck: p.step });
    if (p.part.done >= p.part.total) {
      bars.remove(parts);
      parts = undefined;
    }
  };
  const log = (text: string) => bars.log(text.endsWith('\n') ? text : `${text}\n`);
  const errors = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      log(chunk.toString());
      done();
    },
  });
  return {
    line: log,
    errors,
    step: (index, _total, label) => bar.update(index, { deck: label }),
    progress,
    stop: () => {
      bar.update(total, { deck: '' });
      // Flush lines logged since the last redraw: stop() alone would drop them.
      bars.update();
      bars.stop();
    },
  };
}

/** The bar on a terminal when building several decks; plain lines otherwise (with a parts bar on a terminal). */
export function createReporter(deckCount: number): Reporter {
  const tty = process.stderr.isTTY && process.stdout.isTTY;
  return tty && deckCount > 1 ? barReporter(deckCount) : lineReporter(deckCount > 1);
}

/**
 * Parts of a very large PDF as they print: a bar on a terminal, else one line per part on `err`
 * (stdout keeps only the result lines).
 */
function partsProgress(err: NodeJS.WritableStream): (p: JobProgress) => void {
  const tty = (err as NodeJS.WriteStream).isTTY === true;
  let bar: cliProgress.SingleBar | undefined;
  return (p) => {
    if (!p.part) return;
    if (!tty) return void err.write(`  ${p.step}: part ${p.part.done} of ${p.part.total} printed\n`);
    bar ??= new cliProgress.SingleBar(
      { stream: err as NodeJS.WriteStream, format: ' {bar} {value}/{total} parts  {step}', clearOnComplete: true, barsize: 30 },
      cliProgress.Presets.shades_classic,
    );
    if (p.part.done === 0 || !bar.isActive) bar.start(p.part.total, p.part.done, { step: p.step });
    bar.update(p.part.done, { step: p.step });
    if (p.part.done >= p.part.total) bar.stop();
  };
}
