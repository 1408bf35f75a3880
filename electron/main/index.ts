/**
 * ImmunoDeck desktop app, main process entry (bundled to dist/electron/main/index.js, ESM).
 * Order matters: schemes are declared privileged and the sandbox is forced before `ready`;
 * every WebContents is hardened as it is created; one instance only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { app, shell } from 'electron';
import { PACKAGE_ROOT } from '../../core/paths.js';
import { hardenWebContents } from '../security/web-contents-guards.js';
import { audienceWindowFor } from './audience-window.js';
import { registerPrivilegedSchemes } from './protocols.js';
import { log, startApp, type RunningApp } from './start-app.js';
import { focusWindow } from './window.js';

registerPrivilegedSchemes();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let running: RunningApp | undefined;
  const openAudience = audienceWindowFor(() => running?.window());
  app.on('second-instance', () => focusWindow(running?.window()));
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      openExternal: (url) => shell.openExternal(url),
      // Only the main window's UI may open the audience window of a presentation.
      openWindow: (url) => (contents === running?.window()?.webContents ? openAudience(url) : undefined),
      onBlocked: (what, url) => log(`blocked ${what} ${url}`),
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (running && !running.window()) running.openWindow();
  });
  app.on('will-quit', () => void running?.stop());
  app
    .whenReady()
    .then(async () => {
      running = await startApp(PACKAGE_ROOT, docsUrl());
    })
    .catch((e: unknown) => {
      log('could not start:', e);
      app.exit(1);
    });
}

/** The `https:` documentation address from package.json `homepage`, if there is one. */
function docsUrl(): string | undefined {
  try {
    const { homepage } = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { homepage?: unknown };
    return typeof homepage === 'string' && homepage.startsWith('https://') ? homepage : undefined;
  } catch {
    return undefined;
  }
}
