/**
 * The clinic's branding in the deck settings: footer text, care-team phone, and the primary and
 * accent colours with a live contrast check against the theme's slide background and a suggested
 * colour the nurse can apply in one click. The check is core's (core/render/contrast.ts, culori):
 * the same ratios and the same suggestion the build's CONTRAST warnings give.
 */
import { BRANDING_ROLES } from '../../../core/render/branding.js';
import { contrastRatio, formatRatio, nearestPassingColor } from '../../../core/render/contrast.js';
import { PHONE_PATTERN } from '../../../core/options.js';
import type { DeckDraft } from '../draft.js';
import { byId, h, replaceChildren } from '../dom.js';
import type { AppState, Store } from '../state.js';

type ColorKey = keyof typeof BRANDING_ROLES;
type Branding = NonNullable<DeckDraft['branding']>;

/** Each colour field's label, in the words of what it colours. */
const COLOR_LABELS: Record<ColorKey, string> = {
  primaryColor: 'Primary colour (headings and links)',
  accentColor: 'Accent colour (bullets, callout borders, subtitles)',
};
const HEX = /^#[0-9a-fA-F]{6}$/;
/** A background to check against when the theme does not say (the clinical theme's). */
const FALLBACK_BACKGROUND = '#ffffff';

/** Wire the footer, phone and colour fields to the draft. */
export function mountBranding(store: Store): void {
  const footer = byId<HTMLInputElement>('brand-footer');
  footer.addEventListener('input', () => setBranding(store, 'footer', footer.value, 'footer'));
  const phone = byId<HTMLInputElement>('brand-phone');
  phone.addEventListener('input', () => {
    // A number the deck file would refuse never reaches the draft: it would stop the preview.
    const problem = phoneProblem(phone.value);
    fieldProblem(phone, problem);
    if (!problem) setBranding(store, 'phone', phone.value.trim(), 'phone');
  });
  const colors = byId('brand-colors');
  replaceChildren(
    colors,
    (Object.keys(BRANDING_ROLES) as ColorKey[]).map((key) => colorField(store, key)),
  );
}

/** Show the draft's branding, leaving the field being typed in alone. */
export function syncBranding(s: AppState): void {
  const b = s.draft.branding ?? {};
  const footer = byId<HTMLInputElement>('brand-footer');
  if (document.activeElement !== footer && footer.value !== (b.footer ?? '')) footer.value = b.footer ?? '';
  const phone = byId<HTMLInputElement>('brand-phone');
  if (document.activeElement !== phone && phone.value !== (b.phone ?? '')) {
    phone.value = b.phone ?? '';
    fieldProblem(phone, undefined);
  }
  const background = themeBackground(s);
  for (const key of Object.keys(BRANDING_ROLES) as ColorKey[]) {
    const text = byId<HTMLInputElement>(`brand-${key}`);
    const value = b[key] ?? '';
    if (document.activeElement !== text && text.value !== value) text.value = value;
    if (HEX.test(value)) byId<HTMLInputElement>(`brand-${key}-pick`).value = value.toLowerCase();
    showContrast(key, text.value.trim(), background, themeLabel(s));
  }
}

/** Why a phone number would be refused, or undefined when it is fine (or empty). */
export function phoneProblem(value: string): string | undefined {
  const v = value.trim();
  if (!v || PHONE_PATTERN.test(v)) return undefined;
  return 'Write the number with digits, spaces, brackets or dashes, e.g. (555) 010-0199 or +44 20 7946 0000.';
}

/** What the contrast check says about one colour on a background, and the colour to use instead. */
export interface ContrastVerdict {
  ok: boolean;
  message: string;
  /** A colour of the same hue that passes (when this one does not). */
  fix?: string;
}

/** Check a branding colour against the slide background, as the build does (WCAG 2.2 AA). */
export function contrastVerdict(key: ColorKey, color: string, background: string, themeName = 'this theme'): ContrastVerdict {
  const { min } = BRANDING_ROLES[key];
  const ratio = contrastRatio(color, background);
  if (ratio >= min)
    return { ok: true, message: `Easy to read: contrast ${formatRatio(ratio)} on ${themeName}’s background (${min}:1 needed).` };
  const fix = nearestPassingColor(color, background, min);
  const light = contrastRatio(color, '#ffffff') > contrastRatio(color, '#000000') ? 'dark' : 'light';
  return {
    ok: false,
    fix,
    message: `Hard to read: contrast ${formatRatio(ratio)} on ${themeName}’s background; it needs ${min}:1. This colour is too ${light} here.`,
  };
}

function colorField(store: Store, key: ColorKey): HTMLElement {
  const id = `brand-${key}`;
  const text = h('input', {
    type: 'text',
    id,
    placeholder: 'Theme colour',
    maxlength: 7,
    spellcheck: 'false',
    'aria-describedby': `${id}-contrast`,
  });
  const pick = h('input', { type: 'color', id: `${id}-pick`, 'aria-label': `Pick the ${COLOR_LABELS[key].toLowerCase()}` });
  const clear = h(
    'button',
    { type: 'button', class: 'small', id: `${id}-clear`, 'aria-label': `Reset the ${COLOR_LABELS[key].toLowerCase()} to the theme’s` },
    'Reset',
  );
  text.addEventListener('input', () => {
    const v = text.value.trim();
    if (v === '' || HEX.test(v)) setBranding(store, key, v.toLowerCase(), key);
    else showContrast(key, v, themeBackground(store.get()), themeLabel(store.get()));
  });
  pick.addEventListener('input', () => {
    text.value = pick.value;
    setBranding(store, key, pick.value, key);
  });
  clear.addEventListener('click', () => {
    text.value = '';
    setBranding(store, key, '');
  });
  return h(
    'div',
    { class: 'color-field' },
    h('label', { for: id }, COLOR_LABELS[key]),
    h('div', { class: 'color-inputs' }, pick, text, clear),
    h('div', { id: `${id}-contrast`, class: 'contrast', 'aria-live': 'polite' }),
  );
}

function showContrast(key: ColorKey, value: string, background: string, themeName: string): void {
  const box = byId(`brand-${key}-contrast`);
  byId(`brand-${key}-clear`).hidden = value === '';
  if (!value) return replaceChildren(box, h('span', { class: 'hint' }, 'The theme’s own colour.'));
  if (!HEX.test(value))
    return replaceChildren(
      box,
      h('span', { class: 'field-problem' }, 'Write a colour as # and six digits, e.g. #1d4f91, or use the picker.'),
    );
  const verdict = contrastVerdict(key, value, background, themeName);
  box.dataset['ok'] = String(verdict.ok);
  if (verdict.ok) return replaceChildren(box, h('span', { class: 'contrast-ok' }, '✓ ', verdict.message));
  const apply = verdict.fix
    ? h(
        'button',
        { type: 'button', class: 'small apply-fix', 'data-color': verdict.fix },
        h('span', { class: 'swatch', style: `background:${verdict.fix}`, 'aria-hidden': 'true' }),
        `Use ${verdict.fix} instead`,
      )
    : null;
  apply?.addEventListener('click', () => {
    const text = byId<HTMLInputElement>(`brand-${key}`);
    text.value = verdict.fix!;
    text.dispatchEvent(new Event('input'));
    text.focus();
  });
  replaceChildren(box, h('span', { class: 'contrast-bad' }, '⚠ ', verdict.message), ' ', apply);
}

function setBranding(store: Store, key: keyof Branding, value: string, coalesce = ''): void {
  store.editDraft((d) => {
    const branding: Branding = { ...(d.branding ?? {}) };
    if (value.trim()) branding[key] = value;
    else delete branding[key];
    const { branding: _old, ...rest } = d;
    return Object.keys(branding).length ? { ...rest, branding } : rest;
  }, coalesce);
}

function fieldProblem(input: HTMLInputElement, problem: string | undefined): void {
  const id = `${input.id}-problem`;
  let note = document.getElementById(id);
  if (!problem) {
    note?.remove();
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', input.getAttribute('aria-describedby')?.replace(` ${id}`, '') ?? '');
    return;
  }
  if (!note) {
    note = h('span', { id, class: 'field-problem', role: 'alert' });
    input.insertAdjacentElement('afterend', note);
    input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') ?? ''} ${id}`.trim());
  }
  note.textContent = problem;
  input.setAttribute('aria-invalid', 'true');
}

function themeBackground(s: AppState): string {
  const name = s.draft.theme ?? 'clinical';
  return s.library?.themes.find((t) => t.name === name)?.background ?? FALLBACK_BACKGROUND;
}

function themeLabel(s: AppState): string {
  const name = s.draft.theme ?? 'clinical';
  return `the ${s.library?.themes.find((t) => t.name === name)?.label ?? name} theme`;
}
