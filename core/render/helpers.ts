import type Handlebars from 'handlebars';
import type { ColumnModel, SlideModel } from '../model/deck-model.js';
import { renderBlock, renderInline, toPlainText } from './markdown.js';
import { formatDate, t, type MessageKey } from '../i18n/messages.js';
import { hyphenateHtml } from './hyphenate.js';

/**
 * A callout message as HTML with its first sentence in `<span class="message-lead">`. A message
 * of one sentence, or whose first sentence holds Markdown emphasis, is all lead.
 */
export function calloutMessage(text: string): string {
  const m = /^(.+?[.!?:])\s+(\S[\s\S]*)$/.exec(text.trim());
  if (!m || /[*_`[]/.test(m[1]!)) return `<span class="message-lead">${renderInline(text)}</span>`;
  return `<span class="message-lead">${renderInline(m[1]!)}</span> ${renderInline(m[2]!)}`;
}

/** Register every helper the templates use. All Markdown goes through the sanitizer here. */
export function registerHelpers(env: typeof Handlebars): void {
  /** Inline Markdown → sanitized HTML, hyphenated for a Spanish page (core/render/hyphenate.ts). */
  env.registerHelper(
    'md',
    (text: unknown, options: Handlebars.HelperOptions) =>
      new env.SafeString(typeof text === 'string' ? hyphenateHtml(renderInline(text), pageLanguage(options)) : ''),
  );
  /** Inline Markdown for a heading: never hyphenated (headings keep whole words, and their text stays clean in PDFs). */
  env.registerHelper('headingText', (text: unknown) => new env.SafeString(typeof text === 'string' ? renderInline(text) : ''));
  /** Block Markdown (notes) → sanitized HTML. */
  env.registerHelper('mdBlock', (text: unknown) => new env.SafeString(typeof text === 'string' ? renderBlock(text) : ''));
  /** Markdown → plain text (for <title>). */
  env.registerHelper('plain', (text: unknown) => (typeof text === 'string' ? toPlainText(text) : ''));
  /** The partial name for a layout. */
  env.registerHelper('layoutPartial', (layout: string) => `slide-${layout}`);
  /** True when any argument is truthy: {{#if (or a b)}}. */
  env.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  /** True when both arguments are the same: {{#if (eq layout "title")}}. */
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  /**
   * A message of the product's catalogue (core/i18n/<lang>.json) in the page's language
   * (`@root.lang`): {{t "handout.page" page=number pages=@root.total}}.
   */
  env.registerHelper('t', (key: string, options: Handlebars.HelperOptions) =>
    t(pageLanguage(options), key as MessageKey, options.hash as Record<string, string | number>),
  );
  /** A YYYY-MM-DD date written out in the page's language with Intl. */
  env.registerHelper('date', (value: unknown, options: Handlebars.HelperOptions) =>
    typeof value === 'string' ? formatDate(pageLanguage(options), value) : '',
  );
  /** A callout message with only its lead sentence bold (the rest keeps its own emphasis). */
  env.registerHelper('calloutMessage', (text: unknown) => new env.SafeString(typeof text === 'string' ? calloutMessage(text) : ''));
  /** The two columns of a two-column slide as a list. */
  env.registerHelper('columnsOf', (slide: SlideModel): ColumnModel[] => [slide.left ?? {}, slide.right ?? {}]);
}

/** The language of the page being rendered: `lang` at the template's root (deck and handout pages set it). */
function pageLanguage(options: Handlebars.HelperOptions): string | undefined {
  const root = (options.data as { root?: { lang?: string } } | undefined)?.root;
  return root?.lang;
}
