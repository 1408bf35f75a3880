/**
 * The application menu as data (type-only `electron` import), so tests can check shortcuts and
 * that reload/dev tools exist only in development. main/index.ts passes it to `Menu.buildFromTemplate`.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { EventMap } from '../../contract/ipc-contract.js';

/** Commands the UI carries out (it holds the deck being edited); sent to it as the `menu:command` event. */
export type MenuCommand = EventMap['menu:command']['command'];

/** What the menu items do. */
export interface MenuActions {
  /** Choose a content folder (dialog) and open it. */
  openFolder(): void;
  /** Ask the UI to run a command. */
  command(command: MenuCommand): void;
  /** Open the documentation (only offered when {@link MenuOptions.docsUrl} is set). */
  openDocs(url: string): void;
}

/** Inputs of {@link buildMenuTemplate}. */
export interface MenuOptions {
  appName: string;
  /** macOS: app menu first, Quit lives there. */
  isMac: boolean;
  /** Development run: adds Reload, Force Reload and Toggle Developer Tools. */
  isDev: boolean;
  /** The `https:` documentation address (package.json `homepage`); the Help item is disabled without one. */
  docsUrl?: string;
  actions: MenuActions;
}

/** The full menu bar: (app), File, Edit, View, Window, Help. */
export function buildMenuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = o.isMac ? [{ label: o.appName, submenu: macAppItems() }] : [];
  return [...appMenu, fileMenu(o), editMenu(o.isMac), viewMenu(o.isDev), windowMenu(o.isMac), helpMenu(o)];
}

function macAppItems(): MenuItemConstructorOptions[] {
  return [
    { role: 'about' },
    { type: 'separator' },
    { role: 'services' },
    { type: 'separator' },
    { role: 'hide' },
    { role: 'hideOthers' },
    { role: 'unhide' },
    { type: 'separator' },
    { role: 'quit' },
  ];
}

function fileMenu(o: MenuOptions): MenuItemConstructorOptions {
  const submenu: MenuItemConstructorOptions[] = [
    { id: 'open-folder', label: 'Open Content Folder…', accelerator: 'CmdOrCtrl+O', click: () => o.actions.openFolder() },
    { type: 'separator' },
    { id: 'save-deck', label: 'Save Deck', accelerator: 'CmdOrCtrl+S', click: () => o.actions.command('save-deck') },
    { id: 'export', label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => o.actions.command('export') },
  ];
  if (!o.isMac) submenu.push({ type: 'separator' }, { role: 'quit' });
  return { label: '&File', submenu };
}

function editMenu(isMac: boolean): MenuItemConstructorOptions {
  const submenu: MenuItemConstructorOptions[] = [
    { role: 'undo' },
    { role: 'redo' },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
  ];
  if (isMac) submenu.push({ role: 'pasteAndMatchStyle' });
  submenu.push({ role: 'delete' }, { type: 'separator' }, { role: 'selectAll' });
  return { label: '&Edit', submenu };
}

function viewMenu(isDev: boolean): MenuItemConstructorOptions {
  const dev: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return {
    label: '&View',
    submenu: [...dev, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
}

function windowMenu(isMac: boolean): MenuItemConstructorOptions {
  const submenu: MenuItemConstructorOptions[] = [{ role: 'minimize' }, { role: 'zoom' }];
  submenu.push(...(isMac ? [{ type: 'separator' } as const, { role: 'front' } as const] : [{ role: 'close' } as const]));
  return { label: '&Window', role: 'windowMenu', submenu };
}

function helpMenu(o: MenuOptions): MenuItemConstructorOptions {
  const submenu: MenuItemConstructorOptions[] = [
    {
      id: 'docs',
      label: 'ImmunoDeck Documentation',
      enabled: o.docsUrl !== undefined,
      click: () => o.docsUrl && o.actions.openDocs(o.docsUrl),
    },
  ];
  if (!o.isMac) submenu.push({ type: 'separator' }, { role: 'about' });
  return { label: '&Help', role: 'help', submenu };
}
