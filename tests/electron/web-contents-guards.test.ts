import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents } from '../../electron/security/web-contents-guards.js';

type Listener = (...args: unknown[]) => void;

/** A fake WebContents that records what the guards register. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  const session = { request: undefined as Listener | undefined, check: undefined as ((...a: unknown[]) => boolean) | undefined };
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, fn: Listener) => void listeners.set(name, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => void (openHandler = fn),
    session: {
      setPermissionRequestHandler: (fn: Listener) => void (session.request = fn),
      setPermissionCheckHandler: (fn: (...a: unknown[]) => boolean) => void (session.check = fn),
    },
  };
  return { contents: contents as unknown as WebContents, listeners, session, open: (url: string) => openHandler!({ url }) };
}

const navEvent = (url: string, isMainFrame = true) => ({ url, isMainFrame, preventDefault: vi.fn() });

function setup() {
  const fake = fakeContents();
  const openExternal = vi.fn(async () => undefined);
  const onBlocked = vi.fn();
  hardenWebContents(fake.contents, { openExternal, onBlocked });
  return { ...fake, openExternal, onBlocked };
}

describe('hardenWebContents', () => {
  it('registers navigation, redirect and webview guards', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
  });

  it('blocks main-frame navigation away from the UI, opening only allow-listed https links externally', () => {
    const { listeners, openExternal } = setup();
    const away = navEvent('https://www.cancer.gov/types');
    listeners.get('will-navigate')!(away);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://www.cancer.gov/types');
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'http://www.cancer.gov/', 'deck://preview/x.html']) {
      const e = navEvent(url);
      listeners.get('will-navigate')!(e);
      expect(e.preventDefault, url).toHaveBeenCalled();
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
    const inside = navEvent('app://ui/index.html');
    listeners.get('will-navigate')!(inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('keeps subframes on deck://preview and leaves main frames to will-navigate', () => {
    const { listeners } = setup();
    const frameNav = listeners.get('will-frame-navigate')!;
    const ok = navEvent('deck://preview/0123.html', false);
    frameNav(ok);
    expect(ok.preventDefault).not.toHaveBeenCalled();
    const bad = navEvent('https://evil.example/', false);
    frameNav(bad);
    expect(bad.preventDefault).toHaveBeenCalled();
    const ui = navEvent('app://ui/index.html', false);
    frameNav(ui);
    expect(ui.preventDefault).toHaveBeenCalled();
  });

  it('blocks redirects off our origins', () => {
    const { listeners } = setup();
    const e = navEvent('https://evil.example/', true);
    listeners.get('will-redirect')!(e);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window, opening only allow-listed https links externally', () => {
    const { open, openExternal } = setup();
    expect(open('https://www.fda.gov/x')).toEqual({ action: 'deny' });
    expect(open('app://ui/index.html')).toEqual({ action: 'deny' });
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.fda.gov/x']]);
  });

  it('refuses to attach a <webview>', () => {
    const { listeners } = setup();
    const e = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(e, { nodeIntegration: true }, { src: 'https://evil.example' });
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check, even from our own UI', () => {
    const { session } = setup();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      session.request!({}, permission, callback, { requestingUrl: 'app://ui/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.check!({}, permission, 'app://ui', {})).toBe(false);
    }
  });

  it('grants full screen (presenter mode) only to our UI and preview pages', () => {
    const { session } = setup();
    const ask = (requestingUrl?: string) => {
      const callback = vi.fn();
      session.request!({}, 'fullscreen', callback, requestingUrl === undefined ? {} : { requestingUrl });
      return callback.mock.calls[0]![0] as boolean;
    };
    expect(ask('app://ui/index.html')).toBe(true);
    expect(ask('deck://preview/intro.html')).toBe(true);
    expect(ask('https://evil.example/')).toBe(false);
    expect(ask('app://ui.evil/')).toBe(false);
    expect(ask()).toBe(false);
    expect(session.check!({}, 'fullscreen', 'app://ui', {})).toBe(true);
    expect(session.check!({}, 'fullscreen', 'deck://a1b2', {})).toBe(false);
  });

  it('survives a failing openExternal', async () => {
    const fake = fakeContents();
    const onBlocked = vi.fn();
    hardenWebContents(fake.contents, { openExternal: () => Promise.reject(new Error('no browser')), onBlocked });
    fake.open('https://www.cancer.gov/');
    await new Promise((r) => setTimeout(r, 0));
    expect(onBlocked).toHaveBeenCalledWith('open-external-failed', 'https://www.cancer.gov/');
  });
});

describe('hardenWebContents with an app-opened window', () => {
  it('allows only what openWindow allows, and still denies the rest', () => {
    const fake = fakeContents();
    const allow = { action: 'allow' as const, overrideBrowserWindowOptions: { fullscreen: true } };
    hardenWebContents(fake.contents, {
      openExternal: vi.fn(async () => undefined),
      openWindow: (url) => (url === 'app://ui/audience.html' ? allow : undefined),
    });
    expect(fake.open('app://ui/audience.html')).toBe(allow);
    expect(fake.open('app://ui/index.html')).toEqual({ action: 'deny' });
  });
});
