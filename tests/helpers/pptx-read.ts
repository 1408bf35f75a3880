/**
 * Read a .pptx back the way a client would see it, from the zip and its XML: slides in
 * presentation order, each slide's paragraphs, title placeholder text, notes, pictures' alt text,
 * table cells and bold runs.
 */
import path from 'node:path';
import JSZip from 'jszip';

/** What one slide holds. */
export interface PptxSlide {
  /** The slide part, e.g. ppt/slides/slide3.xml. */
  part: string;
  /** Paragraph texts in document order. */
  paragraphs: string[];
  /** All text, paragraphs joined by newlines. */
  text: string;
  /** Text of the title placeholder (<p:ph type="title">), if any. */
  title?: string;
  /** Layout (master) name the slide uses. */
  layout?: string;
  /** Speaker notes text. */
  notes: string;
  /** Alt text (descr) of every picture, '' where missing. */
  pictureAlts: string[];
  /** Number of table cells (<a:tc>). */
  tableCells: number;
  /** Texts of bold runs. */
  boldRuns: string[];
  /** Link targets of hyperlinks. */
  links: string[];
}

/** The document properties and slides of a .pptx. */
export interface PptxContents {
  slides: PptxSlide[];
  /** docProps/core.xml: title, creator, subject. */
  core: { title?: string; creator?: string; subject?: string };
  /** docProps/app.xml company. */
  company?: string;
  /** Slide size in EMU. */
  size: { cx: number; cy: number };
  /** Every zip entry name. */
  files: string[];
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
    [...p[1]!.matchAll(/<a:t>([\s\S]*?)<\/a:t>|<a:br\/>/g)].map((t) => (t[0] === '<a:br/>' ? '\n' : decode(t[1] ?? ''))).join(''),
  );
}

function relsOf(xml: string): Map<string, { target: string; type: string }> {
  const map = new Map<string, { target: string; type: string }>();
  for (const m of xml.matchAll(/<Relationship\b([^>]*)\/>/g)) {
    const attr = (n: string): string => new RegExp(`\\b${n}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
    map.set(attr('Id'), { target: attr('Target'), type: attr('Type') });
  }
  return map;
}

/** A relationship's target (relative to the part that names it) as a path inside the package. */
function resolve(from: string, target: string): string {
  return path.posix.join(path.posix.dirname(from), target);
}

/** Unzip and read a .pptx. */
export async function readPptx(data: Uint8Array): Promise<PptxContents> {
  const zip = await JSZip.loadAsync(data);
  const read = async (name: string): Promise<string> => (zip.file(name) ? await zip.file(name)!.async('string') : '');
  const pres = await read('ppt/presentation.xml');
  const presRels = relsOf(await read('ppt/_rels/presentation.xml.rels'));
  const order = [...pres.matchAll(/<p:sldId\b[^>]*r:id="([^"]+)"/g)].map((m) =>
    resolve('ppt/presentation.xml', presRels.get(m[1]!)!.target),
  );
  const sz = /<p:sldSz\b[^>]*cx="(\d+)"[^>]*cy="(\d+)"/.exec(pres);
  const slides: PptxSlide[] = [];
  for (const part of order) {
    const xml = await read(part);
    const rels = relsOf(await read(part.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels')));
    const notesRel = [...rels.values()].find((r) => r.type.endsWith('/notesSlide'));
    const layoutRel = [...rels.values()].find((r) => r.type.endsWith('/slideLayout'));
    const notesXml = notesRel ? await read(resolve(part, notesRel.target)) : '';
    // Notes: the body placeholder of the notes slide.
    const notesBody =
      [...notesXml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]!).find((sp) => /<p:ph\b[^>]*type="body"/.test(sp)) ?? '';
    const layoutXml = layoutRel ? await read(resolve(part, layoutRel.target)) : '';
    const shapes = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]!);
    const titleShape = shapes.find((sp) => /<p:ph\b[^>]*type="title"/.test(sp));
    const paragraphs = paragraphsOf(xml).filter((p) => p.length);
    slides.push({
      part,
      paragraphs,
      text: paragraphs.join('\n'),
      title: titleShape ? paragraphsOf(titleShape).join('\n') : undefined,
      layout: /<p:cSld\b[^>]*name="([^"]*)"/.exec(layoutXml)?.[1],
      notes: paragraphsOf(notesBody).join('\n'),
      pictureAlts: [...xml.matchAll(/<p:pic>[\s\S]*?<p:cNvPr\b([^>]*)>/g)].map((m) => decode(/\bdescr="([^"]*)"/.exec(m[1]!)?.[1] ?? '')),
      tableCells: (xml.match(/<a:tc[ >]/g) ?? []).length,
      boldRuns: [...xml.matchAll(/<a:r><a:rPr\b[^>]*\bb="1"[^>]*>[\s\S]*?<a:t>([\s\S]*?)<\/a:t><\/a:r>/g)].map((m) => decode(m[1]!)),
      links: [...xml.matchAll(/<a:hlinkClick\b[^>]*r:id="([^"]+)"/g)].map((m) => rels.get(m[1]!)?.target ?? ''),
    });
  }
  const core = await read('docProps/core.xml');
  const tag = (x: string, t: string): string | undefined => {
    const m = new RegExp(`<${t}[^>]*>([\\s\\S]*?)</${t}>`).exec(x);
    return m ? decode(m[1]!) : undefined;
  };
  return {
    slides,
    core: { title: tag(core, 'dc:title'), creator: tag(core, 'dc:creator'), subject: tag(core, 'dc:subject') },
    company: tag(await read('docProps/app.xml'), 'Company'),
    size: { cx: Number(sz?.[1] ?? 0), cy: Number(sz?.[2] ?? 0) },
    files: Object.keys(zip.files),
  };
}
