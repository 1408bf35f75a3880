import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lineReporter } from '../../cli/progress.js';
import { chunksFor } from '../../core/export/print-chunks.js';
import { PRINT_CHUNKS } from '../../core/options.js';

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { stream, text: () => chunks.join('') };
}

describe('progress of a PDF printed in parts', () => {
  it('prints one line per part on stderr when not on a terminal, nothing for steps without parts', () => {
    const out = collect();
    const err = collect();
    const reporter = lineReporter(false, out.stream, err.stream);
    reporter.progress!({ done: 1, total: 3, step: 'Printing the slides PDF' });
    reporter.progress!({ done: 1, total: 3, step: 'Printing the slides PDF', part: { done: 1, total: 21 } });
    reporter.progress!({ done: 2, total: 3, step: 'Printing the notes pages PDF', part: { done: 21, total: 21 } });
    expect(err.text()).toBe('  Printing the slides PDF: part 1 of 21 printed\n  Printing the notes pages PDF: part 21 of 21 printed\n');
    expect(out.text()).toBe('');
  });

  it('prints in parts only above the threshold', () => {
    expect(chunksFor(PRINT_CHUNKS.thresholdPages, '.page')).toBeUndefined();
    expect(chunksFor(PRINT_CHUNKS.thresholdPages + 1, '.page')).toMatchObject({ selector: '.page', size: PRINT_CHUNKS.pages });
  });
});
