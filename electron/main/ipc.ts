/**
 * The one way main-process code answers IPC: `handle(channel, fn)` checks the sender frame
 * (checklist item 17), validates the argument with the contract's runtime schema, and turns every
 * exception into `{ ok: false, diagnostics }`. Type-only `electron` import: tested with fakes.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { error, isDeckError, type Diagnostic } from '../../core/errors.js';
import { parseRequest, type ApiResult, type Channel, type RequestOf, type ResponseMap } from '../../contract/ipc-contract.js';
import { isAllowedSender } from '../security/sender.js';

/** What a channel's implementation receives and returns. */
export type ChannelHandler<K extends Channel> = (request: RequestOf<K>) => Promise<ApiResult<ResponseMap[K]>>;

/** Registers one channel; see {@link createHandle}. */
export type Handle = <K extends Channel>(channel: K, fn: ChannelHandler<K>) => void;

/** Told about every refused call (for the log); never sees request data. */
export type RefusalSink = (channel: string, reason: 'sender' | 'arguments', senderUrl: string | undefined) => void;

/**
 * A `handle` bound to `ipc` (prefer the window's own `webContents.ipc`, which only hears that
 * WebContents). Each registered channel runs {@link invokeChecked}.
 */
export function createHandle(ipc: Pick<IpcMain, 'handle'>, onRefused: RefusalSink = () => undefined): Handle {
  return (channel, fn) => {
    ipc.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => invokeChecked(channel, fn, event, args, onRefused));
  };
}

/**
 * Run `fn` for one invoke: refuse unless the sender is our UI's main frame; refuse anything but
 * exactly zero or one argument that passes the channel's schema; never throw.
 */
export async function invokeChecked<K extends Channel>(
  channel: K,
  fn: ChannelHandler<K>,
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  args: unknown[],
  onRefused: RefusalSink = () => undefined,
): Promise<ApiResult<ResponseMap[K]>> {
  const frame = event.senderFrame;
  if (!isAllowedSender(frame, event.sender?.mainFrame)) {
    onRefused(channel, 'sender', frame?.url);
    return { ok: false, diagnostics: [refusedSender(channel)] };
  }
  if (args.length > 1) {
    onRefused(channel, 'arguments', frame?.url);
    return { ok: false, diagnostics: [error('SCHEMA', `${channel}: expected one request object, got ${args.length} arguments`)] };
  }
  const request = parseRequest(channel, args[0]);
  if (!request.ok) {
    onRefused(channel, 'arguments', frame?.url);
    return request;
  }
  try {
    return await fn(request.value);
  } catch (e) {
    return { ok: false, diagnostics: isDeckError(e) ? [...e.diagnostics] : [unexpected(channel, e)] };
  }
}

function refusedSender(channel: string): Diagnostic {
  return error('SCHEMA', `${channel}: request refused, it did not come from the ImmunoDeck window`);
}

function unexpected(channel: string, e: unknown): Diagnostic {
  const message = e instanceof Error ? e.message : String(e);
  return error(
    'FILE',
    `${channel} failed: ${message}`,
    undefined,
    'Try again; if it keeps failing, restart ImmunoDeck and report the steps that led here.',
  );
}
