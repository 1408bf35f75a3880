import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from '../../electron/main/menu-template.js';

const actions = () => ({ openFolder: vi.fn(), command: vi.fn(), openDocs: vi.fn() });
const options = (over: Partial<MenuOptions> = {}): MenuOptions => ({
  appName: 'ImmunoDeck',
  isMac: false,
  isDev: false,
  actions: actions(),
  ...over,
});
const items = (menu: MenuItemConstructorOptions[]) => menu.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
const roles = (menu: MenuItemConstructorOptions[]) =>
  items(menu)
    .map((i) => i.role)
    .filter(Boolean);

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help (and the app menu first on macOS)', () => {
    expect(buildMenuTemplate(options()).map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(buildMenuTemplate(options({ isMac: true })).map((m) => m.label)).toEqual([
      'ImmunoDeck',
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
  });

  it('gives File its shortcuts and actions', () => {
    const spies = actions();
    const o = options({ actions: spies });
    const file = items(buildMenuTemplate(o));
    const byId = (id: string) => file.find((i) => i.id === id)!;
    expect(byId('open-folder').accelerator).toBe('CmdOrCtrl+O');
    expect(byId('save-deck').accelerator).toBe('CmdOrCtrl+S');
    expect(byId('export').accelerator).toBe('CmdOrCtrl+E');
    (byId('open-folder').click as () => void)();
    (byId('save-deck').click as () => void)();
    (byId('export').click as () => void)();
    expect(spies.openFolder).toHaveBeenCalled();
    expect(spies.command.mock.calls).toEqual([['save-deck'], ['export']]);
  });

  it('uses the standard edit, zoom and full-screen roles', () => {
    expect(roles(buildMenuTemplate(options()))).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
        'minimize',
        'quit',
      ]),
    );
  });

  it('offers reload and developer tools only in development', () => {
    expect(roles(buildMenuTemplate(options()))).not.toEqual(expect.arrayContaining(['reload']));
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(roles(buildMenuTemplate(options()))).not.toContain(role);
      expect(roles(buildMenuTemplate(options({ isDev: true })))).toContain(role);
    }
  });

  it('opens the documentation only when there is an address', () => {
    const spies = actions();
    const docs = items(buildMenuTemplate(options({ docsUrl: 'https://immunodeck.example/docs', actions: spies }))).find(
      (i) => i.id === 'docs',
    )!;
    expect(docs.enabled).toBe(true);
    (docs.click as () => void)();
    expect(spies.openDocs).toHaveBeenCalledWith('https://immunodeck.example/docs');
    expect(items(buildMenuTemplate(options())).find((i) => i.id === 'docs')!.enabled).toBe(false);
  });
});
