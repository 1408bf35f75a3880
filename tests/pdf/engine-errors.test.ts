import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDeckError } from '../../core/errors.js';
import { launchChromiumEngine } from '../../core/export/chromium-engine.js';
import type { PdfEngine } from '../../core/export/pdf-engine.js';
import { PAPERS } from '../../core/options.js';
import { buildPrintOptions } from '../../core/export/print-options.js';
import { withTempHtml } from '../../core/export/temp-html.js';

let engine: PdfEngine;
beforeAll(async () => {
  const started = await launchChromiumEngine();
  if (!started.ok) throw new Error(started.diagnostics.map((d) => d.message).join('\n'));
  engine = started.value;
});
afterAll(async () => {
  await engine?.close();
});

/** Print `html`; resolves to the error's diagnostics and how long it took. */
async function failure(html: string, readySelector: string, timeoutMs: number): Promise<{ code: string; message: string; ms: number }> {
  const start = Date.now();
  try {
    await withTempHtml(html, undefined, (tmp) =>
      engine.print({ url: tmp.url(), readySelector, viewport: { width: 800, height: 600 }, timeoutMs }, buildPrintOptions(PAPERS.letter)),
    );
  } catch (e) {
    if (!isDeckError(e)) throw e;
    return { code: e.diagnostics[0]!.code, message: e.diagnostics[0]!.message, ms: Date.now() - start };
  }
  throw new Error('printing should have failed');
}

describe('PDF engine failures are diagnostics, never hangs', () => {
  it('names what to install when no browser is found', async () => {
    const r = await launchChromiumEngine({ env: { CHROME_PATH: '/nonexistent/chrome' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics[0]).toMatchObject({ code: 'PDF', message: expect.stringContaining('/nonexistent/chrome') });
    expect(r.diagnostics[0]!.hint).toMatch(/Install Chromium/);
  });

  it('reports a browser that does not start', async () => {
    const r = await launchChromiumEngine({ executablePath: '/bin/false' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics[0]).toMatchObject({ code: 'PDF', message: expect.stringContaining('did not start') });
  });

  it('gives up on a page that never becomes ready, with a timeout diagnostic', async () => {
    const r = await failure('<!DOCTYPE html><p>never ready</p>', 'html[data-never]', 1500);
    expect(r.code).toBe('PDF');
    expect(r.message).toMatch(/took longer than 2 s/);
    expect(r.ms).toBeLessThan(10_000);
  });

  it('fails at once when the page throws, naming the error', async () => {
    const r = await failure('<!DOCTYPE html><script>throw new Error("boom in the template")</script>', 'html[data-never]', 30_000);
    expect(r.message).toMatch(/boom in the template/);
    // Long before the 30 s timeout.
    expect(r.ms).toBeLessThan(10_000);
  });

  it('still prints after a failure: the engine stays usable', async () => {
    const pdf = await withTempHtml('<!DOCTYPE html><p>fine</p>', undefined, (tmp) =>
      engine.print({ url: tmp.url(), viewport: { width: 800, height: 600 } }, buildPrintOptions(PAPERS.letter)),
    );
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });
});
