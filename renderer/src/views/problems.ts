import type { Diagnostic } from '../../../contract/ipc-contract.js';
import { byId, h, replaceChildren } from '../dom.js';
import type { AppState, Store } from '../state.js';
import type { OpenEditor } from './library.js';

/** Where a problem is, as `file:line:col` (or just the file). */
export function whereOf(d: Diagnostic): string {
  const l = d.location;
  if (!l) return '';
  return l.line > 0 ? `${l.file}:${l.line}:${l.column}` : l.file;
}

/** The library's problems and the deck's, errors first, each listed once. */
export function collectProblems(s: AppState): Diagnostic[] {
  const all = [...(s.library?.problems ?? []), ...s.preview.diagnostics];
  const seen = new Set<string>();
  const unique = all.filter((d) => {
    const key = `${whereOf(d)} ${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/**
 * The problems panel: every validation problem with file:line; a problem in a topic file is a
 * button that opens the editor at that line.
 */
export function mountProblems(store: Store, openEditor: OpenEditor): void {
  store.subscribe((s, prev) => {
    if (s.library !== prev.library || s.preview.diagnostics !== prev.preview.diagnostics) render(s, openEditor);
  });
}

function render(s: AppState, openEditor: OpenEditor): void {
  const problems = collectProblems(s);
  const errors = problems.filter((d) => d.severity === 'error').length;
  const warnings = problems.length - errors;
  byId('problems-count').textContent = problems.length
    ? `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`
    : 'none';
  byId('problems').dataset['errors'] = String(errors);
  if (!problems.length) {
    replaceChildren(byId('problem-list'), h('li', { class: 'no-problems' }, '✓ No problems found.'));
    return;
  }
  replaceChildren(
    byId('problem-list'),
    problems.map((d) => problemRow(d, openEditor)),
  );
}

function problemRow(d: Diagnostic, openEditor: OpenEditor): HTMLElement {
  const where = whereOf(d);
  const file = d.location?.file ?? '';
  const icon = h('span', { class: `sev sev-${d.severity}`, 'aria-label': d.severity }, d.severity === 'error' ? '✖' : '⚠');
  const text = h(
    'span',
    { class: 'problem-text' },
    where ? h('span', { class: 'problem-where' }, where) : null,
    h('span', { class: 'problem-message' }, d.message),
    d.hint ? h('span', { class: 'problem-hint' }, d.hint) : null,
  );
  if (/^topics\/[^/]+\.ya?ml$/.test(file)) {
    return h(
      'li',
      { class: `problem ${d.severity}` },
      h(
        'button',
        {
          type: 'button',
          class: 'problem-link',
          title: `Open ${where} in the editor`,
          onclick: () => openEditor(file, d.location?.line || 1),
        },
        icon,
        text,
      ),
    );
  }
  return h('li', { class: `problem ${d.severity}` }, h('div', { class: 'problem-static' }, icon, text));
}
