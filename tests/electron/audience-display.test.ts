import { describe, expect, it, vi } from 'vitest';
import { audienceWindowResponse, chooseAudienceDisplay, isAudienceUrl, type DisplayInfo } from '../../electron/main/audience-display.js';

const laptop: DisplayInfo = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, internal: true };
const projector: DisplayInfo = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
const smallTv: DisplayInfo = { id: 3, bounds: { x: -1280, y: 0, width: 1280, height: 720 } };

const screenState = vi.hoisted(() => ({ displays: [] as DisplayInfo[], consoleId: 1 }));
vi.mock('electron', () => ({
  screen: {
    getAllDisplays: () => screenState.displays,
    getDisplayMatching: () => screenState.displays.find((d) => d.id === screenState.consoleId),
  },
}));

describe('chooseAudienceDisplay', () => {
  it('puts the audience on the display the console is not on', () => {
    expect(chooseAudienceDisplay([laptop, projector], 1)).toEqual({ mode: 'second-display', displayId: 2, bounds: projector.bounds });
    // The console may be on the external screen: the laptop panel is then the audience's.
    expect(chooseAudienceDisplay([laptop, projector], 2)).toMatchObject({ mode: 'second-display', displayId: 1 });
  });

  it('prefers an external display, then the largest', () => {
    expect(chooseAudienceDisplay([laptop, smallTv, projector], 1)).toMatchObject({ displayId: 2 });
    expect(chooseAudienceDisplay([laptop, smallTv, projector], 2)).toMatchObject({ displayId: 3 });
  });

  it('answers single with one display (the console offers the one-window toggle)', () => {
    expect(chooseAudienceDisplay([laptop], 1)).toEqual({ mode: 'single' });
    expect(chooseAudienceDisplay([], 1)).toEqual({ mode: 'single' });
  });
});

describe('audience window', () => {
  it('recognises only the UI’s audience page', () => {
    expect(isAudienceUrl('app://ui/audience.html')).toBe(true);
    for (const url of [
      'app://ui/index.html',
      'deck://preview/audience.html',
      'https://evil.example/audience.html',
      'app://ui/audience.html?x=1',
      'nonsense',
    ])
      expect(isAudienceUrl(url), url).toBe(false);
  });

  it('opens it full screen on the second display, hardened and without a preload', () => {
    const answer = audienceWindowResponse('app://ui/audience.html', chooseAudienceDisplay([laptop, projector], 1));
    expect(answer?.action).toBe('allow');
    const options = answer?.action === 'allow' ? answer.overrideBrowserWindowOptions : undefined;
    expect(options).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080, fullscreen: true });
    expect(options?.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(options?.webPreferences?.preload).toBeUndefined();
  });

  it('refuses other pages, and the audience page when there is one display', () => {
    const two = chooseAudienceDisplay([laptop, projector], 1);
    expect(audienceWindowResponse('app://ui/index.html', two)).toBeUndefined();
    expect(audienceWindowResponse('app://ui/audience.html', { mode: 'single' })).toBeUndefined();
  });

  it('the adapter asks the screen module which display the main window is on', async () => {
    const { audienceWindowFor } = await import('../../electron/main/audience-window.js');
    const win = { isDestroyed: () => false, getBounds: () => laptop.bounds };
    const open = audienceWindowFor(() => win as never);
    screenState.displays = [laptop, projector];
    screenState.consoleId = 1;
    expect(open('app://ui/audience.html')).toMatchObject({ action: 'allow', overrideBrowserWindowOptions: { x: 1440, fullscreen: true } });
    screenState.displays = [laptop];
    expect(open('app://ui/audience.html')).toBeUndefined();
    expect(audienceWindowFor(() => undefined)('app://ui/audience.html')).toBeUndefined();
  });
});
