/**
 * Builds `window.deckApi` from the contract: one method per invoke channel, `on` for events.
 * No runtime import of the contract module (it pulls in zod) and none of `electron`: the
 * `satisfies` clauses make TypeScript fail if a channel or event is added to the contract and not here.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { Channel, DeckApi, EventMap, EventName } from '../../contract/ipc-contract.js';

/** Every invoke channel of the contract (checked exhaustive against `Channel` at compile time). */
export const PRELOAD_CHANNELS = Object.keys({
  'app:info': 1,
  'library:open': 1,
  'library:customize': 1,
  'library:list': 1,
  'topic:read': 1,
  'topic:validate': 1,
  'topic:save': 1,
  'topic:edit-slide': 1,
  'topic:create': 1,
  'deck:open': 1,
  'deck:preview': 1,
  'deck:save': 1,
  'deck:export': 1,
  'export:reveal': 1,
  'asset:import': 1,
  'recent:list': 1,
} satisfies Record<Channel, 1>) as Channel[];

/** Every event of the contract (checked exhaustive against `EventName` at compile time). */
export const PRELOAD_EVENTS = Object.keys({ 'library:changed': 1, 'export:progress': 1, 'menu:command': 1 } satisfies Record<
  EventName,
  1
>) as EventName[];

/** The two `ipcRenderer` methods the API uses; nothing else of it ever reaches the page. */
export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * The object exposed as `window.deckApi`. Methods forward exactly one argument to `invoke`;
 * `on` accepts only contract events, calls `callback(payload)` without the `IpcRendererEvent`
 * (whose `sender` is `ipcRenderer` itself, checklist item 20), and returns an unsubscribe function.
 */
export function buildDeckApi(ipc: IpcRendererLike): DeckApi {
  const api: Record<string, unknown> = {};
  for (const channel of PRELOAD_CHANNELS) {
    api[channel] = (request?: unknown) => ipc.invoke(channel, request);
  }
  api.on = <E extends EventName>(event: E, callback: (payload: EventMap[E]) => void): (() => void) => {
    if (!PRELOAD_EVENTS.includes(event)) throw new TypeError(`unknown event "${String(event)}"`);
    if (typeof callback !== 'function') throw new TypeError('callback must be a function');
    const listener = (_event: IpcRendererEvent, payload: EventMap[E]): void => callback(payload);
    ipc.on(event, listener);
    return () => {
      ipc.removeListener(event, listener);
    };
  };
  return Object.freeze(api) as DeckApi;
}
