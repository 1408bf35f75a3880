import { parse } from 'yaml';
import type { FieldProblem } from '../../../contract/ipc-contract.js';
import { describeProblems } from '../actions.js';
import { announce, byId, h, replaceChildren } from '../dom.js';
import { checkSlide, formField, LAYOUT_CHOICES, newSlide, slideChanges, type SlideData } from '../slide-fields.js';
import type { Store } from '../state.js';
import { askConflict } from './choice-dialog.js';
import { setProblem } from './form-fields.js';
import { slideFields } from './slide-form-fields.js';

/** The topic file the form edits. */
interface FormFile {
  path: string;
  hash?: string;
  readOnly: boolean;
  slides: SlideData[];
  references: { id: string; text: string }[];
}

/** What the form tells the YAML view. */
export interface SlideFormHooks {
  /** The file was saved by the form: the new text and hash. */
  saved(text: string, hash: string | undefined): void;
  /** Reload the file from disk (after the user chose "reload" on a conflict). */
  reload(): Promise<void>;
}

/**
 * The structured slide editor: pick a slide (or add one of a chosen layout), fill its labelled
 * fields, save. Only the changed fields are sent (topic:edit-slide); the service rewrites just
 * their text, so the file's comments and formatting stay. Problems show next to their field.
 */
export class SlideForm {
  private readonly panel = byId('slide-form');
  private file: FormFile | undefined;
  private index = 0;
  private original: SlideData = {};
  private edited: SlideData = {};

  constructor(
    private readonly store: Store,
    private readonly hooks: SlideFormHooks,
  ) {}

  /** Show a topic's text in the form, at slide `index` (kept when the same file reloads). */
  load(path: string, text: string, hash: string | undefined, readOnly: boolean, index = 0): void {
    let data: { slides?: unknown; references?: unknown };
    try {
      data = (parse(text) ?? {}) as typeof data;
    } catch {
      data = {};
    }
    const slides = Array.isArray(data.slides) ? (data.slides as SlideData[]) : [];
    if (!slides.length) {
      this.file = undefined;
      replaceChildren(
        this.panel,
        h('p', { class: 'notice' }, 'This file cannot be shown as a form until its YAML is fixed. Use the YAML tab.'),
      );
      return;
    }
    const references = Array.isArray(data.references) ? (data.references as { id: string; text: string }[]) : [];
    this.file = { path, hash, readOnly, slides, references };
    this.pick(Math.min(index, slides.length - 1));
  }

  /** True when the slide being edited has unsaved changes. */
  isDirty(): boolean {
    return !!this.file && Object.keys(slideChanges(this.original, this.edited)).length > 0;
  }

  /** Forget the file (editor closed). */
  clear(): void {
    this.file = undefined;
    replaceChildren(this.panel);
  }

  private pick(index: number, slide?: SlideData): void {
    if (!this.file) return;
    this.index = index;
    this.original = structuredClone(this.file.slides[index] ?? {});
    this.edited = slide ?? structuredClone(this.original);
    this.render();
  }

  private render(): void {
    const file = this.file!;
    const picker = h('select', { id: 'slide-pick' });
    file.slides.forEach((s, i) => picker.append(h('option', { value: i }, `${i + 1}. ${plain(s['title']) || s['layout']}`)));
    if (this.index === file.slides.length) picker.append(h('option', { value: this.index }, `${this.index + 1}. (new slide)`));
    picker.value = String(this.index);
    picker.addEventListener('change', () => this.pick(Number(picker.value)));
    const layout = h(
      'select',
      { id: 'new-slide-layout', 'aria-label': 'Layout of the new slide' },
      LAYOUT_CHOICES.map((c) => h('option', { value: c.layout }, c.label)),
    );
    const add = h(
      'button',
      { type: 'button', class: 'small', disabled: file.readOnly, onclick: () => this.addSlide(layout.value) },
      '+ Add slide',
    );
    const save = h(
      'button',
      { type: 'button', class: 'primary', id: 'slide-save', disabled: file.readOnly, onclick: () => void this.save() },
      'Save slide',
    );
    replaceChildren(
      this.panel,
      h('div', { class: 'slide-picker' }, h('label', { for: 'slide-pick' }, 'Slide'), picker),
      h('div', { class: 'slide-picker new-slide' }, h('span', { class: 'hint' }, 'New slide:'), layout, add),
      h(
        'p',
        { class: 'hint' },
        `Layout: ${LAYOUT_CHOICES.find((c) => c.layout === this.edited['layout'])?.label ?? String(this.edited['layout'])}`,
      ),
      slideFields(this.edited, {
        references: file.references,
        images: this.store.get().library?.images ?? [],
        onChange: () => this.changed(),
      }),
      h('div', { class: 'form-foot' }, h('p', { id: 'slide-status', class: 'hint', 'aria-live': 'polite' }), save),
      h('ul', { id: 'slide-problems', class: 'editor-problems' }),
    );
    this.changed();
  }

  private addSlide(layout: string): void {
    if (!this.file) return;
    this.pick(this.file.slides.length, newSlide(layout));
    this.original = {};
    this.changed();
    this.panel.querySelector<HTMLInputElement>('input[type="text"]')?.focus();
  }

  private changed(): void {
    const dirty = this.isDirty();
    byId('slide-status').textContent = dirty ? 'Unsaved changes on this slide.' : 'No changes.';
    byId('editor-dirty').hidden = !dirty;
  }

  /** Check in plain words, then send the changed fields; show the service's problems by field. */
  async save(overwrite = false): Promise<void> {
    const file = this.file;
    if (!file || file.readOnly) return;
    const local = checkSlide(this.edited);
    this.showProblems(Object.entries(local).map(([field, message]) => ({ field, message })));
    if (Object.keys(local).length) return announce('Fix the fields marked in red, then save again.', 'error');
    const changes = this.index === file.slides.length ? structuredClone(this.edited) : slideChanges(this.original, this.edited);
    if (!Object.keys(changes).length) return announce('Nothing to save: this slide has no changes.');
    const r = await this.store.api['topic:edit-slide']({
      path: file.path,
      slideIndex: this.index,
      changes,
      baseHash: file.hash,
      overwrite,
    });
    if (!r.ok) {
      if (r.diagnostics.some((d) => d.code === 'CONFLICT')) return this.conflict();
      return announce(describeProblems(r.diagnostics), 'error');
    }
    if (!r.value.saved) {
      this.showProblems(r.value.problems);
      return announce('Not saved: see the problems next to the fields.', 'error');
    }
    const index = this.index;
    this.hooks.saved(r.value.text, r.value.hash);
    this.load(file.path, r.value.text, r.value.hash, false, index);
    announce(`Saved slide ${index + 1} of ${file.path}.`);
  }

  private async conflict(): Promise<void> {
    const choice = await askConflict(this.file?.path ?? 'The file', false);
    if (choice === 'overwrite') return this.save(true);
    if (choice === 'reload') await this.hooks.reload();
  }

  private showProblems(problems: FieldProblem[]): void {
    this.panel.querySelectorAll('[data-field]').forEach((el) => setProblem(el, undefined));
    const rest: FieldProblem[] = [];
    for (const p of problems) {
      const el = this.panel.querySelector(`[data-field="${formField(p.field) ?? ''}"]`);
      if (el) setProblem(el, [p.message, p.hint].filter(Boolean).join(' — '));
      else rest.push(p);
    }
    replaceChildren(
      byId('slide-problems'),
      rest.map((p) => h('li', { class: 'error' }, p.message, p.hint ? h('span', { class: 'problem-hint' }, ` ${p.hint}`) : null)),
    );
    this.panel.querySelector<HTMLElement>('.has-problem input, .has-problem textarea, .has-problem select')?.focus();
  }
}

function plain(v: unknown): string {
  return typeof v === 'string' ? v.replace(/[*_`]/g, '') : '';
}
