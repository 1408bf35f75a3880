/**
 * Preload of the main window (sandboxed: bundled to one CommonJS file by scripts/build-electron.ts).
 * Exposes only `window.deckApi`; `ipcRenderer` itself is never exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildDeckApi } from './build-api.js';

contextBridge.exposeInMainWorld('deckApi', buildDeckApi(ipcRenderer));
