import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { isDeckError } from '../../core/errors.js';
import { fitReportScript } from '../../core/export/pdf-engine.js';
import { buildPrintOptions, slidePageSize, toElectronPdfOptions } from '../../core/export/print-options.js';
import {
  ElectronPdfEngine,
  FONTS_READY_SCRIPT,
  printTarget,
  readyScript,
  type PrintWindow,
} from '../../electron/main/electron-pdf-engine.js';

const options = buildPrintOptions(slidePageSize(960, 700));
const job = {
  url: `${pathToFileURL('/tmp/immunodeck-print-x/print.html').href}?print-pdf`,
  readySelector: 'html[data-immunodeck-pdf-ready]',
  viewport: { width: 960, height: 700 },
};

/** A fake print window; `ready` decides when the ready script resolves. */
function fakeWindow(behaviour: { ready?: Promise<unknown>; load?: Promise<void>; pdf?: Promise<Uint8Array> } = {}) {
  let destroyed = false;
  const win = {
    webContents: {
      loadURL: vi.fn(async (_url: string) => behaviour.load ?? undefined),
      executeJavaScript: vi.fn(async (code: string) => (code === FONTS_READY_SCRIPT ? true : (behaviour.ready ?? true))),
      printToPDF: vi.fn(async (_o: unknown) => behaviour.pdf ?? new Uint8Array([37, 80, 68, 70])),
    },
    isDestroyed: () => destroyed,
    destroy: vi.fn(() => void (destroyed = true)),
  };
  return win satisfies PrintWindow;
}

function engineWith(win: ReturnType<typeof fakeWindow>) {
  const release = vi.fn();
  const serveFolder = vi.fn((_dir: string) => ({ origin: 'deck://job1', release }));
  const createWindow = vi.fn((_v: { width: number; height: number }) => win);
  return { engine: new ElectronPdfEngine({ name: 'Electron test', serveFolder, createWindow }), release, serveFolder, createWindow };
}

describe('toElectronPdfOptions (the engine-neutral options in Electron terms)', () => {
  it('passes every option explicitly: inches, zero margins, CSS page size, backgrounds, tagged', () => {
    expect(toElectronPdfOptions(options)).toStrictEqual({
      pageSize: { width: 10, height: 700 / 96 },
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, right: 0, bottom: 0, left: 0 },
      generateTaggedPDF: true,
      generateDocumentOutline: false,
      landscape: false,
      scale: 1,
      displayHeaderFooter: false,
    });
  });
});

describe('printTarget', () => {
  it('serves the folder of the file and keeps the query', () => {
    expect(printTarget(job)).toEqual({ dir: '/tmp/immunodeck-print-x', pathAndQuery: '/print.html?print-pdf' });
    expect(printTarget({ ...job, url: pathToFileURL('/tmp/a b/hand out#1.html').href }).pathAndQuery).toBe('/hand%20out%231.html');
  });

  it('refuses anything but file: URLs', () => {
    expect(() => printTarget({ ...job, url: 'https://evil.example/x.html' })).toThrow(/local files only/);
    expect(() => printTarget({ ...job, url: 'nope' })).toThrow(/not a URL/);
  });
});

describe('readyScript', () => {
  it('polls for the selector, quoted safely', () => {
    expect(readyScript('html[data-immunodeck-pdf-ready]')).toContain('document.querySelector("html[data-immunodeck-pdf-ready]") !== null');
    expect(readyScript('a"); alert(1); ("')).toContain(JSON.stringify('a"); alert(1); ("'));
    expect(readyScript(undefined)).toContain('(true)');
  });
});

describe('ElectronPdfEngine', () => {
  it('measures the fit in the laid-out print page with the shared script, then destroys the window', async () => {
    const win = fakeWindow();
    const fits = [{ key: 't#1', fit: 'overflow', bodyPx: 24, longWords: [] }];
    win.webContents.executeJavaScript.mockImplementation(async (code: string) =>
      code === fitReportScript() ? fits : code === FONTS_READY_SCRIPT ? true : true,
    );
    const { engine, release } = engineWith(win);
    expect(await engine.measureFit(job)).toEqual(fits);
    expect(win.webContents.loadURL).toHaveBeenCalledWith('deck://job1/print.html?print-pdf');
    expect(win.webContents.executeJavaScript.mock.calls.map((c) => c[0])).toEqual([
      readyScript(job.readySelector),
      FONTS_READY_SCRIPT,
      fitReportScript(),
    ]);
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
    expect(win.destroy).toHaveBeenCalledTimes(1);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('turns a failing measure script into a PDF diagnostic', async () => {
    const win = fakeWindow();
    win.webContents.executeJavaScript.mockImplementation(async (code: string) => {
      if (code === fitReportScript()) throw new Error('Script failed to execute');
      return true;
    });
    const { engine } = engineWith(win);
    const e = await engine.measureFit(job).catch((x: unknown) => x);
    expect(isDeckError(e) && e.diagnostics[0]).toMatchObject({
      code: 'PDF',
      message: 'measuring the slides failed: Script failed to execute',
    });
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('loads the page over the print origin, waits for ready and fonts, prints with the mapped options, then destroys the window', async () => {
    const win = fakeWindow();
    const { engine, release, serveFolder, createWindow } = engineWith(win);
    const pdf = await engine.print(job, options);
    expect(Array.from(pdf)).toEqual([37, 80, 68, 70]);
    expect(serveFolder).toHaveBeenCalledWith('/tmp/immunodeck-print-x');
    expect(createWindow).toHaveBeenCalledWith({ width: 960, height: 700 });
    expect(win.webContents.loadURL).toHaveBeenCalledWith('deck://job1/print.html?print-pdf');
    expect(win.webContents.executeJavaScript.mock.calls.map((c) => c[0])).toEqual([readyScript(job.readySelector), FONTS_READY_SCRIPT]);
    expect(win.webContents.printToPDF).toHaveBeenCalledWith(toElectronPdfOptions(options));
    expect(win.destroy).toHaveBeenCalledTimes(1);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('times out with a PDF diagnostic when the deck never signals pdf-ready, and still destroys the window', async () => {
    vi.useFakeTimers();
    try {
      const win = fakeWindow({ ready: new Promise(() => undefined) });
      const { engine, release } = engineWith(win);
      const printing = engine.print({ ...job, timeoutMs: 5000 }, options);
      const outcome = printing.then(
        () => 'printed',
        (e: unknown) => e,
      );
      await vi.advanceTimersByTimeAsync(5001);
      const e = await outcome;
      expect(isDeckError(e)).toBe(true);
      if (isDeckError(e)) expect(e.diagnostics[0]).toMatchObject({ code: 'PDF', severity: 'error' });
      expect(win.webContents.printToPDF).not.toHaveBeenCalled();
      expect(win.destroy).toHaveBeenCalledTimes(1);
      expect(release).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a page that does not load, and destroys the window', async () => {
    const win = fakeWindow({ load: Promise.reject(new Error('ERR_FILE_NOT_FOUND')) });
    const { engine } = engineWith(win);
    await expect(engine.print(job, options)).rejects.toMatchObject({
      diagnostics: [{ code: 'PDF', message: expect.stringContaining('ERR_FILE_NOT_FOUND') }],
    });
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('reports a failing printToPDF, and destroys the window', async () => {
    const win = fakeWindow({ pdf: Promise.reject(new Error('Printing failed')) });
    const { engine } = engineWith(win);
    await expect(engine.print(job, options)).rejects.toMatchObject({
      diagnostics: [{ code: 'PDF', message: 'printing failed: Printing failed' }],
    });
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('close() destroys a window still printing, is safe twice, and refuses later prints', async () => {
    const win = fakeWindow({ ready: new Promise(() => undefined) });
    const { engine } = engineWith(win);
    void engine.print(job, options).catch(() => undefined);
    await Promise.resolve();
    await engine.close();
    await engine.close();
    expect(win.destroy).toHaveBeenCalledTimes(1);
    await expect(engine.print(job, options)).rejects.toThrow(/closed/);
  });
});
