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

/** Vancouver-style authors at the start: "Lee DW, Santomasso BD, et al." or "Sharma P, Ribas A." */
const AUTHORS = /^((?:[\p{Lu}][\p{L}'’-]+ [\p{Lu}]{1,3}, )*(?:[\p{Lu}][\p{L}'’-]+ [\p{Lu}]{1,3}|et al)\.)\s+(.*)$/u;
/** A sentence end: a full stop after a lowercase word or a bracket ("U.S." and "E.R." are not). */
const SENTENCE_END = /(?<=[\p{Ll}\d)]{2}\.)\s+(?=\P{Ll})/u;
/** A leaflet source's longest title, in characters (the link leads to the rest). */
const SHORT_TITLE = 48;

/**
 * One reference as a leaflet's short source line: who (the first author "et al.", or the
 * organisation), the title cut at about 48 characters, the year, and the website's name (or, for
 * an article with only a DOI, its journal) as a link — what a patient needs to find it again, in a line or two.
 */
export function shortReferenceHtml(r: DeckReference): string {
  const text = toPlainText(r.text).trim();
  const authors = AUTHORS.exec(text);
  const [who, rest] = authors ? [firstAuthor(authors[1]!), authors[2]!] : splitFirst(text);
  const [title, after] = splitFirst(rest);
  const year = /\b(?:19|20)\d\d\b/.exec(after)?.[0];
  // An article without a web page is found by its journal; on paper a DOI is a long number nobody types.
  const journal = !r.url && r.doi ? splitFirst(after)[0].replace(/[.\s]+$/, '') : '';
  const parts = [cut(who, SHORT_TITLE), cut(title, SHORT_TITLE), journal ? '' : year]
    .filter(Boolean)
    .map((p) => escapeHtml(p!.replace(/[.\s]+$/, '')))
    .map((p) => (p.endsWith('…') ? p : `${p}.`));
  const where = r.url
    ? siteLink(r.url)
    : r.doi
      ? `<a href="https://doi.org/${encodeURI(r.doi)}">${escapeHtml(journal.split(/[.;]/)[0] || 'doi.org')}</a>${year ? ` ${year}.` : ''}`
      : '';
  return [...parts, where].filter(Boolean).join(' ');
}

function firstAuthor(list: string): string {
  const names = list.replace(/\.$/, '').split(', ');
  return names.length > 1 ? `${names[0]} et al` : names[0]!;
}

function splitFirst(text: string): [string, string] {
  const m = SENTENCE_END.exec(text);
  return m ? [text.slice(0, m.index), text.slice(m.index + m[0].length)] : [text, ''];
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(' ', max)).replace(/[,:;\s]+$/, '')}…`;
}

/** A link to a web page shown as its site's name: cancer.gov, fda.gov. */
function siteLink(url: string): string {
  let host = url;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // Not a URL we can read: show it whole.
  }
  return `<a href="${escapeHtml(url)}">${escapeHtml(host)}</a>`;
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
export function notesHtml(notes: string, askPrefix: string | readonly string[]): string {
  const ask = askPattern(askPrefix);
  const split = notes
    .split(/\n\s*\n/)
    .flatMap((para) => splitAsks(para.replace(/\s*\n\s*/g, ' ').trim(), ask))
    .filter((p) => p.text);
  return split.map((p) => (p.ask ? `<p class="ask">${renderInline(p.text)}</p>` : renderBlock(p.text).trim())).join('\n');
}

/** The prompt: one of the labels (longest first), then a quoted question ("…" or “…”), or else one sentence. */
function askPattern(prefix: string | readonly string[]): RegExp {
  const prefixes = (typeof prefix === 'string' ? [prefix] : [...prefix]).sort((a, b) => b.length - a.length);
  const escaped = `(?:${prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
  return new RegExp(`${escaped}\\s*(?:"[^"]*"|“[^”]*”|[^.?!]*[.?!])`, 'g');
}

function splitAsks(para: string, ask: RegExp): { text: string; ask: boolean }[] {
  const out: { text: string; ask: boolean }[] = [];
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
