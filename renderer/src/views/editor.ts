import type { Diagnostic } from '../../../contract/ipc-contract.js';
import { describeProblems, refreshLibrary } from '../actions.js';
import { announce, byId, debounce, h, replaceChildren } from '../dom.js';
import type { Store } from '../state.js';

/** The editor's open file. */
interface EditorFile {
  path: string;
  saved: string;
  readOnly: boolean;
}

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
 * The topic editor: a text area with line numbers, validation as you type (the same rules as the
 * build), atomic save, and a guard against losing unsaved text.
 */
export class TopicEditor {
  private readonly pane = byId('editor');
  private readonly text = byId<HTMLTextAreaElement>('editor-text');
  private readonly gutter = byId('editor-gutter');
  private file: EditorFile | undefined;
  private problems: Diagnostic[] = [];
  /** Where focus was before the editor opened, to return it on close. */
  private returnFocus: HTMLElement | undefined;
  private readonly validate = debounce(() => void this.check(), 300);

  constructor(private readonly store: Store) {
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
      if (e.key === 'Escape') this.close();
    });
    byId('editor-save').addEventListener('click', () => void this.save());
    byId('editor-close').addEventListener('click', () => this.close());
  }

  /** True when the open file has unsaved changes. */
  isDirty(): boolean {
    return !!this.file && this.text.value !== this.file.saved;
  }

  /** Open a topic file with a line selected (asks first when another file has unsaved changes). */
  async open(path: string, line = 1): Promise<void> {
    const file = this.file;
    if (file && file.path !== path && this.isDirty() && !window.confirm(`${file.path} has unsaved changes. Open ${path} and lose them?`))
      return;
    if (file?.path !== path || !this.isDirty()) {
      const r = await this.store.api['topic:read']({ path });
      if (!r.ok) return announce(describeProblems(r.diagnostics), 'error');
      this.file = { path: r.value.path, saved: r.value.text, readOnly: r.value.readOnly };
      this.text.value = r.value.text;
      this.text.readOnly = r.value.readOnly;
    }
    if (this.pane.hidden) this.returnFocus = document.activeElement as HTMLElement | undefined;
    const open = this.file!;
    byId('editor-title').textContent = open.path;
    byId('editor-readonly').hidden = !open.readOnly;
    byId<HTMLButtonElement>('editor-save').disabled = open.readOnly;
    byId('editor-dirty').hidden = !this.isDirty();
    this.pane.hidden = false;
    document.body.classList.add('editing');
    this.paintGutter();
    selectLine(this.text, line);
    void this.check();
  }

  /** Close the editor (asks first when there are unsaved changes). */
  close(): void {
    if (this.isDirty() && !window.confirm(`${this.file?.path} has unsaved changes. Close it and lose them?`)) return;
    this.file = undefined;
    this.pane.hidden = true;
    document.body.classList.remove('editing');
    if (this.returnFocus?.isConnected) this.returnFocus.focus();
    else byId('problems-heading').focus();
  }

  /** Save: text with errors is saved only when the user confirms; the library then reloads. */
  async save(): Promise<void> {
    const file = this.file;
    if (!file || file.readOnly) return;
    const text = this.text.value;
    let r = await this.store.api['topic:save']({ path: file.path, text });
    if (
      !r.ok &&
      window.confirm(
        `This topic still has problems:\n\n${describeProblems(r.diagnostics)}\n\nSave it anyway? Decks cannot use it until it is fixed.`,
      )
    ) {
      r = await this.store.api['topic:save']({ path: file.path, text, allowErrors: true });
    }
    if (!r.ok) return this.showProblems(r.diagnostics);
    file.saved = text;
    byId('editor-dirty').hidden = !this.isDirty();
    this.showProblems(r.value.diagnostics);
    announce(`Saved ${file.path}.`);
    await refreshLibrary(this.store);
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
