/**
 * Text blocks of printed pages that are not slide thumbnails: the references page (a full-width
 * list, readable at 12 pt, instead of a thumbnail), speaker notes with the teach-back prompts set
 * apart, and a slide's sources under its notes.
 */
import type { DeckReference } from '../model/deck-model.js';
import { formatDate, t } from '../i18n/messages.js';
import { renderBlock, renderInline, toPlainText } from './markdown.js';

/** One reference as HTML: its text, DOI, PMID, link and access date (in the deck's language, `lang`). */
export function referenceHtml(r: DeckReference, lang = 'en'): string {
  const parts = [renderInline(r.text)];
  if (r.doi) parts.push(`doi:<a href="https://doi.org/${encodeURI(r.doi)}">${escapeHtml(r.doi)}</a>`);
  if (r.pmid) parts.push(`PMID: ${escapeHtml(r.pmid)}`);
  if (r.url) parts.push(`<a href="${escapeHtml(r.url)}">${escapeHtml(r.url)}</a>`);
  if (r.accessed) parts.push(`(${escapeHtml(t(lang, 'references.accessed', { date: formatDate(lang, r.accessed) }))})`);
  return parts.join(' ');
}

/** Characters per printed line and lines per references page at 12 pt on the narrower paper (A4). */
const CHARS_PER_LINE = 80;
const LINES_PER_PAGE = 34;

/**
 * Split references into pages by their estimated printed height (each reference is a few lines
 * plus a gap), so a long list continues on the next page instead of being cut off.
 */
export function referencePages(references: DeckReference[]): DeckReference[][] {
  const pages: DeckReference[][] = [];
  let page: DeckReference[] = [];
  let used = 0;
  for (const r of references) {
    const text = [toPlainText(r.text), r.doi, r.pmid, r.url, r.accessed].filter(Boolean).join(' ');
    const lines = Math.ceil(text.length / CHARS_PER_LINE) + 0.5;
    if (page.length && used + lines > LINES_PER_PAGE) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(r);
    used += lines;
  }
  if (page.length) pages.push(page);
  return pages;
}

/**
 * Speaker notes as paragraphs, with each teach-back prompt ("Ask: …" up to the end of its quoted
 * question or sentence) in a paragraph of its own marked `class="ask"`, so it stands apart.
 */
export function notesHtml(notes: string, askPrefix: string): string {
  const split = notes
    .split(/\n\s*\n/)
    .flatMap((para) => splitAsks(para.replace(/\s*\n\s*/g, ' ').trim(), askPrefix))
    .filter((p) => p.text);
  return split.map((p) => (p.ask ? `<p class="ask">${renderInline(p.text)}</p>` : renderBlock(p.text).trim())).join('\n');
}

function splitAsks(para: string, prefix: string): { text: string; ask: boolean }[] {
  const out: { text: string; ask: boolean }[] = [];
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The prompt: the prefix, then a quoted question ("…" or “…”), or else one sentence.
  const ask = new RegExp(`${escaped}\\s*(?:"[^"]*"|“[^”]*”|[^.?!]*[.?!])`, 'g');
  let last = 0;
  for (const m of para.matchAll(ask)) {
    out.push({ text: para.slice(last, m.index).trim(), ask: false });
    out.push({ text: m[0].trim(), ask: true });
    last = m.index + m[0].length;
  }
  out.push({ text: para.slice(last).trim(), ask: false });
  return out;
}

/** Escape text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
