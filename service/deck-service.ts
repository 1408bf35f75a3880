/**
 * The ImmunoDeck app service: every operation of the UI over core/, as plain Node.
 *
 * Wiring in a shell (both validate raw input through {@link DeckService.invoke}):
 * - Electron main: `const service = await createDeckService({ host: 'electron', configDir: app.getPath('userData'),
 *   preview: { dir: <temp folder served as deck://preview>, baseUrl: 'deck://preview/' }, revealFile: (f) => { shell.showItemInFolder(f); return true; } })`;
 *   then for each of `CHANNELS`: `ipcMain.handle(channel, (e, raw) => service.invoke(channel, raw))` (after the sender check),
 *   and for each of `EVENTS`: `service.on(event, (p) => win.webContents.send(event, p))`.
 * - HTTP: server/ calls `service.invoke(channel, body)` for `POST /api/<channel>` and streams events as SSE.
 */
import os from 'node:os';
import { cleanStaleTemp } from '../core/export/stale-temp.js';
import { addExitCleanup } from '../core/export/temp-registry.js';
import { FolderGrants } from './folder-grants.js';
import path from 'node:path';
import { error, isDeckError } from '../core/errors.js';
import { BUILTIN_CONTENT_DIR } from '../core/paths.js';
import { fail, type Result } from '../core/result.js';
import {
  parseRequest,
  type ApiResult,
  type Channel,
  type DeckIpc,
  type EventMap,
  type EventName,
  type ResponseMap,
} from '../contract/ipc-contract.js';
import { EventBus } from './events.js';
import { createEngineSlot } from '../core/export/engine-slot.js';
import type { PdfEngine } from '../core/export/pdf-engine.js';
import { createHandlers } from './handlers.js';
import { LibraryState } from './library-state.js';
import { PreviewStore, type PreviewPage, type PreviewStoreOptions } from './preview.js';
import { RecentDecks } from './recent.js';
import type { ServiceSettings } from './settings.js';

/** Options for {@link createDeckService}. */
export interface DeckServiceOptions {
  /** Folder for the app's own files (recent-decks.json). */
  configDir: string;
  /** The shipped library (read-only). @default BUILTIN_CONTENT_DIR */
  builtinRoot?: string;
  /** Content folder to open first. @default the built-in library */
  contentRoot?: string;
  /** Where "Customize library" copies to when no target is given. @default ~/ImmunoDeck/content */
  defaultCustomRoot?: string;
  /** Where exports are written. @default ~/ImmunoDeck/exports */
  exportDir?: string;
  /** Which shell runs the service. @default 'browser' */
  host?: 'electron' | 'browser';
  /** Starts the PDF engine on the first PDF export (Electron's printToPDF, or Chromium for `serve`); without it PDF outputs answer a PDF diagnostic. */
  startPdfEngine?: () => Promise<Result<PdfEngine>>;
  /** Show a file in the system file manager (Electron: shell.showItemInFolder). */
  revealFile?: (file: string) => Promise<boolean> | boolean;
  /** Open an exported file in its usual program (Electron: shell.openPath); answers '' or the system's reason. */
  openFile?: (file: string) => Promise<string> | string;
  /** Where preview pages are kept and which URL they get. */
  preview?: PreviewStoreOptions;
  /** Watch the content folder for changes. @default true */
  watch?: boolean;
}

/** The app's operations over core/, shared by Electron IPC and the local HTTP server. */
export interface DeckService {
  /** Typed operations; requests must already be validated (use {@link DeckService.invoke} for raw input). */
  readonly api: DeckIpc;
  /** Validate a raw request for a channel and run it; never throws. */
  invoke(channel: string, raw: unknown): Promise<ApiResult<unknown>>;
  /** Subscribe to an event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, callback: (payload: EventMap[E]) => void): () => void;
  /** A preview page by id, with its policy (the server and the deck:// protocol serve it). */
  previewPage(id: string): PreviewPage | undefined;
  /**
   * Let library:open and library:customize take `folder`: call it only for a folder the user chose
   * outside the page (the system dialog, the command line), never for a path the page sent.
   */
  grantFolder(folder: string): void;
  /** True when library:open may take `folder` without asking the user. */
  isGranted(folder: string): boolean;
  /** Resolved settings. */
  readonly settings: Readonly<ServiceSettings>;
  /** Stop watching and drop previews. */
  close(): Promise<void>;
}

/** Create the service and open the first content folder. */
export async function createDeckService(options: DeckServiceOptions): Promise<DeckService> {
  const home = os.homedir();
  const settings = {
    configDir: path.resolve(options.configDir),
    builtinRoot: path.resolve(options.builtinRoot ?? BUILTIN_CONTENT_DIR),
    defaultCustomRoot: path.resolve(options.defaultCustomRoot ?? path.join(home, 'ImmunoDeck', 'content')),
    exportDir: path.resolve(options.exportDir ?? path.join(home, 'ImmunoDeck', 'exports')),
    host: options.host ?? 'browser',
  } as const;
  const events = new EventBus();
  const state = new LibraryState(
    settings.builtinRoot,
    (root, paths) => events.emit('library:changed', { root, paths }),
    options.watch ?? true,
  );
  const previews = new PreviewStore(options.preview);
  const recent = new RecentDecks(settings.configDir);
  const opened = await state.open(options.contentRoot ?? settings.builtinRoot);
  if (!opened.ok) throw new Error(opened.diagnostics.map((d) => `${d.location?.file ?? ''} ${d.message}`).join('\n'));
  // Leftovers of a run that was killed: print and browser-profile folders, `.tmp` files beside exports and saves.
  cleanStaleTemp({ outputDirs: [settings.exportDir, ...['topics', 'decks', 'images'].map((d) => path.join(state.root, d))] });
  const engine = options.startPdfEngine ? createEngineSlot(options.startPdfEngine) : undefined;
  const forgetEngine = engine ? addExitCleanup(() => engine.close()) : () => undefined;
  const grants = new FolderGrants();
  for (const folder of [settings.builtinRoot, settings.defaultCustomRoot, state.root, ...(await recent.list()).map((r) => r.root)])
    grants.grant(folder);
  const api = createHandlers({
    settings,
    state,
    previews,
    recent,
    events,
    engine,
    revealFile: options.revealFile,
    openFile: options.openFile,
    grants,
  });
  return {
    api,
    settings,
    invoke: (channel, raw) => invokeChannel(api, channel, raw),
    on: (event, callback) => events.on(event, callback),
    previewPage: (id) => previews.get(id),
    grantFolder: (folder) => grants.grant(folder),
    isGranted: (folder) => grants.allows(folder),
    close: async () => {
      events.clear();
      await state.close();
      await previews.clear();
      await engine?.close();
      forgetEngine();
    },
  };
}

/** Run one channel with a raw request: validate, call, and turn any exception into diagnostics. */
export async function invokeChannel(api: DeckIpc, channel: string, raw: unknown): Promise<ApiResult<unknown>> {
  const request = parseRequest(channel as Channel, raw);
  if (!request.ok) return request;
  try {
    const handler = api[channel as Channel] as (r: unknown) => Promise<ApiResult<unknown>>;
    return await handler(request.value);
  } catch (e) {
    if (isDeckError(e)) return fail([...e.diagnostics]);
    return fail([error('FILE', `unexpected error in ${channel}: ${(e as Error).message}`)]);
  }
}

/** Widen a core Result to the contract's result type (identical shapes). */
export function toApi<K extends Channel>(r: Result<ResponseMap[K]>): ApiResult<ResponseMap[K]> {
  return r.ok ? (r.warnings.length ? { ok: true, value: r.value, warnings: r.warnings } : { ok: true, value: r.value }) : r;
}
