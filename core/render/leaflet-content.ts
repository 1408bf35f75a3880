/**
 * What a take-home leaflet says, taken from the composed deck: the patient text of every slide
 * (no speaker notes), grouped under its topic; "call now" lists gathered into one box; the care
 * team from the deck's branding; the sources; the review date and the disclaimer.
 */
import type { ColumnModel, DeckModel, DeckReference, SlideModel } from '../model/deck-model.js';
import { formatDate } from '../model/format-date.js';
import { fill, type PrintLabels } from './print-labels.js';

/** One slide's content as leaflet text. */
export interface LeafletBlock {
  title?: string;
  text?: string;
  items?: string[];
  columns?: ColumnModel[];
  /** An image slide: the picture (data: URL), its alt text, caption and credit. */
  figure?: { src?: string; diagram?: string; alt: string; caption?: string; credit?: string };
  table?: { caption?: string; columns: string[]; rows: string[][] };
  /** A callout that is not urgent: info or important. */
  note?: { tone: string; message: string; items?: string[] };
  /** Questions to ask: a list with room to tick. */
  questions?: string[];
}

/** A run of "call now" (urgent) callouts, printed as one boxed list. */
export interface CallNowBox {
  callNow: true;
  groups: { title?: string; message?: string; items: string[] }[];
}

/** A topic's part of the leaflet. */
export interface LeafletSection {
  heading: string;
  blocks: (LeafletBlock | CallNowBox)[];
}

/** Everything templates/leaflet.hbs shows. */
export interface LeafletContent {
  title: string;
  subtitle?: string;
  institution?: string;
  presenter?: string;
  date?: string;
  careTeam: { name?: string; footer?: string; phone?: string };
  sections: LeafletSection[];
  sources: DeckReference[];
  reviewed?: string;
  disclaimer: string;
}

/** How a leaflet shows a picture: an SVG diagram as markup (deck font, theme colours), others as a data: URL. */
export interface LeafletPictures {
  url(file: string): string;
  /** The inlined diagram of an image slide, or undefined when its picture is not a diagram. */
  diagram(slide: SlideModel, index: number): string | undefined;
}

/** Compose a leaflet's content from a deck. */
export function leafletContent(deck: DeckModel, labels: PrintLabels, pictures: LeafletPictures): LeafletContent {
  const sections: LeafletSection[] = [];
  let disclaimer: string | undefined;
  for (const [index, slide] of deck.slides.entries()) {
    if (!slide.topicId || slide.layout === 'references' || slide.layout === 'section' || slide.layout === 'title') continue;
    // The disclaimer slide closes the leaflet, in small print, instead of appearing as a block.
    if (slide.key.endsWith('#disclaimer') && slide.message) {
      disclaimer = slide.message;
      continue;
    }
    let section = sections.at(-1);
    const heading = slide.topicTitle ?? slide.topicId;
    if (!section || section.heading !== heading) sections.push((section = { heading, blocks: [] }));
    addBlock(section, slide, pictures, index);
  }
  const reviewedDates = deck.topics.map((t) => t.lastReviewed).filter((d): d is string => Boolean(d));
  // The oldest review date: the leaflet is only as current as its least recently checked topic.
  const oldest = reviewedDates.sort()[0];
  return {
    title: deck.title,
    subtitle: deck.subtitle,
    institution: deck.institution,
    presenter: deck.presenter,
    date: formatDate(deck.date, deck.language),
    careTeam: { name: deck.institution, footer: deck.branding.footer, phone: deck.branding.phone },
    sections,
    sources: deck.references,
    reviewed: oldest ? fill(labels.reviewed, { date: formatDate(oldest, deck.language) ?? oldest }) : undefined,
    disclaimer: disclaimer ?? labels.disclaimer,
  };
}

/** At most this many urgent slides share one "call now" box. */
const CALL_NOW_GROUPS = 3;

function addBlock(section: LeafletSection, slide: SlideModel, pictures: LeafletPictures, index: number): void {
  if (slide.layout === 'callout' && slide.tone === 'urgent') {
    const last = section.blocks.at(-1);
    const group = { title: slide.title, message: slide.message, items: slide.items ?? [] };
    // Boxes stay whole on the page (leaflet.css), so a long run of urgent slides is cut into boxes of
    // a few warnings: a whole box of six moved to the next page left half a page empty.
    if (last && 'callNow' in last && last.groups.length < CALL_NOW_GROUPS) last.groups.push(group);
    else section.blocks.push({ callNow: true, groups: [group] });
    return;
  }
  const block = slideBlock(slide, pictures, index);
  // A slide titled like its topic ("Types of immunotherapy" under "Types of immunotherapy") adds no heading.
  if (block.title && block.title === section.heading) delete block.title;
  section.blocks.push(block);
}

function slideBlock(slide: SlideModel, pictures: LeafletPictures, index: number): LeafletBlock {
  const block: LeafletBlock = { title: slide.title };
  switch (slide.layout) {
    case 'callout':
      block.note = { tone: slide.tone ?? 'info', message: slide.message ?? '', items: slide.items };
      break;
    case 'questions':
      block.text = slide.text;
      block.questions = slide.items ?? [];
      break;
    case 'two-column':
      block.text = slide.text;
      block.columns = [slide.left ?? {}, slide.right ?? {}];
      break;
    case 'image':
      if (slide.image) {
        const diagram = pictures.diagram(slide, index);
        const picture = diagram ? { diagram } : { src: pictures.url(slide.image) };
        block.figure = { ...picture, alt: slide.alt ?? '', caption: slide.caption, credit: slide.credit };
      }
      break;
    case 'table':
      block.table = { caption: slide.caption, columns: slide.columns ?? [], rows: slide.rows ?? [] };
      break;
    default:
      block.text = slide.text;
      block.items = slide.items;
  }
  return block;
}
