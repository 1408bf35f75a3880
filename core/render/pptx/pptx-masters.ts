/**
 * The slide masters (PowerPoint: slide layouts): one per kind of slide, each with title and body
 * placeholders where the HTML has a heading and content, so PowerPoint's outline view lists the
 * titles and "Reset slide" puts text back in place. The branding (footer logo and text) and the
 * slide number live on every master, as in the HTML's slide chrome.
 */
import { type Presentation, type SlideMasterProps, type SlideNumberProps } from './pptx-lib.js';
import type { DeckModel } from '../../model/deck-model.js';
import { containIn, type ImageSize } from './image-size.js';
import type { Rect, SlideGeometry } from './pptx-geometry.js';
import { inches, points, type PptxStyle } from './pptx-style.js';

/** Master names; PowerPoint shows them as the layout names. */
export const MASTER = {
  title: 'ImmunoDeck Title',
  section: 'ImmunoDeck Section',
  content: 'ImmunoDeck Title and Content',
  twoColumn: 'ImmunoDeck Two Columns',
  titleOnly: 'ImmunoDeck Title Only',
  contentLong: 'ImmunoDeck Title and Content (two-line heading)',
  twoColumnLong: 'ImmunoDeck Two Columns (two-line heading)',
  titleOnlyLong: 'ImmunoDeck Title Only (two-line heading)',
} as const;

/** Placeholder names used by the slide builders. */
export const PH = { title: 'title', body: 'body', left: 'left', right: 'right' } as const;

/** A px rectangle as pptxgenjs position options (inches). */
export function at(r: Rect): { x: number; y: number; w: number; h: number } {
  return { x: inches(r.x), y: inches(r.y), w: inches(r.w), h: inches(r.h) };
}

/**
 * The deck's footer text, as in the HTML: branding footer · institution. The title slide names the
 * institution on the slide itself, so its footer (`withInstitution: false`) leaves it out.
 */
export function footerText(deck: DeckModel, withInstitution = true): string | undefined {
  return [deck.branding.footer, withInstitution ? deck.institution : undefined].filter(Boolean).join(' · ') || undefined;
}

type MasterObject = NonNullable<SlideMasterProps['objects']>[number];

/** Define every master on `pptx`. `logoSize` is the logo file's pixel size, when known. */
export function defineMasters(
  pptx: Presentation,
  deck: DeckModel,
  style: PptxStyle,
  geo: SlideGeometry,
  logoSize: ImageSize | undefined,
): void {
  const { colors, sizes, fontFace } = style;
  // The title slide has neither the footer logo nor the institution (both are on the slide itself).
  const chrome = (withLogo: boolean): MasterObject[] => {
    const objects: MasterObject[] = [];
    let footerX = geo.footer.x;
    if (deck.branding.logo && withLogo) {
      const box = containIn(logoSize, geo.footerLogo);
      const placed = { ...box, x: geo.footerLogo.x };
      if (colors.logoPlate)
        objects.push({
          rect: {
            ...at({ ...placed, x: placed.x - 2, y: placed.y - 2, w: placed.w + 4, h: placed.h + 4 }),
            fill: { color: colors.logoPlate },
          },
        });
      objects.push({ image: { ...at(placed), path: deck.branding.logo, altText: logoAlt(deck) } });
      footerX = placed.x + placed.w + 14;
    }
    const footer = footerText(deck, withLogo);
    if (footer) {
      objects.push({
        text: {
          text: footer,
          options: {
            ...at({ ...geo.footer, x: footerX, w: geo.footer.x + geo.footer.w - footerX }),
            fontFace,
            fontSize: points(sizes.small),
            color: colors.muted,
            margin: 0,
            valign: 'middle',
            fit: 'shrink',
          },
        },
      });
    }
    return objects;
  };
  const slideNumber: SlideNumberProps | undefined = deck.slideNumbers
    ? { ...at(geo.slideNumber), fontFace, fontSize: points(sizes.small), color: colors.muted, align: 'right' }
    : undefined;
  const titlePh = (r: Rect, sizePx: number, valign: 'top' | 'bottom' = 'top'): MasterObject => ({
    placeholder: {
      options: {
        name: PH.title,
        type: 'title',
        ...at(r),
        fontFace,
        fontSize: points(sizePx),
        color: colors.heading,
        bold: true,
        margin: 0,
        valign,
        align: 'left',
      },
      text: '',
    },
  });
  const bodyPh = (name: string, r: Rect, sizePx = sizes.body): MasterObject => ({
    placeholder: {
      options: {
        name,
        type: 'body',
        ...at(r),
        fontFace,
        fontSize: points(sizePx),
        color: colors.text,
        margin: 0,
        valign: 'top',
        align: 'left',
      },
      text: '',
    },
  });
  const master = (title: string, objects: MasterObject[], background = colors.background): void => {
    pptx.defineSlideMaster({ title, background: { color: background }, objects, ...(slideNumber ? { slideNumber } : {}) });
  };
  master(MASTER.title, [
    ...chrome(false),
    titlePh(geo.titleSlide.title, sizes.title, 'bottom'),
    bodyPh(PH.body, geo.titleSlide.subtitle, sizes.body * 1.2),
  ]);
  master(
    MASTER.section,
    [...chrome(true), titlePh(geo.section.title, sizes.title, 'bottom'), bodyPh(PH.body, geo.section.subtitle, sizes.body * 1.2)],
    colors.sectionBg,
  );
  master(MASTER.content, [...chrome(true), titlePh(geo.title, sizes.heading), bodyPh(PH.body, geo.body)]);
  master(MASTER.twoColumn, [...chrome(true), titlePh(geo.title, sizes.heading), bodyPh(PH.left, geo.left), bodyPh(PH.right, geo.right)]);
  master(MASTER.titleOnly, [...chrome(true), titlePh(geo.title, sizes.heading)]);
  const long = geo.long;
  master(MASTER.contentLong, [...chrome(true), titlePh(long.title, sizes.heading), bodyPh(PH.body, long.body)]);
  master(MASTER.twoColumnLong, [
    ...chrome(true),
    titlePh(long.title, sizes.heading),
    bodyPh(PH.left, long.left),
    bodyPh(PH.right, long.right),
  ]);
  master(MASTER.titleOnlyLong, [...chrome(true), titlePh(long.title, sizes.heading)]);
}

/** Alt text of the logo, as on the HTML title slide. */
export function logoAlt(deck: DeckModel): string {
  return deck.institution ? `${deck.institution} logo` : 'Logo';
}
