/**
 * SVG pictures carry a PNG for clients that cannot draw SVG (PowerPoint 2013 and older, some
 * importers). pptxgenjs makes that PNG only in a browser; in Node it writes a "broken image" PNG.
 * With a rasterizer (the caller's: e.g. the PDF engine's Chromium), each fallback PNG is replaced by
 * the SVG drawn at twice its placed size. PowerPoint 2016+ and LibreOffice draw the SVG itself.
 */
import path from 'node:path';
import type JSZip from 'jszip';

/** Draws an SVG document as a PNG of the given pixel size. */
export type SvgRasterizer = (svg: string, size: { width: number; height: number }) => Promise<Uint8Array>;

const EMU_PER_PX = 9525;

/** A relationship's target (relative to the part that names it) as a path inside the package. */
function resolve(from: string, target: string): string {
  return path.posix.join(path.posix.dirname(from), target);
}

/** Replace the PNG fallback of every SVG picture in slides, layouts and masters. Returns how many were replaced. */
export async function replaceSvgFallbacks(zip: JSZip, rasterize: SvgRasterizer): Promise<number> {
  let replaced = 0;
  const done = new Set<string>();
  const parts = Object.keys(zip.files).filter((n) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n));
  for (const part of parts) {
    const xml = await zip.file(part)!.async('string');
    if (!xml.includes('svgBlip')) continue;
    const relsName = part.replace(/([^/]+)$/, '_rels/$1.rels');
    const relsXml = (await zip.file(relsName)?.async('string')) ?? '';
    const targets = new Map(
      [...relsXml.matchAll(/<Relationship\b[^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, resolve(part, m[2]!)]),
    );
    for (const pic of xml.match(/<p:pic>[\s\S]*?<\/p:pic>/g) ?? []) {
      const blip = /<a:blip r:embed="([^"]+)"[\s\S]*?<asvg:svgBlip\b[^>]*r:embed="([^"]+)"/.exec(pic);
      const ext = /<a:ext cx="(\d+)" cy="(\d+)"\s*\/>/.exec(pic);
      if (!blip || !ext) continue;
      const png = targets.get(blip[1]!);
      const svg = targets.get(blip[2]!);
      if (!png || !svg || done.has(png) || !zip.file(svg)) continue;
      const size = { width: Math.round((Number(ext[1]) / EMU_PER_PX) * 2), height: Math.round((Number(ext[2]) / EMU_PER_PX) * 2) };
      zip.file(png, await rasterize(await zip.file(svg)!.async('string'), size));
      done.add(png);
      replaced++;
    }
  }
  return replaced;
}
