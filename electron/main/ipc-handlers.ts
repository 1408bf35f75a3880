/**
 * Wires every contract channel to the app service through the checked `handle` wrapper, and
 * forwards service events to the window. Only the main window's own `webContents.ipc` is used,
 * so no other WebContents (print windows, a stray popup) can reach a handler at all.
 */
import type { BrowserWindow } from 'electron';
import { CHANNELS, EVENTS, type Channel, type EventName } from '../../contract/ipc-contract.js';
import type { DeckService } from '../../service/index.js';
import { openLibraryFromWindow, type ShowFolderDialog } from './choose-folder.js';
import { createHandle, type ChannelHandler, type Handle, type RefusalSink } from './ipc.js';

/** Register all channels and events for `win`; returns a function that removes the event forwarding. */
export function registerIpcHandlers(
  win: BrowserWindow,
  service: DeckService,
  onRefused?: RefusalSink,
  showFolderDialog?: ShowFolderDialog,
): () => void {
  const handle = createHandle(win.webContents.ipc, onRefused);
  for (const channel of CHANNELS) if (channel !== 'library:open' || !showFolderDialog) forward(handle, service, channel);
  // A folder the page names is opened only after the user picks it in the system dialog.
  if (showFolderDialog) handle('library:open', (request) => openLibraryFromWindow(request, showFolderDialog, service));
  const unsubscribe = EVENTS.map((event) => forwardEvent(win, service, event));
  return () => unsubscribe.forEach((off) => off());
}

function forward<K extends Channel>(handle: Handle, service: DeckService, channel: K): void {
  const fn = service.api[channel] as ChannelHandler<K>;
  handle(channel, (request) => fn(request));
}

function forwardEvent<E extends EventName>(win: BrowserWindow, service: DeckService, event: E): () => void {
  return service.on(event, (payload) => {
    if (!win.isDestroyed()) win.webContents.send(event, payload);
  });
}
