import { PDFDict, PDFHexString, PDFName, PDFNumber, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { OutlineEntry } from './pdf-outline.js';

/**
 * Write `entries` as the PDF's document outline (bookmarks), all open, and ask viewers to show it.
 * Entries pointing past the last page are dropped. Replaces any outline the engine wrote.
 */
export function writeOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  const pages = doc.getPages().map((p) => p.ref);
  const usable = prune(entries, pages.length);
  if (usable.length === 0) return;
  const rootRef = doc.context.nextRef();
  const root = doc.context.obj({ Type: 'Outlines' });
  const count = addChildren(doc, root, rootRef, usable, pages);
  root.set(PDFName.of('Count'), PDFNumber.of(count));
  doc.context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function prune(entries: OutlineEntry[], pageCount: number): OutlineEntry[] {
  return entries.filter((e) => e.pageIndex >= 0 && e.pageIndex < pageCount).map((e) => ({ ...e, children: prune(e.children, pageCount) }));
}

/** Link `entries` under `parent`; returns how many items are visible below it (all are open). */
function addChildren(doc: PDFDocument, parent: PDFDict, parentRef: PDFRef, entries: OutlineEntry[], pages: PDFRef[]): number {
  const refs = entries.map(() => doc.context.nextRef());
  let visible = 0;
  entries.forEach((entry, i) => {
    const item = doc.context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: parentRef,
      Dest: [pages[entry.pageIndex]!, 'Fit'],
    });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    if (entry.children.length) {
      const below = addChildren(doc, item, refs[i]!, entry.children, pages);
      item.set(PDFName.of('Count'), PDFNumber.of(below));
      visible += below;
    }
    doc.context.assign(refs[i]!, item);
    visible += 1;
  });
  parent.set(PDFName.of('First'), refs[0]!);
  parent.set(PDFName.of('Last'), refs[refs.length - 1]!);
  return visible;
}

/**
 * Put back the titles of the bookmarks the engine wrote from a page's headings. Chromium joins a
 * wrapped heading's lines without a space ("…for patientsand families") and repeats the text of a
 * heading it moved to the next page ("SourcesSources"). Each title made of the same letters as one
 * of `headings` (once or repeated, spaces ignored) gets that heading's text. Returns how many changed.
 */
export function correctOutlineTitles(doc: PDFDocument, headings: string[]): number {
  const squash = (s: string) => s.replace(/[\s\u00ad]+/g, '');
  const known = new Map(headings.map((h) => [squash(h), h.replace(/\s+/g, ' ').trim()]));
  let changed = 0;
  const visit = (ref: unknown) => {
    for (let item = doc.context.lookupMaybe(ref as PDFRef, PDFDict); item;) {
      const raw = item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText();
      const key = raw === undefined ? '' : squash(raw);
      const half = key.length % 2 === 0 && key.slice(0, key.length / 2) === key.slice(key.length / 2) ? key.slice(key.length / 2) : key;
      const fixed = known.get(key) ?? known.get(half);
      if (raw !== undefined && fixed !== undefined && fixed !== raw) {
        item.set(PDFName.of('Title'), PDFHexString.fromText(fixed));
        changed++;
      }
      visit(item.get(PDFName.of('First')));
      item = doc.context.lookupMaybe(item.get(PDFName.of('Next')) as PDFRef, PDFDict);
    }
  };
  visit(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.get(PDFName.of('First')));
  return changed;
}
