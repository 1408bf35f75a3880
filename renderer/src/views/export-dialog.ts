import type { ExportFormat } from '../../../contract/ipc-contract.js';
import { toFileDraft } from '../draft.js';
import { describeProblems } from '../actions.js';
import { announce, byId, h, replaceChildren } from '../dom.js';
import type { Store } from '../state.js';

/** The export dialog: formats, handout layout and paper, progress, and where the files went. */
export function mountExportDialog(store: Store): () => void {
  const dialog = byId<HTMLDialogElement>('export-dialog');
  const progress = byId<HTMLProgressElement>('export-progress');
  const step = byId('export-step');
  store.api.on('export:progress', (p) => {
    progress.max = p.total;
    progress.value = p.done;
    step.textContent = p.step;
  });
  byId('export-start').addEventListener('click', () => void run(store));
  byId('export-cancel').addEventListener('click', () => dialog.close());
  const paper = byId<HTMLSelectElement>('export-paper');
  paper.addEventListener('change', () => (paper.dataset.chosen = 'true'));
  // Options that do not apply are disabled: the layout only for a handout, paper only for PDFs.
  const applicable = () => {
    const formats = chosenFormats();
    byId<HTMLSelectElement>('export-per-page').disabled = !formats.includes('handout');
    paper.disabled = !formats.some((f) => f !== 'html');
    byId<HTMLButtonElement>('export-start').disabled = formats.length === 0;
  };
  dialog.addEventListener('change', applicable);
  return () => {
    if (!store.get().draft.items.length) return announce('Add topics to the deck first: there is nothing to export yet.', 'error');
    const pdf = store.get().info?.pdfAvailable ?? false;
    // The same default as the CLI: the paper of the machine's locale, until the user picks one.
    const info = store.get().info;
    if (!paper.dataset.chosen && info) paper.value = info.defaultPaper;
    for (const box of dialog.querySelectorAll<HTMLInputElement>('input[data-pdf]')) {
      box.disabled = !pdf;
      if (!pdf) box.checked = false;
    }
    byId('export-pdf-note').hidden = pdf;
    byId('export-folder').textContent = store.get().info?.exportDir ?? '';
    replaceChildren(byId('export-results'));
    progress.value = 0;
    step.textContent = '';
    applicable();
    dialog.showModal();
  };
}

function chosenFormats(): ExportFormat[] {
  return [...document.querySelectorAll<HTMLInputElement>('#export-dialog input[name="format"]:checked')].map(
    (b) => b.value as ExportFormat,
  );
}

async function run(store: Store): Promise<void> {
  const formats = chosenFormats();
  const results = byId('export-results');
  if (!formats.length) return replaceChildren(results, h('p', { class: 'error' }, 'Choose at least one thing to export.'));
  const start = byId<HTMLButtonElement>('export-start');
  start.disabled = true;
  replaceChildren(results, h('p', {}, 'Exporting…'));
  const perPage = Number(byId<HTMLSelectElement>('export-per-page').value) as 1 | 2 | 3 | 4 | 6;
  const paper = byId<HTMLSelectElement>('export-paper').value as 'a4' | 'letter';
  const r = await store.api['deck:export']({ draft: toFileDraft(store.get().draft), formats, perPage, paper });
  start.disabled = false;
  if (!r.ok)
    return replaceChildren(results, h('p', { class: 'error', role: 'alert' }, `Export failed: ${describeProblems(r.diagnostics)}`));
  replaceChildren(
    results,
    h('h3', {}, 'Exported'),
    h(
      'ul',
      { class: 'export-files' },
      r.value.files.map((f) => fileRow(store, f)),
    ),
  );
}

/** One exported file: the desktop app offers "Show in folder"; a browser cannot open folders, so it shows the path. */
function fileRow(store: Store, file: string): HTMLElement {
  const name = h('span', { class: 'export-name' }, file.split(/[\\/]/).pop() ?? file);
  if (store.get().info?.host !== 'electron') return h('li', {}, name, h('span', { class: 'export-path' }, file));
  const where = h('span', { class: 'export-path' });
  const show = h('button', { type: 'button', class: 'small' }, 'Show in folder');
  show.addEventListener('click', async () => {
    const r = await store.api['export:reveal']({ file });
    if (r.ok && !r.value.shown) where.textContent = r.value.path;
  });
  return h('li', {}, name, ' ', show, where);
}
