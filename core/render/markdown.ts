import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown from topic files is shared between people, so it is rendered with raw HTML switched off
 * and then sanitized again with an allow-list: no script, style, iframe, event handler or
 * javascript: URL can reach a deck, whatever the Markdown parser does.
 */
const parser = new MarkdownIt({ html: false, linkify: false, typographer: true, breaks: false }).disable('image');

const INLINE_TAGS = ['strong', 'em', 'b', 'i', 'a', 'code', 'br', 'sup', 'sub', 's', 'del'];
const BLOCK_TAGS = [...INLINE_TAGS, 'p', 'ul', 'ol', 'li', 'blockquote'];

const baseOptions: sanitizeHtml.IOptions = {
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // Links open outside the deck (the app opens https links in the system browser).
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer', target: '_blank' } }),
  },
};

/**
 * Number ranges with an en dash, as typeset: "2-3 weeks" → "2–3 weeks", "10 - 20%" → "10–20%".
 * Only 1–3 digit numbers not touching other digits, dashes, slashes or dots, so dates (2026-11-20),
 * phone numbers (555-0199), DOIs and URLs keep their hyphens.
 */
export function enDashRanges(text: string): string {
  return text.replace(/(?<![\d\-/.:])(\d{1,3}) ?- ?(\d{1,3})(?![\d\-/.])/g, '$1–$2');
}

/** Render one line of inline Markdown to safe HTML. */
export function renderInline(text: string): string {
  return sanitizeHtml(parser.renderInline(enDashRanges(text)), {
    ...baseOptions,
    allowedTags: INLINE_TAGS,
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
  });
}

/** Render block Markdown (paragraphs, lists) to safe HTML; used for speaker notes. */
export function renderBlock(text: string): string {
  return sanitizeHtml(parser.render(enDashRanges(text)), {
    ...baseOptions,
    allowedTags: BLOCK_TAGS,
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
  });
}

/** Inline Markdown reduced to plain text (for titles in outlines, metadata and word counts). */
export function toPlainText(text: string): string {
  return sanitizeHtml(parser.renderInline(text), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
}
