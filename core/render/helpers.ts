import type Handlebars from 'handlebars';
import type { ColumnModel, SlideModel } from '../model/deck-model.js';
import { renderBlock, renderInline, toPlainText } from './markdown.js';

/** Register every helper the templates use. All Markdown goes through the sanitizer here. */
export function registerHelpers(env: typeof Handlebars): void {
  /** Inline Markdown → sanitized HTML. */
  env.registerHelper('md', (text: unknown) => new env.SafeString(typeof text === 'string' ? renderInline(text) : ''));
  /** Block Markdown (notes) → sanitized HTML. */
  env.registerHelper('mdBlock', (text: unknown) => new env.SafeString(typeof text === 'string' ? renderBlock(text) : ''));
  /** Markdown → plain text (for <title>). */
  env.registerHelper('plain', (text: unknown) => (typeof text === 'string' ? toPlainText(text) : ''));
  /** The partial name for a layout. */
  env.registerHelper('layoutPartial', (layout: string) => `slide-${layout}`);
  /** True when any argument is truthy: {{#if (or a b)}}. */
  env.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  /** The two columns of a two-column slide as a list. */
  env.registerHelper('columnsOf', (slide: SlideModel): ColumnModel[] => [slide.left ?? {}, slide.right ?? {}]);
}
