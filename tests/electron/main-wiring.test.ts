/**
 * The main-process entry with `electron` mocked (the binary cannot run here): lifecycle order,
 * protocol registration, window options, guards on every WebContents, and IPC through the wrapper
 * to the real service.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pdfWindowPreferences } from '../../electron/security/web-preferences.js';

const userData = mkdtempSync(path.join(tmpdir(), 'immunodeck-userdata-'));
interface FakeWindow {
  options: Record<string, unknown>;
  ipc: Map<string, (...a: unknown[]) => unknown>;
  loaded: string[];
  sent: unknown[][];
  printed: unknown[];
  /** Scripts run in the window's page. */
  executed: string[];
  destroyed: boolean;
  /** Status and CSP the print session's deck: handler answered for the page this window loaded. */
  served?: { status: number; csp: string | null };
}
const h = vi.hoisted(() => {
  // The service writes exports below the home folder: keep them in a temporary one.
  process.env['HOME'] = `/tmp/immunodeck-home-${process.pid}`;
  const calls: string[] = [];
  const appEvents = new Map<string, (...a: unknown[]) => unknown>();
  const windows: FakeWindow[] = [];
  const protocolHandlers = new Map<string, unknown>();
  const printProtocol = new Map<string, unknown>();
  let readyResolve: () => void = () => undefined;
  const ready = new Promise<void>((r) => (readyResolve = r));
  return {
    calls,
    appEvents,
    windows,
    protocolHandlers,
    printProtocol,
    ready,
    resolveReady: () => readyResolve(),
    menu: { set: false },
    pdf: new Uint8Array() as Uint8Array,
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: Record<string, unknown>;
    loadURL: (url: string) => Promise<void>;
    private readonly record: FakeWindow;
    constructor(options: Record<string, unknown>) {
      const record: FakeWindow = { options, ipc: new Map(), loaded: [], sent: [], printed: [], executed: [], destroyed: false };
      this.record = record;
      h.windows.push(record);
      this.loadURL = async (url: string) => {
        record.loaded.push(url);
        const handler = h.printProtocol.get('deck') as ((r: Request) => Promise<Response>) | undefined;
        if (handler && /^deck:\/\/[0-9a-f]+\//.test(url)) {
          const res = await handler(new Request(url));
          record.served = { status: res.status, csp: res.headers.get('content-security-policy') };
        }
      };
      this.webContents = {
        ipc: { handle: (c: string, fn: (...a: unknown[]) => unknown) => void record.ipc.set(c, fn) },
        send: (...a: unknown[]) => void record.sent.push(a),
        loadURL: this.loadURL,
        // The fit report finds no slide to report; every other script (ready, fonts) answers true.
        executeJavaScript: async (code: string) => (record.executed.push(code), code.includes('data-fit') ? [] : true),
        printToPDF: async (o: unknown) => (record.printed.push(o), h.pdf),
      };
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    maximize() {}
    setFullScreen() {}
    destroy() {
      this.record.destroyed = true;
    }
    isDestroyed() {
      return this.record.destroyed;
    }
  }
  return {
    app: {
      enableSandbox: () => void h.calls.push('enableSandbox'),
      requestSingleInstanceLock: () => (h.calls.push('requestSingleInstanceLock'), true),
      on: (name: string, fn: (...a: unknown[]) => unknown) => void h.appEvents.set(name, fn),
      whenReady: () => h.ready,
      getPath: () => userData,
      isPackaged: false,
      name: 'ImmunoDeck',
      quit: () => void h.calls.push('quit'),
      exit: (code: number) => void h.calls.push(`exit ${code}`),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => void h.calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string, fn: unknown) => void h.protocolHandlers.set(scheme, fn),
    },
    session: { fromPartition: () => ({ protocol: { handle: (scheme: string, fn: unknown) => void h.printProtocol.set(scheme, fn) } }) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => void (h.menu.set = true) },
    shell: { openExternal: vi.fn(async () => undefined), showItemInFolder: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
    BrowserWindow,
  };
});

beforeAll(async () => {
  const doc = await PDFDocument.create();
  for (let i = 0; i < 3; i++) doc.addPage([720, 525]);
  h.pdf = await doc.save();
  await import('../../electron/main/index.js');
  h.resolveReady();
  await vi.waitFor(() => expect(h.menu.set).toBe(true), { timeout: 20_000 });
});

afterAll(async () => {
  await h.appEvents.get('will-quit')?.();
  await new Promise((r) => setTimeout(r, 50));
  rmSync(userData, { recursive: true, force: true });
  rmSync(process.env['HOME']!, { recursive: true, force: true });
});

describe('electron/main/index', () => {
  it('declares app: and deck: privileged, forces the sandbox, and takes the single-instance lock, before ready', () => {
    expect(h.calls[0]).toMatch(
      /^registerSchemesAsPrivileged .*"scheme":"app".*"standard":true,"secure":true.*"bypassCSP":false.*"scheme":"deck"/,
    );
    expect(h.calls[1]).toBe('enableSandbox');
    expect(h.calls[2]).toBe('requestSingleInstanceLock');
    expect([...h.appEvents.keys()]).toEqual(
      expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed', 'activate', 'will-quit']),
    );
  });

  it('serves the UI and previews through protocol.handle', () => {
    expect([...h.protocolHandlers.keys()].sort()).toEqual(['app', 'deck']);
  });

  it('opens one window with the hardened preferences and the bundled preload at app://ui', () => {
    expect(h.windows).toHaveLength(1);
    const win = h.windows[0]!;
    expect(win.loaded).toEqual(['app://ui/index.html']);
    expect(win.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String((win.options['webPreferences'] as { preload: string }).preload)).toMatch(/dist[/\\]electron[/\\]preload[/\\]index\.cjs$/);
  });

  it('hardens every WebContents created', () => {
    const registered: string[] = [];
    const contents = {
      on: (name: string) => void registered.push(name),
      setWindowOpenHandler: () => void registered.push('setWindowOpenHandler'),
      session: {
        setPermissionRequestHandler: () => void registered.push('permission-request'),
        setPermissionCheckHandler: () => void registered.push('permission-check'),
      },
    };
    h.appEvents.get('web-contents-created')!({}, contents);
    expect(registered.sort()).toEqual([
      'permission-check',
      'permission-request',
      'setWindowOpenHandler',
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ]);
  });

  it('answers IPC from the UI main frame through the service, and refuses a deck frame', async () => {
    const win = h.windows[0]!;
    const ui = { url: 'app://ui/index.html', parent: null };
    const info = (await win.ipc.get('app:info')!({ senderFrame: ui, sender: { mainFrame: ui } })) as {
      ok: boolean;
      value: { host: string };
    };
    expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
    const deckFrame = { url: 'deck://preview/x.html', parent: ui };
    expect(await win.ipc.get('library:list')!({ senderFrame: deckFrame, sender: { mainFrame: ui } })).toMatchObject({ ok: false });
    expect(await win.ipc.get('topic:read')!({ senderFrame: ui, sender: { mainFrame: ui } }, { path: '../../etc/passwd' })).toMatchObject({
      ok: false,
    });
  });

  it('writes previews where deck://preview serves them', async () => {
    const win = h.windows[0]!;
    const ui = { url: 'app://ui/index.html', parent: null };
    const e = { senderFrame: ui, sender: { mainFrame: ui } };
    const draft = { id: 'wiring-test', deck: { title: 'Wiring test', audience: 'patient', topics: ['cancer-vaccines'] } };
    const preview = (await win.ipc.get('deck:preview')!(e, { draft })) as { ok: boolean; value?: { url: string } };
    expect(preview).toMatchObject({ ok: true });
    expect(preview.value!.url).toMatch(/^deck:\/\/preview\/[0-9a-f]{32}\.html$/);
    const handler = h.protocolHandlers.get('deck') as (r: Request) => Promise<Response>;
    const res = await handler(new Request(preview.value!.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'sha256-/);
  });

  it('exports a PDF through the Electron engine: a hidden hardened window over deck://<job>, destroyed afterwards', async () => {
    const ui = { url: 'app://ui/index.html', parent: null };
    const e = { senderFrame: ui, sender: { mainFrame: ui } };
    const draft = { id: 'wiring-pdf', deck: { title: 'Wiring PDF', audience: 'patient', topics: ['cancer-vaccines'] } };
    const exported = (await h.windows[0]!.ipc.get('deck:export')!(e, { draft, formats: ['pdf'] })) as {
      ok: boolean;
      value?: { files: string[] };
    };
    expect(exported).toMatchObject({ ok: true });
    expect(exported.value!.files[0]).toMatch(/wiring-pdf\.pdf$/);
    expect([...h.printProtocol.keys()]).toEqual(['deck']);
    // One hidden window measures the slides' fit in the print view and prints that same page.
    const print = h.windows.at(-1)!;
    expect(h.windows.filter((w) => w.loaded.some((u) => u.includes('print.html')))).toEqual([print]);
    expect(print.executed.some((js) => js.includes('data-fit'))).toBe(true);
    expect(print.options).toMatchObject({ show: false, webPreferences: pdfWindowPreferences() });
    expect(print.options['webPreferences']).not.toHaveProperty('preload');
    expect(print.loaded[0]).toMatch(/^deck:\/\/[0-9a-f]{24}\/print\.html\?print-pdf$/);
    expect(print.served).toMatchObject({ status: 200, csp: expect.stringMatching(/^default-src 'none'; script-src 'sha256-/) });
    expect(print.printed[0]).toMatchObject({
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, right: 0, bottom: 0, left: 0 },
      generateTaggedPDF: true,
    });
    expect(print.destroyed).toBe(true);
    const progress = h.windows[0]!.sent.filter(([channel]) => channel === 'export:progress');
    expect(progress.length).toBeGreaterThan(1);
  });
});
