import { h } from '../dom.js';

/** One button of {@link choose}. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  /** The main action (styled as primary, focused first). */
  primary?: boolean;
  /** A destructive action (styled as danger). */
  danger?: boolean;
}

/** What {@link choose} shows. */
export interface ChooseOptions<T extends string> {
  title: string;
  message: string;
  /** Further lines, e.g. the file involved. */
  detail?: string;
  choices: Choice<T>[];
}

/**
 * The app's own confirmation dialog (never `window.confirm`): a message and a few buttons. Resolves
 * to the chosen value, or undefined when dismissed with Esc.
 */
export function choose<T extends string>(options: ChooseOptions<T>): Promise<T | undefined> {
  const dialog = h(
    'dialog',
    { class: 'ask-dialog choice-dialog', 'aria-labelledby': 'choice-title', 'aria-describedby': 'choice-message' },
    h(
      'form',
      { method: 'dialog' },
      h('h2', { id: 'choice-title' }, options.title),
      h('p', { id: 'choice-message' }, options.message),
      options.detail ? h('p', { class: 'hint' }, options.detail) : null,
      h(
        'div',
        { class: 'dialog-actions' },
        options.choices.map((c) =>
          h('button', { type: 'submit', value: c.value, class: c.primary ? 'primary' : c.danger ? 'danger' : undefined }, c.label),
        ),
      ),
    ),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const value = options.choices.find((c) => c.value === dialog.returnValue)?.value;
      dialog.remove();
      resolve(value);
    });
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('button.primary')?.focus();
  });
}

/** Yes or no in the app's own dialog. */
export async function confirmAction(title: string, message: string, yes: string, no = 'Cancel'): Promise<boolean> {
  return (
    (await choose({
      title,
      message,
      choices: [
        { value: 'no', label: no },
        { value: 'yes', label: yes, primary: true },
      ],
    })) === 'yes'
  );
}

/** What to do about a file that changed on disk since it was opened. */
export type ConflictChoice = 'reload' | 'overwrite' | 'save-as';

/** Ask how to resolve a save conflict: reload theirs, overwrite with mine, or save mine under another name. */
export function askConflict(file: string, canSaveAs: boolean): Promise<ConflictChoice | undefined> {
  return choose<ConflictChoice>({
    title: 'This file changed on disk',
    message: `${file} was changed by someone or something else since you opened it. Saving now would overwrite that change.`,
    detail: 'Reload shows the other version (your unsaved changes are dropped). Overwrite keeps yours. Save as keeps both.',
    choices: [
      { value: 'reload', label: 'Reload theirs' },
      ...(canSaveAs ? [{ value: 'save-as' as const, label: 'Save mine as…' }] : []),
      { value: 'overwrite', label: 'Overwrite with mine', danger: true },
    ],
  });
}
