/**
 * Fix-ups of pptxgenjs output that PowerPoint would otherwise "repair" on opening (schema
 * violations reported upstream, gitbrent/Presentation #1083 and #1442):
 * - pptxgenjs writes an <a:pPr> before every run of a paragraph; the schema allows one, first;
 * - a solid slide background needs an effect list (<a:effectLst/>) in <p:bgPr> (#1442);
 * - a shape without text has no <p:txBody>, which PowerPoint adds back by "repairing" (#1441);
 * - [Content_Types].xml names a slide master per slide, parts that do not exist (#1449).
 * It also colours bullets (pptxgenjs has no option for it), as the HTML colours list markers.
 */
import JSZip from 'jszip';
import { replaceSvgFallbacks, type SvgRasterizer } from './svg-fallback.js';

/** Keep only the leading <a:pPr> of each paragraph. */
export function dedupeParagraphProps(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_m, inner: string) => {
    const lead = /^<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/.exec(inner);
    const head = lead ? lead[0] : '';
    const rest = inner.slice(head.length).replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, '');
    return `<a:p>${head}${rest}</a:p>`;
  });
}

/** Give every <p:bgPr> an effect list. */
export function addBackgroundEffects(xml: string): string {
  return xml.replace(/<p:bgPr>([\s\S]*?)<\/p:bgPr>/g, (m, inner: string) =>
    /<a:effect(Lst|Dag)\b/.test(inner) ? m : `<p:bgPr>${inner}<a:effectLst/></p:bgPr>`,
  );
}

/** Give every shape (<p:sp>) a text body, empty where it has none. */
export function addEmptyTextBodies(xml: string): string {
  return xml.replace(/<p:sp>([\s\S]*?)<\/p:sp>/g, (m, inner: string) =>
    inner.includes('<p:txBody>')
      ? m
      : `<p:sp>${inner}<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>`,
  );
}

/** Drop content-type overrides whose part is not in the package. */
export function dropPhantomOverrides(contentTypes: string, parts: ReadonlySet<string>): string {
  return contentTypes.replace(/<Override\b[^>]*PartName="\/([^"]+)"[^>]*\/>/g, (m, name: string) => (parts.has(name) ? m : ''));
}

/** Colour every bullet character (RRGGBB); numbers keep the text colour. */
export function colorBullets(xml: string, color: string): string {
  return xml.replace(
    /<a:buSzPct val="(\d+)"\/><a:buChar /g,
    `<a:buClr><a:srgbClr val="${color}"/></a:buClr><a:buSzPct val="$1"/><a:buChar `,
  );
}

/** The twelve colours of an OOXML colour scheme. */
export interface ColorScheme {
  name: string;
  dk1: string;
  lt1: string;
  dk2: string;
  lt2: string;
  accent1: string;
  accent2: string;
  accent3: string;
  accent4: string;
  accent5: string;
  accent6: string;
  hlink: string;
  folHlink: string;
}

/** Replace the theme part's colour scheme (pptxgenjs always writes Office's). */
export function setColorScheme(themeXml: string, scheme: ColorScheme): string {
  const { name, ...colors } = scheme;
  const body = Object.entries(colors)
    .map(([k, v]) => `<a:${k}><a:srgbClr val="${v}"/></a:${k}>`)
    .join('');
  const safeName = name.replace(/[<>&"]/g, '');
  return themeXml.replace(/<a:clrScheme\b[^>]*>[\s\S]*?<\/a:clrScheme>/, `<a:clrScheme name="${safeName}">${body}</a:clrScheme>`);
}

/** Options for {@link repairPptx}. */
export interface RepairOptions {
  /** Colour of bullet characters, RRGGBB. */
  bulletColor?: string;
  /** The presentation theme's colour scheme (what PowerPoint's colour picker offers), RRGGBB. */
  colorScheme?: ColorScheme;
  /** Draws the PNG fallback of SVG pictures (see svg-fallback.ts). */
  rasterizeSvg?: SvgRasterizer;
}

/** Apply the fix-ups to every slide, layout and master of a written PPTX. */
export async function repairPptx(data: Uint8Array, options: RepairOptions = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const parts = Object.keys(zip.files).filter((n) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n));
  for (const name of parts) {
    const xml = await zip.file(name)!.async('string');
    let fixed = addEmptyTextBodies(addBackgroundEffects(dedupeParagraphProps(xml)));
    if (options.bulletColor) fixed = colorBullets(fixed, options.bulletColor);
    if (fixed !== xml) zip.file(name, fixed);
  }
  const theme = zip.file('ppt/theme/theme1.xml');
  if (theme && options.colorScheme) zip.file('ppt/theme/theme1.xml', setColorScheme(await theme.async('string'), options.colorScheme));
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (types) zip.file('[Content_Types].xml', dropPhantomOverrides(types, new Set(Object.keys(zip.files))));
  if (options.rasterizeSvg) await replaceSvgFallbacks(zip, options.rasterizeSvg);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
