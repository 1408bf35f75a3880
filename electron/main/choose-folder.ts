/**
 * Content folders in the desktop app come from the system folder dialog, never from a path the
 * page sends: the main process shows the dialog, grants the folder the user picked, and opens it.
 * Type-only `electron` import: tested as a plain function with a fake dialog.
 */
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import type { ApiResult, LibraryInfo, RequestOf } from '../../contract/ipc-contract.js';
import type { DeckService } from '../../service/index.js';

/** Shows the folder dialog (Electron: `dialog.showOpenDialog`, bound to the window). */
export type ShowFolderDialog = (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;

/** The folder dialog's options; `defaultPath` is only where it starts, the user still chooses. */
export function folderDialogOptions(defaultPath?: string): OpenDialogOptions {
  return { title: 'Open a content folder', buttonLabel: 'Open', properties: ['openDirectory'], ...(defaultPath ? { defaultPath } : {}) };
}

/**
 * Ask the user for a content folder and open it. Answers undefined when the dialog was cancelled.
 * The chosen folder is granted to the service first, so library:open accepts it.
 */
export async function chooseContentFolder(
  show: ShowFolderDialog,
  service: Pick<DeckService, 'api' | 'grantFolder'>,
  defaultPath?: string,
): Promise<ApiResult<LibraryInfo> | undefined> {
  const chosen = await show(folderDialogOptions(defaultPath));
  const folder = chosen.filePaths[0];
  if (chosen.canceled || folder === undefined) return undefined;
  service.grantFolder(folder);
  return service.api['library:open']({ path: folder });
}

/**
 * library:open as the window may call it: without a path (the built-in library) or with a folder
 * already granted it goes straight to the service; any other path opens the system dialog
 * (starting there) and only the folder the user picks is opened.
 */
export async function openLibraryFromWindow(
  request: RequestOf<'library:open'>,
  show: ShowFolderDialog,
  service: Pick<DeckService, 'api' | 'grantFolder'> & { isGranted(folder: string): boolean },
): Promise<ApiResult<LibraryInfo>> {
  if (request.path === undefined || service.isGranted(request.path)) return service.api['library:open'](request);
  const opened = await chooseContentFolder(show, service, request.path);
  return opened ?? { ok: false, diagnostics: [{ code: 'FILE', severity: 'error', message: 'no folder was chosen' }] };
}
