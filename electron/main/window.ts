/**
 * The main window: created with the hardened options, restored to its remembered size and
 * position, and that state saved again when it closes.
 */
import { BrowserWindow, screen } from 'electron';
import { UI_START_URL } from '../security/schemes.js';
import { mainWindowOptions } from './window-options.js';
import { loadWindowState, saveWindowState, type WindowState } from './window-state.js';

/** Inputs of {@link createMainWindow}. */
export interface CreateMainWindowOptions {
  preload: string;
  userData: string;
  devTools: boolean;
}

/** Create, restore and show the main window, loading `app://ui/index.html`. */
export function createMainWindow(options: CreateMainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const state = loadWindowState(options.userData, workAreas);
  const win = new BrowserWindow(mainWindowOptions({ preload: options.preload, state, devTools: options.devTools }));
  if (state.maximized) win.maximize();
  if (state.fullScreen) win.setFullScreen(true);
  win.once('ready-to-show', () => win.show());
  win.on('close', () => saveWindowState(options.userData, currentState(win)));
  void win.loadURL(UI_START_URL);
  return win;
}

/** The window's state to remember: its normal (not maximized) bounds. */
function currentState(win: BrowserWindow): WindowState {
  const { x, y, width, height } = win.getNormalBounds();
  return { bounds: { x, y, width, height }, maximized: win.isMaximized(), fullScreen: win.isFullScreen() };
}

/** Bring `win` to the front (used when a second instance starts). */
export function focusWindow(win: BrowserWindow | undefined): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
