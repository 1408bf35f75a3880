/**
 * Which characters a font file can draw: its `cmap` table, read from a .woff2 (brotli, from Node's
 * zlib), .ttf or .otf file. Used to report text that would print as empty boxes.
 */
import { readFileSync } from 'node:fs';
import { brotliDecompressSync, inflateSync } from 'node:zlib';

const cache = new Map<string, Set<number>>();

/** The code points a font maps to glyphs (cached per file); an empty set when the file cannot be read. */
export function fontCoverage(file: string): Set<number> {
  let set = cache.get(file);
  if (!set) {
    try {
      set = readCmap(tableOf(readFileSync(file), 'cmap'));
    } catch {
      set = new Set();
    }
    cache.set(file, set);
  }
  return set;
}

/** The bytes of one table of an sfnt, WOFF or WOFF2 font. */
function tableOf(buf: Buffer, tag: string): Buffer {
  const sig = buf.toString('latin1', 0, 4);
  if (sig === 'wOF2') return woff2Table(buf, tag);
  if (sig === 'wOFF') return woffTable(buf, tag);
  const n = buf.readUInt16BE(4);
  for (let i = 0; i < n; i++) {
    const at = 12 + i * 16;
    if (buf.toString('latin1', at, at + 4) === tag)
      return buf.subarray(buf.readUInt32BE(at + 8), buf.readUInt32BE(at + 8) + buf.readUInt32BE(at + 12));
  }
  throw new Error(`no ${tag} table`);
}

function woffTable(buf: Buffer, tag: string): Buffer {
  const n = buf.readUInt16BE(12);
  for (let i = 0; i < n; i++) {
    const at = 44 + i * 20;
    if (buf.toString('latin1', at, at + 4) !== tag) continue;
    const [offset, comp, orig] = [buf.readUInt32BE(at + 4), buf.readUInt32BE(at + 8), buf.readUInt32BE(at + 12)];
    const data = buf.subarray(offset, offset + comp);
    return comp < orig ? inflateSync(data) : data;
  }
  throw new Error(`no ${tag} table`);
}

/** WOFF2 known table tags, by the index its directory uses (WOFF2 spec, table 5.1). */
const WOFF2_TAGS =
  'cmap head hhea hmtx maxp name OS/2 post cvt  fpgm glyf loca prep CFF  VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG  sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill'
    .match(/.{4}\s?/g)!
    .map((t) => t.slice(0, 4));

function woff2Table(buf: Buffer, tag: string): Buffer {
  const numTables = buf.readUInt16BE(12);
  const compressedSize = buf.readUInt32BE(20);
  let at = 48;
  const base128 = (): number => {
    let v = 0;
    for (let i = 0; i < 5; i++) {
      const b = buf[at++]!;
      v = v * 128 + (b & 0x7f);
      if (!(b & 0x80)) return v;
    }
    throw new Error('bad UIntBase128');
  };
  let offset = 0;
  let found: [number, number] | undefined;
  for (let i = 0; i < numTables; i++) {
    const flags = buf[at++]!;
    const t = (flags & 0x3f) === 63 ? buf.toString('latin1', at, (at += 4)) : WOFF2_TAGS[flags & 0x3f]!;
    const version = flags >> 6;
    const orig = base128();
    // glyf and loca are transformed unless version 3; other tables only with a non-zero version.
    const transformed = t === 'glyf' || t === 'loca' ? version !== 3 : version !== 0;
    const length = transformed ? base128() : orig;
    if (t === tag) found = [offset, length];
    offset += length;
  }
  if (!found) throw new Error(`no ${tag} table`);
  const data = brotliDecompressSync(buf.subarray(at, at + compressedSize));
  return data.subarray(found[0], found[0] + found[1]);
}

/** Code points of the Unicode subtables (format 4 and 12) of a cmap table. */
function readCmap(cmap: Buffer): Set<number> {
  const out = new Set<number>();
  const n = cmap.readUInt16BE(2);
  for (let i = 0; i < n; i++) {
    const offset = cmap.readUInt32BE(4 + i * 8 + 4);
    const format = cmap.readUInt16BE(offset);
    if (format === 4) readFormat4(cmap, offset, out);
    else if (format === 12) readFormat12(cmap, offset, out);
  }
  return out;
}

function readFormat4(b: Buffer, o: number, out: Set<number>): void {
  const segs = b.readUInt16BE(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const ranges = deltas + segs * 2;
  for (let s = 0; s < segs; s++) {
    const [start, end] = [b.readUInt16BE(starts + s * 2), b.readUInt16BE(ends + s * 2)];
    const delta = b.readInt16BE(deltas + s * 2);
    const rangeOffset = b.readUInt16BE(ranges + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      const glyph = rangeOffset === 0 ? (c + delta) & 0xffff : glyphAt(b, ranges + s * 2 + rangeOffset + (c - start) * 2, delta);
      if (glyph !== 0) out.add(c);
    }
  }
}

function glyphAt(b: Buffer, at: number, delta: number): number {
  const g = b.readUInt16BE(at);
  return g === 0 ? 0 : (g + delta) & 0xffff;
}

function readFormat12(b: Buffer, o: number, out: Set<number>): void {
  const groups = b.readUInt32BE(o + 12);
  for (let g = 0; g < groups; g++) {
    const at = o + 16 + g * 12;
    const [start, end] = [b.readUInt32BE(at), b.readUInt32BE(at + 4)];
    for (let c = start; c <= end && c - start < 0x10000; c++) out.add(c);
  }
}
