/**
 * Everything that happens once `app` is ready: protocols, service, PDF engine, window, IPC, menu.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { app, type BrowserWindow, dialog, Menu, shell } from 'electron';
import { ok } from '../../core/result.js';
import { createDeckService, type DeckService } from '../../service/index.js';
import { chooseContentFolder } from './choose-folder.js';
import { openWithSystem, showInFolder } from './file-actions.js';
import { PREVIEW_ORIGIN } from '../security/schemes.js';
import { appPaths } from './app-paths.js';
import { registerIpcHandlers } from './ipc-handlers.js';
import { buildMenuTemplate, type MenuCommand } from './menu-template.js';
import { createElectronPdfEngine } from './print-window.js';
import { handleAppProtocols } from './protocols.js';
import { createMainWindow } from './window.js';

/** The running app's parts, for the lifecycle handlers in index.ts. */
export interface RunningApp {
  service: DeckService;
  /** The main window, or undefined after it closed (macOS keeps the app running). */
  window(): BrowserWindow | undefined;
  /** Create the main window again (macOS `activate`). */
  openWindow(): BrowserWindow;
  /** Close the service and the PDF engine. */
  stop(): Promise<void>;
}

/** Log a line on the main process's stderr under one namespace. */
export function log(...parts: unknown[]): void {
  console.warn('[immunodeck:main]', ...parts);
}

/** Start the app. `packageRoot` holds package.json and dist/ (the checkout, or the root of app.asar). */
export async function startApp(packageRoot: string, docsUrl: string | undefined): Promise<RunningApp> {
  const paths = appPaths(packageRoot);
  const userData = app.getPath('userData');
  const previewRoot = path.join(userData, 'deck-preview');
  await rm(previewRoot, { recursive: true, force: true });
  await mkdir(previewRoot, { recursive: true });
  handleAppProtocols({ rendererRoot: paths.rendererRoot, previewRoot });
  const service = await createDeckService({
    host: 'electron',
    configDir: userData,
    preview: { dir: previewRoot, baseUrl: `${PREVIEW_ORIGIN}/` },
    // PDF export prints the same HTML with Electron's printToPDF, started on the first PDF.
    startPdfEngine: async () => ok(createElectronPdfEngine()),
    revealFile: showInFolder,
    openFile: openWithSystem,
  });
  let win: BrowserWindow | undefined;
  const openWindow = (): BrowserWindow => {
    const created = createMainWindow({ preload: paths.preload, userData, devTools: !app.isPackaged });
    const unwire = registerIpcHandlers(
      created,
      service,
      (channel, reason, url) => log(`refused ${channel} (${reason}) from ${url ?? 'a closed frame'}`),
      (options) => dialog.showOpenDialog(created, options),
    );
    created.on('closed', () => {
      unwire();
      if (win === created) win = undefined;
    });
    return (win = created);
  };
  openWindow();
  installMenu(() => win, service, docsUrl);
  return { service, window: () => win, openWindow, stop: async () => void (await service.close()) };
}

function installMenu(current: () => BrowserWindow | undefined, service: DeckService, docsUrl: string | undefined): void {
  const template = buildMenuTemplate({
    appName: app.name,
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
    docsUrl,
    actions: {
      openFolder: () => void openFolder(current(), service),
      command: (command: MenuCommand) => current()?.webContents.send('menu:command', { command }),
      openDocs: (url) => void shell.openExternal(url),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** File → Open Content Folder…: a folder dialog, then the service opens it and the UI refreshes. */
async function openFolder(win: BrowserWindow | undefined, service: DeckService): Promise<void> {
  const opened = await chooseContentFolder(
    (options) => (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options)),
    service,
  );
  if (!opened) return;
  if (opened.ok) {
    win?.webContents.send('library:changed', { root: opened.value.root, paths: [] });
    return;
  }
  const detail = opened.diagnostics.map((d) => [d.message, d.hint].filter(Boolean).join('\n')).join('\n\n');
  await dialog.showMessageBox({ type: 'error', message: 'This folder could not be opened.', detail });
}
