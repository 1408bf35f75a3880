import type { Diagnostic } from '../../../contract/ipc-contract.js';
import { describeProblems, refreshLibrary } from '../actions.js';
import { announce, byId, debounce, h, replaceChildren } from '../dom.js';
import type { Store } from '../state.js';
import { askConflict, confirmAction } from './choice-dialog.js';
import { SlideForm } from './slide-form.js';

/** The editor's open file. */
interface EditorFile {
  path: string;
  saved: string;
  /** Content hash on disk when last read or saved (sent as baseHash). */
  hash?: string;
  readOnly: boolean;
}

/** How the editor opens: the slide form (people) or the YAML text (a problem at a line). */
export type EditorMode = 'form' | 'yaml';

/** Character offsets [start, end) of a 1-based line in `text`. */
export function lineRange(text: string, line: number): [number, number] {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return [text.length, text.length];
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}

/** Focus the text area with a whole line selected and scrolled into view. */
export function selectLine(text: HTMLTextAreaElement, line: number): void {
  const [start, end] = lineRange(text.value, line);
  text.focus();
  text.setSelectionRange(start, end);
  const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 22;
  text.scrollTop = Math.max(0, (line - 4) * lineHeight);
  text.dispatchEvent(new Event('scroll'));
}

/**
 * The topic editor: a structured slide form (no YAML needed) and, one tab away, the text with line
 * numbers, validation as you type (the same rules as the build), atomic save that refuses to
 * overwrite a file changed on disk without asking, and a guard against losing unsaved text.
 */
export class TopicEditor {
  private readonly pane = byId('editor');
  private readonly text = byId<HTMLTextAreaElement>('editor-text');
  private readonly gutter = byId('editor-gutter');
  private readonly form: SlideForm;
  private file: EditorFile | undefined;
  private problems: Diagnostic[] = [];
  /** Where focus was before the editor opened, to return it on close. */
  private returnFocus: HTMLElement | undefined;
  private readonly validate = debounce(() => void this.check(), 300);

  constructor(private readonly store: Store) {
    this.form = new SlideForm(store, {
      saved: (text, hash) => this.adopt(text, hash),
      reload: () => this.reload(),
    });
    this.text.addEventListener('input', () => {
      this.paintGutter();
      byId('editor-dirty').hidden = !this.isDirty();
      this.validate();
    });
    this.text.addEventListener('scroll', () => (this.gutter.scrollTop = this.text.scrollTop));
    this.text.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void this.save();
      }
    });
    this.pane.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !(e.target as HTMLElement).closest('dialog')) void this.close();
    });
    byId('editor-save').addEventListener('click', () => void this.save());
    byId('editor-close').addEventListener('click', () => void this.close());
    byId('tab-form').addEventListener('click', () => void this.showTab('form'));
    byId('tab-yaml').addEventListener('click', () => void this.showTab('yaml'));
  }

  /** True when the open file has unsaved changes (text or form). */
  isDirty(): boolean {
    return !!this.file && (this.text.value !== this.file.saved || this.form.isDirty());
  }

  /** Open a topic file: the form, or the YAML with a line selected (asks first when another file has unsaved changes). */
  async open(path: string, line = 1, mode: EditorMode = 'yaml'): Promise<void> {
    const file = this.file;
    if (file && file.path !== path && this.isDirty()) {
      const lose = await confirmAction(
        'Unsaved changes',
        `${file.path} has unsaved changes. Open ${path} and lose them?`,
        'Lose them and open',
      );
      if (!lose) return;
    }
    if (file?.path !== path || !this.isDirty()) {
      const r = await this.store.api['topic:read']({ path });
      if (!r.ok) return announce(describeProblems(r.diagnostics), 'error');
      this.file = { path: r.value.path, saved: r.value.text, hash: r.value.hash, readOnly: r.value.readOnly };
      this.text.value = r.value.text;
      this.text.readOnly = r.value.readOnly;
      this.form.load(r.value.path, r.value.text, r.value.hash, r.value.readOnly);
    }
    if (this.pane.hidden) this.returnFocus = document.activeElement as HTMLElement | undefined;
    const open = this.file!;
    byId('editor-title').textContent = open.path;
    byId('editor-readonly').hidden = !open.readOnly;
    byId<HTMLButtonElement>('editor-save').disabled = open.readOnly;
    byId('editor-dirty').hidden = !this.isDirty();
    this.pane.hidden = false;
    document.body.classList.add('editing');
    await this.showTab(mode);
    if (mode === 'yaml') selectLine(this.text, line);
    void this.check();
  }

  /** Close the editor (asks first when there are unsaved changes). */
  async close(): Promise<void> {
    if (
      this.isDirty() &&
      !(await confirmAction('Unsaved changes', `${this.file?.path} has unsaved changes. Close it and lose them?`, 'Close without saving'))
    )
      return;
    this.file = undefined;
    this.form.clear();
    this.pane.hidden = true;
    document.body.classList.remove('editing');
    if (this.returnFocus?.isConnected) this.returnFocus.focus();
    else byId('problems-heading').focus();
  }

  /** Save the YAML text: with errors only when the user confirms; a file changed on disk asks first. */
  async save(overwrite = false): Promise<void> {
    const file = this.file;
    if (!file || file.readOnly) return;
    const text = this.text.value;
    let r = await this.store.api['topic:save']({ path: file.path, text, baseHash: file.hash, overwrite });
    if (!r.ok && r.diagnostics.some((d) => d.code === 'CONFLICT')) return this.conflict();
    if (
      !r.ok &&
      (await confirmAction(
        'This topic has problems',
        `${describeProblems(r.diagnostics)}\n\nSave it anyway? Decks cannot use it until it is fixed.`,
        'Save anyway',
      ))
    )
      r = await this.store.api['topic:save']({ path: file.path, text, allowErrors: true, baseHash: file.hash, overwrite });
    if (!r.ok) return this.showProblems(r.diagnostics);
    this.adopt(text, r.value.hash);
    this.showProblems(r.value.diagnostics);
    announce(`Saved ${file.path}.`);
    await refreshLibrary(this.store);
  }

  /** The file on disk is now `text` (saved by the form or here): both views show it. */
  private adopt(text: string, hash: string | undefined): void {
    if (!this.file) return;
    this.file.saved = text;
    this.file.hash = hash;
    this.text.value = text;
    this.paintGutter();
    byId('editor-dirty').hidden = !this.isDirty();
    void refreshLibrary(this.store);
  }

  /** Read the file again from disk, dropping unsaved changes. */
  private async reload(): Promise<void> {
    const file = this.file;
    if (!file) return;
    const r = await this.store.api['topic:read']({ path: file.path });
    if (!r.ok) return announce(describeProblems(r.diagnostics), 'error');
    this.file = { ...file, saved: r.value.text, hash: r.value.hash };
    this.text.value = r.value.text;
    this.form.load(file.path, r.value.text, r.value.hash, file.readOnly);
    this.paintGutter();
    byId('editor-dirty').hidden = true;
    announce(`Reloaded ${file.path} from disk.`);
  }

  private async conflict(): Promise<void> {
    const choice = await askConflict(this.file?.path ?? 'The file', false);
    if (choice === 'overwrite') return this.save(true);
    if (choice === 'reload') await this.reload();
  }

  /** Switch between the form and the YAML; the form is refreshed from the text when it changed. */
  private async showTab(mode: EditorMode): Promise<void> {
    const file = this.file;
    if (mode === 'form' && file && this.text.value !== file.saved) {
      const ok = await confirmAction(
        'Save the YAML first?',
        'The YAML has changes that are not saved. The form shows the saved file.',
        'Show the saved file',
      );
      if (!ok) return;
      this.text.value = file.saved;
      this.paintGutter();
    }
    byId('tab-form').setAttribute('aria-selected', String(mode === 'form'));
    byId('tab-yaml').setAttribute('aria-selected', String(mode === 'yaml'));
    byId('slide-form').hidden = mode !== 'form';
    byId('yaml-view').hidden = mode !== 'yaml';
    if (mode === 'form' && file) this.form.load(file.path, file.saved, file.hash, file.readOnly);
  }

  private async check(): Promise<void> {
    const file = this.file;
    if (!file) return;
    const r = await this.store.api['topic:validate']({ path: file.path, text: this.text.value });
    if (r.ok && this.file === file) this.showProblems(r.value.diagnostics);
  }

  private paintGutter(): void {
    const bad = new Set(this.problems.filter((d) => d.severity === 'error').map((d) => d.location?.line));
    const count = this.text.value.split('\n').length;
    replaceChildren(
      this.gutter,
      Array.from({ length: count }, (_, i) => h('span', { class: bad.has(i + 1) ? 'bad' : undefined }, String(i + 1))),
    );
    this.gutter.scrollTop = this.text.scrollTop;
  }

  private showProblems(list: Diagnostic[]): void {
    this.problems = list;
    this.paintGutter();
    byId('editor-status').textContent = list.length ? `${list.length} ${list.length === 1 ? 'problem' : 'problems'}` : '✓ No problems';
    const row = (d: Diagnostic) =>
      h(
        'li',
        { class: d.severity },
        h(
          'button',
          { type: 'button', class: 'problem-link', onclick: () => selectLine(this.text, d.location?.line || 1) },
          h('span', { class: 'problem-where' }, d.location?.line ? `Line ${d.location.line}:${d.location.column}` : d.severity),
          h('span', { class: 'problem-text' }, d.message, d.hint ? h('span', { class: 'problem-hint' }, d.hint) : null),
        ),
      );
    replaceChildren(byId('editor-problems'), list.map(row));
  }
}
