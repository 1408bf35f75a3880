import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS } from '../../contract/ipc-contract.js';
import { buildDeckApi, PRELOAD_CHANNELS, PRELOAD_EVENTS, type IpcRendererLike } from '../../electron/preload/build-api.js';

const exposed: Record<string, unknown> = {};
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));

function fakeIpc() {
  const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
    on: vi.fn((channel: string, fn: (...a: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(fn);
    }),
    removeListener: vi.fn((channel: string, fn: (...a: unknown[]) => void) => void listeners.get(channel)?.delete(fn)),
  };
  const emit = (channel: string, payload: unknown) =>
    listeners.get(channel)?.forEach((fn) => fn({ sender: 'IPC_RENDERER', senderId: 0 }, payload));
  return { ipc: ipc as unknown as IpcRendererLike & typeof ipc, emit, listeners };
}

describe('buildDeckApi', () => {
  it('has exactly one method per contract channel, plus on', () => {
    expect(PRELOAD_CHANNELS).toEqual(CHANNELS);
    expect(PRELOAD_EVENTS).toEqual(EVENTS);
    const api = buildDeckApi(fakeIpc().ipc);
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'on'].sort());
    for (const key of Object.keys(api)) expect(typeof (api as unknown as Record<string, unknown>)[key]).toBe('function');
  });

  it('forwards one request to invoke on the same channel', async () => {
    const { ipc } = fakeIpc();
    const api = buildDeckApi(ipc);
    await expect(api['topic:read']({ path: 'topics/a.yaml' })).resolves.toEqual({
      ok: true,
      value: { channel: 'topic:read', request: { path: 'topics/a.yaml' } },
    });
    expect(ipc.invoke).toHaveBeenCalledWith('topic:read', { path: 'topics/a.yaml' });
  });

  it('hands event callbacks the payload only, never the IpcRendererEvent, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const api = buildDeckApi(ipc);
    const callback = vi.fn();
    const off = api.on('export:progress', callback);
    emit('export:progress', { exportId: 'e', done: 1, total: 2, step: 'x' });
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback.mock.calls[0]).toEqual([{ exportId: 'e', done: 1, total: 2, step: 'x' }]);
    off();
    expect(listeners.get('export:progress')!.size).toBe(0);
    emit('export:progress', { exportId: 'e', done: 2, total: 2, step: 'y' });
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('refuses events outside the contract and non-function callbacks', () => {
    const api = buildDeckApi(fakeIpc().ipc);
    expect(() => api.on('deck:preview' as never, () => undefined)).toThrow(/unknown event/);
    expect(() => api.on('library:changed', 'x' as never)).toThrow(/function/);
  });

  it('is frozen and exposes nothing of ipcRenderer', () => {
    const api = buildDeckApi(fakeIpc().ipc) as unknown as Record<string, unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    for (const key of ['invoke', 'send', 'sendSync', 'on_', 'ipcRenderer', 'removeListener']) expect(api[key]).toBeUndefined();
  });
});

describe('preload/index', () => {
  it('exposes only window.deckApi through contextBridge', async () => {
    await import('../../electron/preload/index.js');
    expect(Object.keys(exposed)).toEqual(['deckApi']);
    expect(Object.keys(exposed['deckApi'] as object).sort()).toEqual([...CHANNELS, 'on'].sort());
  });
});
