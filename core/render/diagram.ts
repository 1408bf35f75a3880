/**
 * SVG diagrams placed in the page itself instead of as pictures, so they are drawn in the deck's font
 * and the theme's colours (CSS variables `--id-dg-*`, templates/deck.css), and speak the deck's
 * language.
 *
 * A diagram file stays a complete SVG that any viewer draws with its own colours. To follow the theme
 * its shapes carry colour-role classes (`f-primary`, `s-ink`, … see docs/themes.md), and each label
 * may carry its wording per language: `<text data-label-es="Célula T">T cell</text>`; a label marked
 * `translate="no"` (PD-1, step numbers) is the same in every language.
 *
 * Markup from a file is never trusted: it goes through an allow-list of SVG elements and attributes
 * (no script, style, foreignObject, event handler or outside link), and its ids get a per-use prefix
 * so two diagrams on one page (a handout) cannot clash.
 */
import sanitizeHtml from 'sanitize-html';

/** A diagram ready to place in a page. */
export interface InlineDiagram {
  /** The `<svg class="diagram">…</svg>` markup. */
  html: string;
  /** Labels with no wording in the requested language (shown in English). */
  untranslated: string[];
}

const SVG_TAGS = [
  'svg', 'g', 'defs', 'title', 'desc', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan',
  'marker', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'use',
]; // prettier-ignore

const SVG_ATTRIBUTES = [
  'id', 'class', 'viewBox', 'preserveAspectRatio', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width',
  'height', 'd', 'points', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-linejoin',
  'stroke-linecap', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'transform', 'font-size', 'font-weight',
  'font-style', 'text-anchor', 'dominant-baseline', 'dx', 'dy', 'markerWidth', 'markerHeight', 'refX', 'refY', 'orient',
  'markerUnits', 'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'clip-path', 'marker-start', 'marker-mid',
  'marker-end', 'href', 'xmlns', 'role', 'aria-label', 'aria-hidden', 'focusable',
]; // prettier-ignore

/** True for a file placed in the page as a diagram (an SVG) rather than as a picture. */
export function isDiagramFile(file: string): boolean {
  return file.toLowerCase().endsWith('.svg');
}

/** Attributes whose value may point inside the diagram: only `#id` / `url(#id)` survive. */
const REFERENCE = /^(?:#([\w.-]+)|url\(#([\w.-]+)\))$/;

/** A label element with its attributes and text: `<text …>words</text>` (tspans alike). */
const LABEL = /<(text|tspan)\b([^>]*)>([^<]*)<\/\1>/g;

/**
 * The file's labels in `lang`: each `data-label-<lang>` replaces its element's text. Labels with
 * letters, no wording in `lang` and no `translate="no"` are listed as untranslated.
 */
export function localizeLabels(svg: string, lang: string): { svg: string; untranslated: string[] } {
  const untranslated: string[] = [];
  if (lang === 'en') return { svg, untranslated };
  const attr = new RegExp(`\\bdata-label-${lang}="([^"]*)"`);
  const out = svg.replace(LABEL, (whole, tag: string, attrs: string, text: string) => {
    const wording = attr.exec(attrs);
    if (wording) return `<${tag}${attrs}>${wording[1]}</${tag}>`;
    if (/\p{L}{2}/u.test(text) && !/\btranslate="no"/.test(attrs)) untranslated.push(text.trim());
    return whole;
  });
  return { svg: out, untranslated };
}

/**
 * A diagram file as markup for a page: labels in `lang`, sanitized, ids prefixed with `idPrefix`,
 * sized by CSS, and described by `label` (the slide's alt text) as one image for screen readers and
 * the PDF's structure tree.
 */
export function inlineDiagram(source: string, options: { lang: string; idPrefix: string; label: string }): InlineDiagram {
  const { svg, untranslated } = localizeLabels(source, options.lang);
  const html = sanitizeHtml(svg, {
    allowedTags: SVG_TAGS,
    allowedAttributes: { '*': SVG_ATTRIBUTES },
    allowedSchemes: [],
    parser: { xmlMode: true, lowerCaseTags: false, lowerCaseAttributeNames: false },
    // The alt text names the whole picture; the file's own title/desc would repeat it in English.
    exclusiveFilter: (frame) => frame.tag === 'title' || frame.tag === 'desc',
    transformTags: { '*': (tagName, attribs) => ({ tagName, attribs: rewriteAttributes(tagName, attribs, options) }) },
  });
  return { html: html.trim(), untranslated };
}

function rewriteAttributes(
  tag: string,
  attribs: sanitizeHtml.Attributes,
  options: { idPrefix: string; label: string },
): sanitizeHtml.Attributes {
  const out: sanitizeHtml.Attributes = {};
  for (const [name, value] of Object.entries(attribs)) {
    if (name === 'id') out[name] = options.idPrefix + value;
    else if (name === 'href' || value.includes('url(')) {
      const ref = REFERENCE.exec(value.trim());
      if (ref) out[name] = ref[1] ? `#${options.idPrefix}${ref[1]}` : `url(#${options.idPrefix}${ref[2]})`;
    } else out[name] = value;
  }
  if (tag !== 'svg') return out;
  // The page sizes the diagram (CSS); the label replaces title/desc for assistive technology.
  delete out.width;
  delete out.height;
  return {
    ...out,
    class: ['diagram', out.class].filter(Boolean).join(' '),
    role: 'img',
    'aria-label': options.label,
    focusable: 'false',
  };
}
