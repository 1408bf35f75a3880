/**
 * Constructor options of the main window. Pure (type-only `electron` import), so tests assert the
 * exact `webPreferences` (tests/electron/web-preferences.test.ts).
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { mainWindowPreferences } from '../security/web-preferences.js';
import { MIN_SIZE, type WindowState } from './window-state.js';

/** Inputs of {@link mainWindowOptions}. */
export interface MainWindowInputs {
  /** Absolute path of the preload bundle. */
  preload: string;
  /** Remembered (already clamped) size and position. */
  state: WindowState;
  /** Developer tools allowed (unpackaged runs only). */
  devTools: boolean;
}

/** Options of the one main window: hidden until its first paint, hardened `webPreferences`. */
export function mainWindowOptions(inputs: MainWindowInputs): BrowserWindowConstructorOptions {
  return {
    ...inputs.state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'ImmunoDeck',
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: mainWindowPreferences({ preload: inputs.preload, devTools: inputs.devTools }),
  };
}
