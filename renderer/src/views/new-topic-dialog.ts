import type { TopicTemplate } from '../../../core/options.js';
import { h } from '../dom.js';

/** The choices of "New topic", in the words a nurse would use. */
const CHOICES: { value: TopicTemplate; label: string; detail: string }[] = [
  {
    value: 'patient-explainer',
    label: 'Patient explainer',
    detail: 'What it is, what to expect, when to call, and questions to ask (4 slides).',
  },
  {
    value: 'side-effect',
    label: 'Side-effect topic',
    detail: 'Signs to watch for, what to do, and when to call straight away (3 slides).',
  },
  { value: 'blank', label: 'Blank', detail: 'One slide to start from.' },
];

/** What the nurse asked for: a title and a starting point. */
export interface NewTopicChoice {
  title: string;
  template: TopicTemplate;
}

/**
 * The "New topic" dialog: a title and a template, in the app's own dialog. Resolves to the choice,
 * or undefined when cancelled (Esc or Cancel). An empty title keeps the dialog open and says so.
 */
export function askNewTopic(): Promise<NewTopicChoice | undefined> {
  const title = h('input', {
    type: 'text',
    id: 'new-topic-title',
    autocomplete: 'off',
    required: true,
    'aria-describedby': 'new-topic-problem',
  });
  const problem = h('p', { id: 'new-topic-problem', class: 'field-problem', hidden: true }, 'Give the topic a title.');
  const choices = CHOICES.map((c, i) =>
    h(
      'label',
      { class: 'template-choice' },
      h('input', { type: 'radio', name: 'new-topic-template', value: c.value, checked: i === 0 }),
      h('span', {}, h('strong', {}, c.label), h('span', { class: 'hint' }, c.detail)),
    ),
  );
  const dialog = h(
    'dialog',
    { class: 'ask-dialog new-topic-dialog', 'aria-labelledby': 'new-topic-heading' },
    h(
      'form',
      { method: 'dialog' },
      h('h2', { id: 'new-topic-heading' }, 'New topic'),
      h('p', { class: 'hint' }, 'A topic file is made in topics/ of your library and opens in the slide editor.'),
      h('label', { for: 'new-topic-title' }, 'Topic title'),
      title,
      problem,
      h('fieldset', { class: 'template-choices' }, h('legend', {}, 'Start from'), choices),
      h(
        'div',
        { class: 'dialog-actions' },
        h('button', { type: 'submit', value: 'cancel', formnovalidate: true }, 'Cancel'),
        h('button', { type: 'submit', value: 'ok', class: 'primary' }, 'Create topic'),
      ),
    ),
  );
  document.body.append(dialog);
  dialog.querySelector('form')!.addEventListener('submit', (e) => {
    const submitter = (e as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === 'ok' && !title.value.trim()) {
      e.preventDefault();
      problem.hidden = false;
      title.setAttribute('aria-invalid', 'true');
      title.focus();
    }
  });
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const picked = dialog.querySelector<HTMLInputElement>('input[name="new-topic-template"]:checked')?.value as TopicTemplate;
      const value = dialog.returnValue === 'ok' && title.value.trim() ? { title: title.value.trim(), template: picked } : undefined;
      dialog.remove();
      resolve(value);
    });
    dialog.showModal();
    title.focus();
  });
}
