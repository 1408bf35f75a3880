/**
 * Who may call IPC (checklist item 17): only the main frame of our window, showing our UI origin.
 * Pure; tested in tests/electron/sender.test.ts.
 */
import { UI_ORIGIN, originOf } from './schemes.js';

/** The parts of a `WebFrameMain` the check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * True when `frame` (an `IpcMainInvokeEvent.senderFrame`) is the top frame `mainFrame` of the
 * sending WebContents and its URL's origin is exactly `app://ui`. A null frame (navigated away or
 * destroyed), a subframe (such as the deck preview), and any other origin (deck://, file://,
 * https://, a look-alike host) are refused.
 */
export function isAllowedSender(frame: FrameLike | null | undefined, mainFrame: FrameLike | null | undefined): boolean {
  if (!frame || frame !== mainFrame || frame.parent !== null) return false;
  return originOf(frame.url) === UI_ORIGIN;
}
