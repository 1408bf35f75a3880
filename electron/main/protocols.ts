/**
 * Registers `app:` and `deck:` (checklist item 18: custom protocols, never `file://`). The
 * handlers themselves are plain functions in protocol-handler.ts.
 */
import { protocol } from 'electron';
import { APP_SCHEME, DECK_SCHEME, PREVIEW_ORIGIN, PRIVILEGED_SCHEMES, UI_ORIGIN } from '../security/schemes.js';
import { createDeckHandler, createUiHandler } from './protocol-handler.js';

/** Declare our schemes standard and secure. Must run before `app` is ready. */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([...PRIVILEGED_SCHEMES]);
}

/** Folders behind the schemes of the default session. */
export interface ProtocolRoots {
  /** `dist/renderer`, served as `app://ui/`. */
  rendererRoot: string;
  /** The preview folder the service writes to, served as `deck://preview/`. */
  previewRoot: string;
}

/** Serve the UI and deck previews in the default session. Call once `app` is ready. */
export function handleAppProtocols(roots: ProtocolRoots): void {
  protocol.handle(APP_SCHEME, createUiHandler(roots.rendererRoot, UI_ORIGIN));
  // The preview may be framed by the UI only.
  protocol.handle(DECK_SCHEME, createDeckHandler(roots.previewRoot, PREVIEW_ORIGIN, UI_ORIGIN));
}
