/**
 * Fix-ups of pptxgenjs output that PowerPoint would otherwise "repair" on opening (schema
 * violations reported upstream, gitbrent/Presentation #1083 and #1442):
 * - pptxgenjs writes an <a:pPr> before every run of a paragraph; the schema allows one, first;
 * - a solid slide background needs an effect list (<a:effectLst/>) in <p:bgPr>.
 */
import JSZip from 'jszip';

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

/** Apply the fix-ups to every slide, layout and master of a written PPTX. */
export async function repairPptx(data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const parts = Object.keys(zip.files).filter((n) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n));
  for (const name of parts) {
    const xml = await zip.file(name)!.async('string');
    const fixed = addBackgroundEffects(dedupeParagraphProps(xml));
    if (fixed !== xml) zip.file(name, fixed);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
