import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../electron/main/window-options.js';
import { DEFAULT_STATE } from '../../electron/main/window-state.js';
import { mainWindowPreferences, pdfWindowPreferences } from '../../electron/security/web-preferences.js';

const HARDENED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  plugins: false,
  navigateOnDragDrop: false,
  enableWebSQL: false,
  safeDialogs: true,
  disableBlinkFeatures: 'Auxclick',
};

describe('mainWindowPreferences', () => {
  it('has exactly the hardened values plus our preload', () => {
    expect(mainWindowPreferences({ preload: '/app/dist/electron/preload/index.cjs' })).toStrictEqual({
      ...HARDENED,
      preload: '/app/dist/electron/preload/index.cjs',
      devTools: false,
      spellcheck: false,
    });
  });

  it('never sets enableBlinkFeatures, a partition or additional arguments', () => {
    const prefs = mainWindowPreferences({ preload: '/p.cjs', devTools: true });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('partition');
    expect(prefs.devTools).toBe(true);
  });
});

describe('pdfWindowPreferences', () => {
  it('is hardened, offscreen and has no preload', () => {
    expect(pdfWindowPreferences()).toStrictEqual({
      ...HARDENED,
      offscreen: true,
      devTools: false,
      spellcheck: false,
      backgroundThrottling: false,
    });
    expect(pdfWindowPreferences()).not.toHaveProperty('preload');
  });
});

describe('mainWindowOptions', () => {
  it('restores the saved bounds, starts hidden and uses the hardened preferences', () => {
    const state = { ...DEFAULT_STATE, bounds: { x: 10, y: 20, width: 1000, height: 700 } };
    const options = mainWindowOptions({ preload: '/p.cjs', state, devTools: false });
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false, minWidth: 800, minHeight: 600 });
    expect(options.webPreferences).toStrictEqual(mainWindowPreferences({ preload: '/p.cjs', devTools: false }));
  });
});
