import type { DeckModel, SlideModel } from '../model/deck-model.js';
import { toPlainText } from '../render/markdown.js';
import { t } from '../i18n/messages.js';

/** One bookmark: a title, the 0-based page it opens, and bookmarks under it. */
export interface OutlineEntry {
  title: string;
  pageIndex: number;
  children: OutlineEntry[];
}

/** A slide's bookmark title: its plain-text title, or "Slide n" in the deck's language. */
export function slideTitle(slide: SlideModel, index: number, language?: string): string {
  const title = slide.title ? toPlainText(slide.title) : '';
  return title || (slide.layout === 'references' ? t(language, 'references.title') : t(language, 'outline.slide', { n: index + 1 }));
}

/**
 * The deck's bookmarks: slides outside topics (title, references) at the top level; each run of
 * slides from one topic grouped under the topic's title, then each slide's title. A topic's section
 * slide is the group itself, not a child.
 * @param pageOf - the 0-based page a slide (by index) is printed on
 */
export function deckOutline(deck: DeckModel, pageOf: (slideIndex: number) => number = (i) => i): OutlineEntry[] {
  const top: OutlineEntry[] = [];
  let group: { topicId: string; entry: OutlineEntry } | undefined;
  deck.slides.forEach((slide, i) => {
    const entry: OutlineEntry = { title: slideTitle(slide, i, deck.language), pageIndex: pageOf(i), children: [] };
    if (!slide.topicId) {
      group = undefined;
      top.push(entry);
      return;
    }
    if (group?.topicId !== slide.topicId) {
      group = {
        topicId: slide.topicId,
        entry: { title: toPlainText(slide.topicTitle ?? slide.topicId), pageIndex: pageOf(i), children: [] },
      };
      top.push(group.entry);
    }
    if (slide.layout !== 'section') group.entry.children.push(entry);
  });
  return top;
}
