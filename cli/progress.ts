import { Writable } from 'node:stream';
import cliProgress from 'cli-progress';

/** Where a build reports progress: result lines, diagnostics, and a step per deck. */
export interface Reporter {
  /** A result line ("✓ out/intro.pdf …") on stdout, or what stands in for it under a progress bar. */
  line(text: string): void;
  /** A stream for diagnostics (stderr, or the bar's log). */
  readonly errors: NodeJS.WritableStream;
  /** Starting deck `index` (0-based) of `total`. */
  step(index: number, total: number, label: string): void;
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
    stop: () => {
      bar.update(total, { deck: '' });
      // Flush lines logged since the last redraw: stop() alone would drop them.
      bars.update();
      bars.stop();
    },
  };
}

/** The bar on a terminal when building several decks; plain lines otherwise. */
export function createReporter(deckCount: number): Reporter {
  const tty = process.stderr.isTTY && process.stdout.isTTY;
  return tty && deckCount > 1 ? barReporter(deckCount) : lineReporter(deckCount > 1);
}
