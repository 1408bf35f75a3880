/**
 * Wires every contract channel to the app service through the checked `handle` wrapper, and
 * forwards service events to the window. Only the main window's own `webContents.ipc` is used,
 * so no other WebContents (print windows, a stray popup) can reach a handler at all.
 */
import type { BrowserWindow } from 'electron';
import { CHANNELS, EVENTS, type Channel, type EventName } from '../../contract/ipc-contract.js';
import type { DeckService } from '../../service/index.js';
import { createHandle, type ChannelHandler, type Handle, type RefusalSink } from './ipc.js';

/** Register all channels and events for `win`; returns a function that removes the event forwarding. */
export function registerIpcHandlers(win: BrowserWindow, service: DeckService, onRefused?: RefusalSink): () => void {
  const handle = createHandle(win.webContents.ipc, onRefused);
  for (const channel of CHANNELS) forward(handle, service, channel);
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
