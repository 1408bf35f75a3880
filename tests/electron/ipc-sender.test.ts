import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { DeckError, error } from '../../core/errors.js';
import { CHANNELS } from '../../contract/ipc-contract.js';
import { createHandle, invokeChecked } from '../../electron/main/ipc.js';
import { isAllowedSender, type FrameLike } from '../../electron/security/sender.js';

/** A fake WebContents with a main frame at `url` and one subframe at `subUrl`. */
function contents(url: string, subUrl = 'deck://preview/0123.html') {
  const mainFrame: FrameLike = { url, parent: null };
  const subFrame: FrameLike = { url: subUrl, parent: mainFrame };
  return { mainFrame, subFrame, sender: { mainFrame } };
}

function event(frame: FrameLike | null, sender: { mainFrame: FrameLike }): Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'> {
  return { senderFrame: frame, sender } as unknown as Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;
}

describe('isAllowedSender', () => {
  it('accepts the main frame of our UI', () => {
    const c = contents('app://ui/index.html#/builder');
    expect(isAllowedSender(c.mainFrame, c.mainFrame)).toBe(true);
  });

  it('rejects subframes, even on the UI origin', () => {
    const c = contents('app://ui/index.html', 'app://ui/index.html');
    expect(isAllowedSender(c.subFrame, c.mainFrame)).toBe(false);
  });

  it('rejects a deck:// frame, in the main frame or a subframe', () => {
    const deckTop = contents('deck://preview/0123.html');
    expect(isAllowedSender(deckTop.mainFrame, deckTop.mainFrame)).toBe(false);
    const c = contents('app://ui/index.html');
    expect(isAllowedSender(c.subFrame, c.mainFrame)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'file:///app/index.html',
    'app://ui.evil/index.html',
    'app://evil/index.html',
    'app://x@ui/index.html',
    'http://localhost:5173/',
    'about:blank',
    'data:text/html,x',
    '',
  ])('rejects a main frame at %s', (url) => {
    const c = contents(url);
    expect(isAllowedSender(c.mainFrame, c.mainFrame)).toBe(false);
  });

  it('rejects a null frame (navigated away or destroyed) and a frame that is not the main frame of the sender', () => {
    const c = contents('app://ui/index.html');
    expect(isAllowedSender(null, c.mainFrame)).toBe(false);
    expect(isAllowedSender({ url: 'app://ui/index.html', parent: null }, c.mainFrame)).toBe(false);
  });
});

describe('invokeChecked', () => {
  const ok = async () => ({ ok: true as const, value: { root: '/x', builtin: false } });
  const ui = contents('app://ui/index.html');

  it('runs the handler for our UI with a valid request', async () => {
    const fn = vi.fn(ok);
    const result = await invokeChecked('library:open', fn, event(ui.mainFrame, ui.sender), [{ path: '/home/me/content' }]);
    expect(result).toEqual({ ok: true, value: { root: '/x', builtin: false } });
    expect(fn).toHaveBeenCalledWith({ path: '/home/me/content' });
  });

  it('refuses other senders without running the handler', async () => {
    const fn = vi.fn(ok);
    const refused = vi.fn();
    const deck = contents('deck://preview/0123.html');
    for (const e of [event(ui.subFrame, ui.sender), event(deck.mainFrame, deck.sender), event(null, ui.sender)]) {
      const result = await invokeChecked('library:open', fn, e, [{}], refused);
      expect(result.ok).toBe(false);
    }
    expect(fn).not.toHaveBeenCalled();
    expect(refused).toHaveBeenCalledTimes(3);
    expect(refused).toHaveBeenCalledWith('library:open', 'sender', 'deck://preview/0123.html');
    expect(refused).toHaveBeenCalledWith('library:open', 'sender', undefined);
  });

  it.each([
    ['a number for a path', 'topic:read', [{ path: 42 }]],
    ['an absolute path', 'topic:read', [{ path: '/etc/passwd' }]],
    ['a URL', 'topic:read', [{ path: 'file:///etc/passwd' }]],
    ['an unknown key', 'topic:read', [{ path: 'topics/a.yaml', extra: true }]],
    ['a missing field', 'topic:save', [{ path: 'topics/a.yaml' }]],
    ['a string instead of an object', 'deck:open', ['decks/a.yaml']],
    ['two arguments', 'library:list', [{}, {}]],
    ['a bad format', 'deck:export', [{ draft: {}, formats: ['exe'] }]],
  ] as const)('refuses %s with diagnostics instead of throwing', async (_name, channel, args) => {
    const fn = vi.fn();
    const result = await invokeChecked(channel, fn, event(ui.mainFrame, ui.sender), [...args]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]).toMatchObject({ code: 'SCHEMA', severity: 'error' });
    expect(fn).not.toHaveBeenCalled();
  });

  it('turns exceptions into { ok: false } (DeckError diagnostics kept)', async () => {
    const e = event(ui.mainFrame, ui.sender);
    const thrown = await invokeChecked(
      'library:list',
      async () => {
        throw new Error('boom');
      },
      e,
      [],
    );
    expect(thrown).toMatchObject({ ok: false, diagnostics: [{ severity: 'error', message: 'library:list failed: boom' }] });
    const deckError = await invokeChecked(
      'library:list',
      async () => {
        throw new DeckError(error('FILE', 'no folder'));
      },
      e,
      [],
    );
    expect(deckError).toEqual({ ok: false, diagnostics: [{ code: 'FILE', severity: 'error', message: 'no folder' }] });
  });
});

describe('createHandle', () => {
  it('registers each channel on the given ipc and routes through the checks', async () => {
    const registered = new Map<string, (e: unknown, ...args: unknown[]) => Promise<unknown>>();
    const ipc = {
      handle: (channel: string, listener: (e: unknown, ...args: unknown[]) => Promise<unknown>) => void registered.set(channel, listener),
    };
    const handle = createHandle(ipc as never);
    for (const channel of CHANNELS) handle(channel, async () => ({ ok: true, value: channel }) as never);
    expect([...registered.keys()]).toEqual(CHANNELS);
    const ui = contents('app://ui/index.html');
    expect(await registered.get('app:info')!(event(ui.mainFrame, ui.sender))).toEqual({ ok: true, value: 'app:info' });
    const other = contents('https://evil.example/');
    expect(await registered.get('app:info')!(event(other.mainFrame, other.sender))).toMatchObject({ ok: false });
  });
});
