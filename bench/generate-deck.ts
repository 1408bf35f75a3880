import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const SLIDES_PER_TOPIC = 10;

/** One generated topic of ten slides in every text layout, so decks look like real ones. */
function topicYaml(t: number): string {
  const slide = (i: number): string => {
    const n = t * SLIDES_PER_TOPIC + i + 1;
    switch (i % 5) {
      case 0:
        return `  - layout: bullets\n    title: Point ${n} about how the immune system works\n    items:\n      - T cells find and kill sick cells, slide ${n}.\n      - Checkpoints are brakes that keep T cells from hurting healthy cells.\n      - Medicines can release the brake so T cells attack the cancer.\n    notes: Ask the listener to say in their own words what slide ${n} means.\n    cite: [ref]`;
      case 1:
        return `  - layout: callout\n    title: Remember this (${n})\n    message: Tell your care team about **any** new symptom, even months later.\n    tone: important`;
      case 2:
        return `  - layout: table\n    title: Medicines and targets (${n})\n    columns: [Target, Medicine]\n    rows:\n      - [PD-1, pembrolizumab]\n      - [PD-L1, atezolizumab]\n      - [CTLA-4, ipilimumab]`;
      case 3:
        return `  - layout: two-column\n    title: Before and after (${n})\n    left: { heading: Before, items: [The brake is on, T cells stop] }\n    right: { heading: After, items: [The brake is off, T cells attack] }`;
      default:
        return `  - layout: questions\n    title: Questions about part ${n}\n    items: [What does a checkpoint do?, Who can I call at night?]`;
    }
  };
  const slides = Array.from({ length: SLIDES_PER_TOPIC }, (_, i) => slide(i)).join('\n');
  return `title: Generated topic ${t + 1}\ncategory: basics\nsummary: A generated topic for the PDF benchmark.\naudiences: [patient]\nlastReviewed: 2026-11-01\nreferences:\n  - id: ref\n    text: National Cancer Institute. Immunotherapy. 2025.\n    url: https://www.cancer.gov/about-cancer/treatment/types/immunotherapy\nslides:\n${slides}\n`;
}

/**
 * Write a content folder with a deck of exactly `slides` slides (a multiple of ten) under `root`;
 * returns the deck file. No title or references slide, so the count is exact.
 */
export async function generateDeck(root: string, slides: number): Promise<string> {
  const topics = Math.ceil(slides / SLIDES_PER_TOPIC);
  await mkdir(path.join(root, 'topics'), { recursive: true });
  await mkdir(path.join(root, 'decks'), { recursive: true });
  for (let t = 0; t < topics; t++) await writeFile(path.join(root, 'topics', `generated-${t + 1}.yaml`), topicYaml(t));
  const list = Array.from({ length: topics }, (_, t) => `  - generated-${t + 1}`).join('\n');
  const deck = path.join(root, 'decks', `bench-${slides}.yaml`);
  await writeFile(
    deck,
    `title: Benchmark deck of ${slides} slides\naudience: patient\npresenter: Bench Mark\ninstitution: Example Cancer Centre\noptions:\n  titleSlide: false\n  references: false\ntopics:\n${list}\n`,
  );
  return deck;
}
