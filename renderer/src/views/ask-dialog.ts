import { h } from '../dom.js';

/** What {@link askText} shows. */
export interface AskOptions {
  title: string;
  label: string;
  value?: string;
  description?: string;
  okLabel?: string;
}

/**
 * A small modal dialog with one text field (folder paths, topic ids). Resolves to the text, or
 * undefined when cancelled. Esc cancels; Enter confirms.
 */
export function askText(options: AskOptions): Promise<string | undefined> {
  const input = h('input', { type: 'text', id: 'ask-input', value: options.value ?? '', autocomplete: 'off', spellcheck: 'false' });
  const dialog = h(
    'dialog',
    { class: 'ask-dialog', 'aria-labelledby': 'ask-title' },
    h(
      'form',
      { method: 'dialog' },
      h('h2', { id: 'ask-title' }, options.title),
      options.description ? h('p', { class: 'hint' }, options.description) : null,
      h('label', { for: 'ask-input' }, options.label),
      input,
      h(
        'div',
        { class: 'dialog-actions' },
        h('button', { type: 'submit', value: 'cancel', formnovalidate: true }, 'Cancel'),
        h('button', { type: 'submit', value: 'ok', class: 'primary' }, options.okLabel ?? 'OK'),
      ),
    ),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const value = dialog.returnValue === 'ok' ? input.value.trim() : '';
      dialog.remove();
      resolve(value || undefined);
    });
    dialog.showModal();
    input.select();
  });
}
