import { beforeEach, describe, expect, it, vi } from 'vitest';

const shell = vi.hoisted(() => ({
  showItemInFolder: vi.fn<(file: string) => void>(),
  openPath: vi.fn<(file: string) => Promise<string>>(),
}));
vi.mock('electron', () => ({ shell }));

const { openWithSystem, showInFolder } = await import('../../electron/main/file-actions.js');

describe('the export dialog’s Open and Show in folder (desktop app)', () => {
  beforeEach(() => vi.clearAllMocks());

  it('shows the exported file selected in the file manager', () => {
    expect(showInFolder('/home/ana/ImmunoDeck/exports/intro.pdf')).toBe(true);
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/home/ana/ImmunoDeck/exports/intro.pdf');
  });

  it('opens the file in its usual program, and passes on the system’s reason when it cannot', async () => {
    shell.openPath.mockResolvedValueOnce('');
    expect(await openWithSystem('/x/intro.pdf')).toBe('');
    expect(shell.openPath).toHaveBeenCalledWith('/x/intro.pdf');
    shell.openPath.mockResolvedValueOnce('No application is associated with this file');
    expect(await openWithSystem('/x/intro.pptx')).toBe('No application is associated with this file');
    shell.openPath.mockRejectedValueOnce(new Error('Failed to open'));
    expect(await openWithSystem('/x/intro.html')).toBe('Failed to open');
  });
});

describe('export:reveal in the service', () => {
  it('opens or shows exported files only, through the functions the shell gives it', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const { createDeckService } = await import('../../service/deck-service.js');
    const root = await mkdtemp(path.join(os.tmpdir(), 'immunodeck-reveal-'));
    const exportDir = path.join(root, 'exports');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(exportDir);
    await writeFile(path.join(exportDir, 'intro.pdf'), '%PDF');
    await writeFile(path.join(root, 'secret.txt'), 'no');
    const opened: string[] = [];
    const service = await createDeckService({
      configDir: path.join(root, 'config'),
      exportDir,
      watch: false,
      revealFile: showInFolder,
      openFile: async (f) => (opened.push(f), ''),
    });
    try {
      const file = path.join(exportDir, 'intro.pdf');
      expect(await service.invoke('export:reveal', { file, action: 'open' })).toMatchObject({
        ok: true,
        value: { shown: true, path: file },
      });
      expect(opened).toEqual([file]);
      expect(await service.invoke('export:reveal', { file })).toMatchObject({ ok: true, value: { shown: true, path: file } });
      expect(shell.showItemInFolder).toHaveBeenCalledWith(file);
      const outside = await service.invoke('export:reveal', { file: path.join(root, 'secret.txt'), action: 'open' });
      expect(outside.ok).toBe(false);
      expect(opened).toHaveLength(1);
    } finally {
      await service.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
