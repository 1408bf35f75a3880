import type { Diagnostic, ExportFormat } from '../../../contract/ipc-contract.js';
import { PAPER_OUTPUTS, PDF_OUTPUTS } from '../../../core/options.js';
import { downloadUrl } from '../api/http-api.js';
import { toFileDraft } from '../draft.js';
import { announce, byId, h, replaceChildren } from '../dom.js';
import type { Store } from '../state.js';

/** The export dialog: formats, handout layout and paper, progress while working, then the files. */
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
  paper.addEventListener('change', () => (paper.dataset['chosen'] = 'true'));
  dialog.addEventListener('change', () => applicable(dialog));
  return () => {
    const { draft, info } = store.get();
    if (!draft.items.length) return announce('Add topics to the deck first: there is nothing to export yet.', 'error');
    const pdf = info?.pdfAvailable ?? false;
    // The same default as the CLI: the paper of the machine's locale, until the user picks one.
    if (!paper.dataset['chosen'] && info) paper.value = info.defaultPaper;
    for (const box of dialog.querySelectorAll<HTMLInputElement>('input[data-pdf]')) {
      box.disabled = !pdf;
      if (!pdf) box.checked = false;
    }
    byId('export-pdf-note').hidden = pdf;
    // Only a deck in another language can have slides without wording in it.
    byId('export-fallback-row').hidden = !draft.language || draft.language.startsWith('en');
    byId('export-folder').textContent = info?.exportDir ?? '';
    replaceChildren(byId('export-results'));
    working(false);
    applicable(dialog);
    dialog.showModal();
  };
}

/** Options that do not apply are disabled: the layout only for a handout, paper only for printed outputs. */
function applicable(dialog: HTMLDialogElement): void {
  const formats = chosenFormats();
  byId<HTMLSelectElement>('export-per-page').disabled = !formats.includes('handout');
  byId<HTMLSelectElement>('export-paper').disabled = !formats.some((f) => PAPER_OUTPUTS.includes(f));
  const start = byId<HTMLButtonElement>('export-start');
  start.disabled = formats.length === 0 || dialog.dataset['busy'] === 'true';
  byId('export-none').hidden = formats.length > 0;
}

function chosenFormats(): ExportFormat[] {
  return [...document.querySelectorAll<HTMLInputElement>('#export-dialog input[name="format"]:checked')].map(
    (b) => b.value as ExportFormat,
  );
}

/** The progress bar shows only while an export runs. */
function working(on: boolean): void {
  const dialog = byId<HTMLDialogElement>('export-dialog');
  dialog.dataset['busy'] = String(on);
  byId('export-working').hidden = !on;
  if (on) {
    byId<HTMLProgressElement>('export-progress').value = 0;
    byId('export-step').textContent = 'Starting…';
  }
  applicable(dialog);
}

async function run(store: Store): Promise<void> {
  const formats = chosenFormats();
  const results = byId('export-results');
  if (!formats.length) return;
  working(true);
  replaceChildren(results);
  const perPage = Number(byId<HTMLSelectElement>('export-per-page').value) as 1 | 2 | 3 | 4 | 6;
  const paper = byId<HTMLSelectElement>('export-paper').value as 'a4' | 'letter';
  const allowEnglishFallback = byId<HTMLInputElement>('export-fallback').checked && !byId('export-fallback-row').hidden;
  const r = await store.api['deck:export']({
    draft: toFileDraft(store.get().draft),
    formats,
    perPage,
    paper,
    ...(allowEnglishFallback ? { allowEnglishFallback } : {}),
  });
  working(false);
  if (!r.ok) {
    replaceChildren(results, failure(r.diagnostics, formats));
    return results.scrollIntoView({ block: 'nearest' });
  }
  replaceChildren(
    results,
    h('h3', {}, r.value.files.length === 1 ? 'Your file is ready' : `Your ${r.value.files.length} files are ready`),
    h(
      'ul',
      { class: 'export-files' },
      r.value.files.map((f) => fileRow(store, f)),
    ),
  );
  byId('export-results').querySelector<HTMLElement>('a, button')?.focus();
}

/**
 * A failed export in plain words: what did not happen, each problem's message and what to do,
 * never an error code or a stack trace. A problem in a file says which one.
 */
function failure(diagnostics: Diagnostic[], formats: ExportFormat[]): HTMLElement {
  const printed = formats.some((f) => PDF_OUTPUTS.includes(f));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const relevant = errors.length ? errors : diagnostics;
  const shown = relevant.slice(0, 5);
  return h(
    'div',
    { class: 'export-failed', role: 'alert' },
    h('h3', {}, 'The export did not finish'),
    h(
      'ul',
      {},
      shown.map((d) =>
        h('li', {}, plainMessage(d), d.hint ? h('span', { class: 'hint' }, ` ${plainMessage({ message: appWords(d.hint) })}`) : null),
      ),
    ),
    relevant.length > shown.length ? h('p', { class: 'hint' }, `…and ${relevant.length - shown.length} more: see Problems.`) : null,
    printed ? h('p', { class: 'hint' }, 'Files made before the problem are kept. You can still export the slides as HTML.') : null,
  );
}

/** Hints written for the command line, said the way the app does it. */
function appWords(hint: string): string {
  return hint.replace(/build with --allow-english-fallback/g, 'tick “Show slides … in English, marked” above');
}

/** A problem's message for people: first line only, no "Error:" prefixes, no stack, the file it is in. */
export function plainMessage(d: Pick<Diagnostic, 'message' | 'location'>): string {
  const firstLine = d.message.split(/\r?\n/)[0] ?? '';
  const text = firstLine
    .replace(/^(?:[A-Z][A-Za-z]*Error|Error|[a-z]+:[a-z-]+):\s*/g, '')
    .replace(/\s+at\s+\S+\s*\(.*\)$/, '')
    .trim();
  const sentence = text ? text[0]!.toUpperCase() + text.slice(1) : 'Something went wrong';
  const where = d.location?.file ? ` (in ${d.location.file}${d.location.line ? `, line ${d.location.line}` : ''})` : '';
  return `${sentence}${/[.!?]$/.test(sentence) ? '' : '.'}${where}`;
}

/**
 * One exported file. The desktop app opens it or shows it in its folder; the browser version
 * links it for download (a web page cannot open folders).
 */
function fileRow(store: Store, file: string): HTMLElement {
  const name = file.split(/[\\/]/).pop() ?? file;
  const label = h('span', { class: 'export-name' }, name);
  if (store.get().info?.host !== 'electron')
    return h(
      'li',
      {},
      label,
      ' ',
      h(
        'a',
        { href: downloadUrl(name), download: name, class: 'button small' },
        `Download`,
        h('span', { class: 'visually-hidden' }, ` ${name}`),
      ),
    );
  const where = h('span', { class: 'export-path', 'aria-live': 'polite' });
  const act = (action: 'open' | 'show') => async () => {
    const r = await store.api['export:reveal']({ file, action });
    if (!r.ok) where.textContent = `Could not find ${name}: export it again.`;
    else if (r.value.reason) where.textContent = `Could not open ${name}: ${r.value.reason}. It is in ${r.value.path}.`;
    else if (!r.value.shown) where.textContent = r.value.path;
  };
  const open = h('button', { type: 'button', class: 'small', 'aria-label': `Open ${name}`, onclick: act('open') }, 'Open');
  const show = h(
    'button',
    { type: 'button', class: 'small', 'aria-label': `Show ${name} in its folder`, onclick: act('show') },
    'Show in folder',
  );
  return h('li', {}, label, ' ', open, ' ', show, where);
}
