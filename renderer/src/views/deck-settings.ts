import { formatDate } from '../../../core/i18n/messages.js';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../core/options.js';
import { mountBranding, syncBranding } from './branding-fields.js';
import type { DeckDraft } from '../draft.js';
import { expectOk, refreshLibrary } from '../actions.js';
import { announce, byId, h, replaceChildren } from '../dom.js';
import type { AppState, Store } from '../state.js';

/** The language picker's choices: "English", "español (Spanish)". */
const LANGUAGE_CHOICES = LANGUAGES.map((value) => ({
  value,
  label: value === 'en' ? LANGUAGE_NAMES[value].english : `${LANGUAGE_NAMES[value].own} (${LANGUAGE_NAMES[value].english})`,
}));

/** Text fields of the settings form and the draft field each edits. */
const TEXT_FIELDS = ['title', 'subtitle', 'presenter', 'institution', 'date'] as const;

/**
 * Deck settings: title, audience, theme, language, presenter, date, and the clinic's branding
 * (institution, footer, phone, colours, logo). Inputs write to the draft as you type; when another
 * deck is opened the form shows its values.
 */
export function mountDeckSettings(store: Store): void {
  for (const field of TEXT_FIELDS) {
    const input = byId<HTMLInputElement>(`deck-${field}`);
    input.addEventListener('input', () => store.editDraft((d) => withField(d, field, input.value), field));
  }
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="deck-audience"]')) {
    radio.addEventListener('change', () => {
      if (radio.checked) store.editDraft((d) => ({ ...d, audience: radio.value as DeckDraft['audience'] }));
    });
  }
  const theme = byId<HTMLSelectElement>('deck-theme');
  theme.addEventListener('change', () => store.editDraft((d) => ({ ...d, theme: theme.value || undefined })));
  const language = byId<HTMLSelectElement>('deck-language');
  replaceChildren(
    language,
    LANGUAGE_CHOICES.map((l) => h('option', { value: l.value }, l.label)),
  );
  // English is the default: a deck file names its language only when it is another one.
  language.addEventListener('change', () =>
    store.editDraft((d) => ({ ...d, language: language.value === 'en' ? undefined : language.value })),
  );
  mountBranding(store);
  const logo = byId<HTMLSelectElement>('deck-logo');
  logo.addEventListener('change', () => store.editDraft((d) => ({ ...d, logo: logo.value || undefined })));
  byId<HTMLInputElement>('logo-file').addEventListener('change', (e) => void importLogo(store, e.target as HTMLInputElement));
  store.subscribe((s, prev) => {
    if (s.library !== prev.library) renderChoices(s);
    if (s.draft !== prev.draft || s.library !== prev.library) syncForm(s);
    if (s.dirty !== prev.dirty || s.deckPath !== prev.deckPath) renderSaveState(s);
  });
}

function withField(d: DeckDraft, field: (typeof TEXT_FIELDS)[number], value: string): DeckDraft {
  if (field === 'title') return { ...d, title: value };
  const next = { ...d, [field]: value.trim() ? value : undefined };
  if (next[field] === undefined) delete next[field];
  return next;
}

function renderChoices(s: AppState): void {
  const lib = s.library;
  if (!lib) return;
  replaceChildren(
    byId('deck-theme'),
    lib.themes.map((t) => h('option', { value: t.name }, t.label)),
  );
  replaceChildren(
    byId('deck-logo'),
    h('option', { value: '' }, 'No logo'),
    // Logos only: images/logos/ and files named like a logo, never the clinical pictures of images/.
    (lib.logos ?? []).map((p) => h('option', { value: p }, p.replace(/^images\/(logos\/)?/, ''))),
  );
  byId('logo-import').hidden = lib.builtin;
}

/** Show the draft's values, leaving the field being typed in alone. */
function syncForm(s: AppState): void {
  const d = s.draft;
  for (const field of TEXT_FIELDS) {
    const input = byId<HTMLInputElement>(`deck-${field}`);
    const value = d[field] ?? '';
    if (document.activeElement !== input && input.value !== value) input.value = value;
  }
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="deck-audience"]'))
    radio.checked = radio.value === d.audience;
  const theme = byId<HTMLSelectElement>('deck-theme');
  theme.value = d.theme ?? 'clinical';
  byId<HTMLSelectElement>('deck-language').value = (d.language ?? 'en').slice(0, 2);
  showDate(d.date, d.language);
  syncBranding(s);
  const logo = byId<HTMLSelectElement>('deck-logo');
  if (d.logo && ![...logo.options].some((o) => o.value === d.logo)) logo.append(h('option', { value: d.logo }, d.logo));
  logo.value = d.logo ?? '';
  const themeLabel = s.library?.themes.find((t) => t.name === (d.theme ?? 'clinical'))?.label ?? d.theme ?? 'clinical';
  const lang = d.language && !d.language.startsWith('en') ? LANGUAGE_CHOICES.find((l) => d.language?.startsWith(l.value))?.label : '';
  byId('settings-summary').textContent = [themeLabel, lang, d.presenter, d.institution, d.logo ? 'logo' : ''].filter(Boolean).join(' · ');
}

/**
 * The date as the deck prints it, in the deck's language ("March 14, 2026" / "14 de marzo de
 * 2026"): the picker holds an ISO date, which is never what the audience reads. A free-text date
 * from a deck file ("Spring 2026") is printed as written.
 */
function showDate(date: string | undefined, language: string | undefined): void {
  const input = byId<HTMLInputElement>('deck-date');
  const iso = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '';
  if (document.activeElement !== input && input.value !== iso) input.value = iso;
  byId('deck-date-shown').textContent = date ? `Printed as “${formatDate(language ?? 'en', date)}”` : 'No date on the title slide';
}

function renderSaveState(s: AppState): void {
  const name = s.deckPath ?? 'new deck';
  byId('deck-file').textContent = s.dirty ? `${name} · unsaved` : name;
  byId('deck-file').classList.toggle('unsaved', s.dirty);
}

async function importLogo(store: Store, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  if (file.size > 2 * 1024 * 1024) return announce('The logo must be smaller than 2 MB.', 'error');
  const base64 = await toBase64(file);
  const saved = expectOk(await store.api['asset:import']({ name: file.name, base64, kind: 'logo' }));
  if (!saved) return;
  await refreshLibrary(store);
  store.editDraft((d) => ({ ...d, logo: saved.path }));
  announce(`Added the logo ${saved.path}.`);
}

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
