/**
 * Electron side of the PDF engine: an in-memory session whose `deck:` protocol serves only the
 * folders of running print jobs, and hidden, sandboxed, offscreen windows with no preload.
 */
import { randomBytes } from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import { DECK_SCHEME } from '../security/schemes.js';
import { pdfWindowPreferences } from '../security/web-preferences.js';
import { ElectronPdfEngine } from './electron-pdf-engine.js';
import { createFolderRegistry, type FolderRegistry } from './protocol-handler.js';

/** Session partition of print windows (no `persist:` prefix: nothing is written to disk). */
export const PRINT_PARTITION = 'immunodeck-print';

let printing: { session: Session; folders: FolderRegistry } | undefined;

/** The print session, with its `deck:` handler registered once. */
function printSession(): { session: Session; folders: FolderRegistry } {
  if (printing) return printing;
  const ses = session.fromPartition(PRINT_PARTITION, { cache: false });
  const folders = createFolderRegistry(DECK_SCHEME, () => randomBytes(12).toString('hex'));
  ses.protocol.handle(DECK_SCHEME, folders.handler);
  return (printing = { session: ses, folders });
}

/** Create a PDF engine printing with Electron. Call after `app` is ready. */
export function createElectronPdfEngine(): ElectronPdfEngine {
  const { session: ses, folders } = printSession();
  return new ElectronPdfEngine({
    name: `Electron ${process.versions.electron} (Chromium ${process.versions.chrome})`,
    serveFolder: (dir) => folders.serve(dir),
    createWindow: (viewport) =>
      new BrowserWindow({
        show: false,
        width: viewport.width,
        height: viewport.height,
        useContentSize: true,
        paintWhenInitiallyHidden: true,
        webPreferences: { ...pdfWindowPreferences(), session: ses },
      }),
  });
}
