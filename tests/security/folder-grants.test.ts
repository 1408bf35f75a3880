// Issue 15, hardening: the renderer never passes a free folder path for the main process to open
// or write. The service opens only granted folders; Electron grants what the system dialog returns.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseContentFolder, openLibraryFromWindow, type ShowFolderDialog } from '../../electron/main/choose-folder.js';
import type { DeckService } from '../../service/deck-service.js';
import { copyFixtureLibrary, serviceOver, tempDir, type TempDir } from '../app/app-harness.js';

vi.mock('electron', () => ({}));

let tmp: TempDir;
let content: string;
let other: string;
let service: DeckService;

beforeEach(async () => {
  tmp = await tempDir();
  content = await copyFixtureLibrary(path.join(tmp.path, 'content'));
  other = await copyFixtureLibrary(path.join(tmp.path, 'other'));
  service = await serviceOver(tmp.path, content, { defaultCustomRoot: path.join(tmp.path, 'my-library') });
});

afterEach(async () => {
  await service.close();
  await tmp[Symbol.asyncDispose]();
});

describe('the service opens and writes only folders the user chose', () => {
  it('refuses library:open and library:customize for a folder the page names', async () => {
    for (const r of [
      await service.api['library:open']({ path: other }),
      await service.api['library:open']({ path: '/etc' }),
      await service.api['library:customize']({ target: path.join(tmp.path, 'elsewhere') }),
    ])
      expect(r).toMatchObject({
        ok: false,
        diagnostics: [{ code: 'FILE', message: 'this folder was not chosen by you, so it is not opened' }],
      });
  });

  it('opens the folder given at start, the built-in library and the default copy target', async () => {
    expect((await service.api['library:open']({ path: content })).ok).toBe(true);
    expect((await service.api['library:open']({})).ok).toBe(true);
    expect((await service.api['library:customize']({})).ok).toBe(true);
  });

  it('opens a folder once it is granted (dialog, command line), also by a link to it', async () => {
    service.grantFolder(other);
    expect((await service.api['library:open']({ path: other })).ok).toBe(true);
  });
});

describe('Electron: folders come from the system dialog', () => {
  it('chooseContentFolder grants and opens what the user picked', async () => {
    const show = vi.fn<ShowFolderDialog>(async () => ({ canceled: false, filePaths: [other] }));
    const r = await chooseContentFolder(show, service);
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openDirectory'] }));
    expect(r).toMatchObject({ ok: true, value: { root: other } });
  });

  it('library:open from the window with an unchosen path shows the dialog there and opens only the pick', async () => {
    await mkdir(path.join(tmp.path, 'typed'), { recursive: true });
    const show = vi.fn<ShowFolderDialog>(async () => ({ canceled: false, filePaths: [other] }));
    const r = await openLibraryFromWindow({ path: path.join(tmp.path, 'typed') }, show, service);
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: path.join(tmp.path, 'typed') }));
    expect(r).toMatchObject({ ok: true, value: { root: other } });
  });

  it('a cancelled dialog opens nothing', async () => {
    const show: ShowFolderDialog = async () => ({ canceled: true, filePaths: [] });
    const r = await openLibraryFromWindow({ path: other }, show, service);
    expect(r).toMatchObject({ ok: false, diagnostics: [{ message: 'no folder was chosen' }] });
    expect(service.isGranted(other)).toBe(false);
  });

  it('a granted folder or no path at all needs no dialog', async () => {
    const show = vi.fn<ShowFolderDialog>();
    expect((await openLibraryFromWindow({ path: content }, show, service)).ok).toBe(true);
    expect((await openLibraryFromWindow({}, show, service)).ok).toBe(true);
    expect(show).not.toHaveBeenCalled();
  });
});
