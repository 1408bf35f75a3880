import { expectOk, newDeck, refreshLibrary, refreshRecent, saveDeck } from './actions.js';
import { pickApi } from './api/http-api.js';
import { byId, debounce } from './dom.js';
import { Store } from './state.js';
import { mountDeckBuilder } from './views/deck-builder.js';
import { mountDeckSettings } from './views/deck-settings.js';
import { TopicEditor, type EditorMode } from './views/editor.js';
import { mountExportDialog } from './views/export-dialog.js';
import { mountLibrary } from './views/library.js';
import { mountOpenDeck } from './views/open-deck.js';
import { Presenter } from './views/presenter.js';
import { followDeckFile, mountReadyDecks } from './views/ready-decks.js';
import { mountLibraryToggle, mountToolbar } from './views/toolbar.js';
import { PreviewView } from './views/preview.js';
import { TranslationView } from './views/translation.js';
import { mountProblems } from './views/problems.js';

/** Start the UI: pick the API (Electron preload or local server), mount the views, load the library. */
async function start(): Promise<void> {
  const store = new Store(pickApi());
  const editor = new TopicEditor(store);
  const openEditor = (path: string, line?: number, mode?: EditorMode) => void editor.open(path, line, mode);
  mountLibrary(store, openEditor);
  mountDeckSettings(store);
  mountDeckBuilder(store);
  new PreviewView(store);
  new TranslationView(store);
  mountProblems(store, openEditor);
  const openExport = mountExportDialog(store);
  const openPicker = mountOpenDeck(store);
  const presenter = new Presenter(store);
  mountToolbar(store);
  mountLibraryToggle();
  mountReadyDecks(store);
  byId('new-deck').addEventListener('click', () => void newDeck(store));
  byId('open-deck').addEventListener('click', () => void refreshRecent(store).then(openPicker));
  byId('save-deck').addEventListener('click', () => void saveDeck(store));
  byId('export-deck').addEventListener('click', openExport);
  byId('present-deck').addEventListener('click', () => void presenter.open());
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's' && !document.body.classList.contains('editing')) {
      e.preventDefault();
      void saveDeck(store);
    }
  });
  // Unsaved-changes protection when the window or tab closes.
  window.addEventListener('beforeunload', (e) => {
    if (store.get().dirty || editor.isDirty()) e.preventDefault();
  });
  store.api.on('menu:command', ({ command }) => (command === 'save-deck' ? void saveDeck(store) : openExport()));
  const reload = debounce(() => void refreshLibrary(store), 100);
  store.api.on('library:changed', ({ paths }) => {
    reload();
    void followDeckFile(store, paths);
  });
  const info = expectOk(await store.api['app:info']({}));
  store.update({ info });
  document.body.dataset['host'] = info?.host ?? 'browser';
  await Promise.all([refreshLibrary(store), refreshRecent(store)]);
  store.update({ dirty: false });
  document.body.dataset['ready'] = 'true';
}

void start();
