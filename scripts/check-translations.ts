// Checks the Spanish wording files (content/topics/<topic-id>.es.yaml) against the English topics
// and the Spanish decks (content/decks/*-es.yaml) against their English decks.
//
//   npx tsx scripts/check-translations.ts [--content content] [--english <content folder>] [--verbose] [--dump-english]
//
// --english names the content folder that holds the English topics and decks to compare with
// (default: the same folder). It lets the Spanish files be checked against a newer English library.
// --verbose prints every slide with its words on screen and its INFLESZ score.
// --dump-english prints the English text of every slide the Spanish decks use (what to translate).
//
// Checks:
// - each *.es.yaml parses, says `language: es`, has title and summary, and each key under `slides:`
//   is the `id:` of a slide in the English topic; its fields are fields that slide has;
// - each Spanish deck says `language: es`, lists the same topics and slides as its English deck
//   (<name>.yaml for <name>-es.yaml), and every slide it uses has Spanish for every text field the
//   English slide shows to patients (base fields with the `patient:` block applied), notes included;
// - words on screen per slide (Spanish patient budget 48, aim at most 40) and the Szigriszt-Pazos
//   perspicuity (INFLESZ scale; target 65 or more, never below 55) per slide and per topic.
//
// Exit code 1 when there is an error. This is a content author's tool, not the product's loader.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { onScreenText } from '../core/quality/slide-text.js';
import { countSentences, wordsOf } from '../core/quality/count-text.js';
import { toPlainText } from '../core/render/markdown.js';

type Obj = Record<string, unknown>;

const args = process.argv.slice(2);
const opt = (name: string, def: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const contentDir = path.resolve(opt('--content', 'content'));
const englishDir = path.resolve(opt('--english', contentDir));
const verbose = args.includes('--verbose');
const dumpEnglish = args.includes('--dump-english');

const MAX_WORDS = 48;
const AIM_WORDS = 40;
const INFLESZ_TARGET = 65;
const INFLESZ_FLOOR = 55;

const TEXT_FIELDS = [
  'title',
  'subtitle',
  'text',
  'items',
  'message',
  'caption',
  'alt',
  'left',
  'right',
  'columns',
  'rows',
  'notes',
] as const;
const COLUMN_FIELDS = ['heading', 'text', 'items'] as const;
const ES_SLIDE_KEYS = new Set<string>([...TEXT_FIELDS, 'patient', 'professional']);

let errors = 0;
let warnings = 0;
const err = (where: string, msg: string): void => {
  errors++;
  console.log(`ERROR ${where}: ${msg}`);
};
const warn = (where: string, msg: string): void => {
  warnings++;
  console.log(`warn  ${where}: ${msg}`);
};

const readYaml = (file: string): Obj => parse(readFileSync(file, 'utf8')) as Obj;
const rel = (file: string): string => path.relative(process.cwd(), file);

// ---------- Spanish syllables and INFLESZ ----------

const STRONG = new Set([...'aeoáéóíú']); // accented í/ú break a diphthong (hiatus)
const VOWEL = new Set([...'aeiouáéíóúü']);

/** Syllables of a Spanish word: vowel groups, split where two strong vowels meet (hiatus). */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase();
  if (/^\d[\d.,]*$/.test(w)) return Math.max(1, w.replace(/\D/g, '').length);
  if (/^\p{Lu}{2,5}s?$/u.test(word) && !['CAR', 'ICANS', 'SIDA'].includes(word)) return word.replace(/s$/, '').length; // letters spelled out
  let count = 0;
  for (const part of w.split(/[-\u2010\u2011]/)) {
    const letters = part.replace(/[^\p{L}\p{N}]/gu, '');
    if (!letters) continue;
    if (letters === 'y') {
      count++;
      continue;
    }
    let n = 0;
    let i = 0;
    while (i < letters.length) {
      if (!VOWEL.has(letters[i])) {
        if (/\d/.test(letters[i])) n++;
        i++;
        continue;
      }
      let j = i;
      let strong = 0;
      while (j < letters.length && VOWEL.has(letters[j])) {
        if (STRONG.has(letters[j])) strong++;
        j++;
      }
      n += Math.max(1, strong);
      i = j;
    }
    count += Math.max(1, n);
  }
  return Math.max(1, count);
}

interface Counts {
  words: number;
  sentences: number;
  syllables: number;
}
function countSpanish(units: string[]): Counts {
  const c: Counts = { words: 0, sentences: 0, syllables: 0 };
  for (const u of units) {
    c.sentences += countSentences(u);
    for (const w of wordsOf(u)) {
      c.words++;
      c.syllables += spanishSyllables(w);
    }
  }
  return c;
}
/** Szigriszt-Pazos perspicuity: 206.835 − 62.3 × syllables/words − words/sentences (INFLESZ scale). */
const inflesz = (c: Counts): number | null =>
  c.words && c.sentences ? 206.835 - (62.3 * c.syllables) / c.words - c.words / c.sentences : null;
const fmt = (n: number | null): string => (n === null ? '  -  ' : n.toFixed(1).padStart(5));

// ---------- English topics ----------

const englishTopics = new Map<string, Obj>();
function englishTopic(id: string): Obj | undefined {
  if (!englishTopics.has(id)) {
    const f = path.join(englishDir, 'topics', `${id}.yaml`);
    if (!existsSync(f)) return undefined;
    englishTopics.set(id, readYaml(f));
  }
  return englishTopics.get(id);
}
const slidesOf = (t: Obj): Obj[] => (Array.isArray(t.slides) ? (t.slides as Obj[]) : []);
const forPatients = (s: Obj): boolean => !s.audience || s.audience === 'both' || s.audience === 'patient';
const merged = (s: Obj | undefined, audience = 'patient'): Obj => ({ ...(s ?? {}), ...((s?.[audience] as Obj) ?? {}) });

// ---------- Spanish topic files ----------

const spanishTopics = new Map<string, Obj>();
const topicsDir = path.join(contentDir, 'topics');
for (const name of readdirSync(topicsDir)
  .filter((f) => f.endsWith('.es.yaml'))
  .sort()) {
  const file = path.join(topicsDir, name);
  const id = name.replace(/\.es\.yaml$/, '');
  let es: Obj;
  try {
    es = readYaml(file);
  } catch (e) {
    err(rel(file), `does not parse: ${(e as Error).message}`);
    continue;
  }
  spanishTopics.set(id, es);
  const en = englishTopic(id);
  if (!en) {
    err(rel(file), `no English topic ${id}.yaml in ${rel(path.join(englishDir, 'topics'))}`);
    continue;
  }
  if (es.language !== 'es') err(rel(file), 'language must be "es"');
  for (const k of ['title', 'summary']) if (typeof es[k] !== 'string' || !es[k]) err(rel(file), `${k} is missing`);
  for (const k of Object.keys(es)) if (!['language', 'title', 'summary', 'slides'].includes(k)) err(rel(file), `unknown key "${k}"`);
  const ids = new Map(
    slidesOf(en)
      .filter((s) => typeof s.id === 'string')
      .map((s) => [s.id as string, s]),
  );
  for (const [sid, v] of Object.entries((es.slides as Obj) ?? {})) {
    const where = `${rel(file)} slide ${sid}`;
    const enSlide = ids.get(sid);
    if (!enSlide) {
      err(where, `no slide with id "${sid}" in ${id}.yaml (ids: ${[...ids.keys()].join(', ')})`);
      continue;
    }
    const esSlide = v as Obj;
    for (const k of Object.keys(esSlide)) {
      if (!ES_SLIDE_KEYS.has(k)) err(where, `unknown field "${k}"`);
      else if (k === 'professional') warn(where, 'a professional: block is not needed (Spanish decks are patient decks)');
      else if (k === 'patient' && !enSlide.patient) warn(where, 'the English slide has no patient: block');
      else if (k !== 'patient' && enSlide[k] === undefined && (enSlide.patient as Obj)?.[k] === undefined)
        warn(where, `the English slide has no "${k}"`);
    }
  }
}

// ---------- Spanish decks ----------

interface Used {
  topic: string;
  slide: Obj;
  id: string;
}
function usedSlides(deck: Obj, where: string): Used[] {
  const out: Used[] = [];
  for (const ref of (deck.topics as unknown[]) ?? []) {
    const topic = typeof ref === 'string' ? ref : ((ref as Obj).topic as string);
    const wanted = typeof ref === 'string' ? undefined : ((ref as Obj).slides as (string | number)[] | undefined);
    const en = englishTopic(topic);
    if (!en) {
      err(where, `no English topic "${topic}"`);
      continue;
    }
    const all = slidesOf(en);
    const picked: [Obj, number][] = wanted
      ? wanted.map((w): [Obj, number] => {
          const idx = typeof w === 'number' ? w - 1 : all.findIndex((s, k) => (s.id ?? String(k + 1)) === w);
          return [all[idx], idx];
        })
      : all.map((s, i): [Obj, number] => [s, i]).filter(([s]) => forPatients(s));
    for (const [slide, idx] of picked) {
      if (!slide) err(where, `topic ${topic} has no slide ${JSON.stringify(wanted)}`);
      else out.push({ topic, slide, id: typeof slide.id === 'string' ? slide.id : `#${idx + 1} (no id)` });
    }
  }
  return out;
}

const sameList = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

interface TopicTotals {
  /** On-screen text units (what the quality gate scores). */
  units: string[];
  /** Speaker notes, reported beside the on-screen figure. */
  notes: string[];
  seen: Set<string>;
}
const topicTotals = new Map<string, TopicTotals>();

const decksDir = path.join(contentDir, 'decks');
const esDecks = readdirSync(decksDir)
  .filter((f) => f.endsWith('-es.yaml'))
  .sort();
for (const name of esDecks) {
  const file = path.join(decksDir, name);
  const deck = readYaml(file);
  const where = rel(file);
  if (deck.language !== 'es') err(where, 'language must be "es"');
  if (deck.audience !== 'patient') warn(where, `audience is ${String(deck.audience)}`);
  const enFile = path.join(englishDir, 'decks', name.replace(/-es\.yaml$/, '.yaml'));
  if (!existsSync(enFile)) err(where, `no English deck ${rel(enFile)}`);
  else {
    const enDeck = readYaml(enFile);
    if (!sameList(enDeck.topics, deck.topics)) err(where, `topics differ from ${rel(enFile)}`);
    for (const k of ['audience', 'theme', 'options']) if (!sameList(enDeck[k], deck[k])) warn(where, `${k} differs from ${rel(enFile)}`);
    for (const k of ['title', 'subtitle', 'description'])
      if (enDeck[k] !== undefined && (deck[k] === undefined || deck[k] === enDeck[k])) err(where, `${k} is not in Spanish`);
  }
  console.log(`\n${name}`);
  let n = 0;
  for (const u of usedSlides(deck, where)) {
    n++;
    const at = `${name} ${u.topic}#${u.id}`;
    const en = merged(u.slide);
    if (dumpEnglish) {
      const shown: Obj = {};
      for (const f of TEXT_FIELDS) if (en[f] !== undefined) shown[f] = en[f];
      console.log(`--- ${u.topic}#${u.id} (${String(u.slide.layout)})\n${JSON.stringify(shown, null, 1)}`);
      continue;
    }
    if (!u.slide.id) {
      err(at, 'the English slide has no id, so it cannot be translated');
      continue;
    }
    const esTopic = spanishTopics.get(u.topic);
    if (!esTopic) {
      err(at, `no ${u.topic}.es.yaml`);
      continue;
    }
    const esRaw = ((esTopic.slides as Obj) ?? {})[u.id] as Obj | undefined;
    if (!esRaw) {
      err(at, 'no Spanish wording for this slide');
      continue;
    }
    const es = merged(esRaw);
    for (const f of TEXT_FIELDS) {
      if (en[f] === undefined) continue;
      if (es[f] === undefined) {
        err(at, `"${f}" has no Spanish`);
        continue;
      }
      if ((f === 'left' || f === 'right') && typeof en[f] === 'object') {
        for (const c of COLUMN_FIELDS)
          if ((en[f] as Obj)[c] !== undefined && (es[f] as Obj)[c] === undefined) err(at, `"${f}.${c}" has no Spanish`);
      }
      if (f === 'rows' && Array.isArray(en.rows) && Array.isArray(es.rows) && en.rows.length !== es.rows.length)
        warn(at, `rows: ${en.rows.length} in English, ${es.rows.length} in Spanish`);
      if (f === 'columns' && Array.isArray(en.columns) && Array.isArray(es.columns) && en.columns.length !== es.columns.length)
        err(at, `columns: ${en.columns.length} in English, ${es.columns.length} in Spanish`);
    }
    const units = onScreenText(es as never);
    const c = countSpanish(units);
    const notes = typeof es.notes === 'string' ? countSpanish([toPlainText(es.notes)]) : null;
    const enWords = onScreenText(en as never).reduce((k, t) => k + wordsOf(t).length, 0);
    const score = inflesz(c);
    if (c.words > MAX_WORDS) err(at, `${c.words} words on screen (budget ${MAX_WORDS})`);
    else if (c.words > AIM_WORDS) warn(at, `${c.words} words on screen (aim ≤ ${AIM_WORDS})`);
    if (score !== null && score < INFLESZ_FLOOR) warn(at, `INFLESZ ${score.toFixed(1)} on screen (floor ${INFLESZ_FLOOR})`);
    if (verbose)
      console.log(
        `  ${String(n).padStart(2)} ${`${u.topic}#${u.id}`.padEnd(52)} words ${String(c.words).padStart(3)} (en ${String(enWords).padStart(3)})  INFLESZ ${fmt(score)}  notes ${fmt(notes ? inflesz(notes) : null)}`,
      );
    const t = topicTotals.get(u.topic) ?? { units: [], notes: [], seen: new Set<string>() };
    if (!t.seen.has(u.id)) t.seen.add(u.id);
    else continue;
    t.units.push(...units);
    if (typeof es.notes === 'string') t.notes.push(toPlainText(es.notes));
    topicTotals.set(u.topic, t);
  }
  console.log(`  ${n} slides`);
}

if (!dumpEnglish) {
  // Translated slides that no Spanish deck uses: still within the budget, ready for other decks.
  const extra: string[] = [];
  for (const [topic, es] of spanishTopics) {
    for (const [sid, raw] of Object.entries((es.slides as Obj) ?? {})) {
      if (topicTotals.get(topic)?.seen.has(sid)) continue;
      const c = countSpanish(onScreenText(merged(raw as Obj) as never));
      const at = `${topic}#${sid} (not in a Spanish deck)`;
      if (c.words > MAX_WORDS) err(at, `${c.words} words on screen (budget ${MAX_WORDS})`);
      else if (c.words > AIM_WORDS) warn(at, `${c.words} words on screen (aim ≤ ${AIM_WORDS})`);
      extra.push(`  ${`${topic}#${sid}`.padEnd(55)} words ${String(c.words).padStart(3)}  INFLESZ ${fmt(inflesz(c))}`);
    }
  }
  if (extra.length) console.log(`\nTranslated slides no Spanish deck uses:\n${extra.join('\n')}`);
  console.log(
    '\nINFLESZ per topic, over the slides the Spanish decks use (each once): on-screen text (what the gate scores), then with notes',
  );
  const label = (v: number | null): string =>
    v === null ? '' : v >= 80 ? 'muy fácil' : v >= 65 ? 'bastante fácil' : v >= 55 ? 'normal' : v >= 40 ? 'algo difícil' : 'muy difícil';
  for (const [topic, t] of [...topicTotals].sort()) {
    const c = countSpanish(t.units);
    const s = inflesz(c);
    const all = inflesz(countSpanish([...t.units, ...t.notes]));
    if (s !== null && s < INFLESZ_FLOOR) err(topic, `INFLESZ ${s.toFixed(1)} on screen (floor ${INFLESZ_FLOOR})`);
    else if (s !== null && s < INFLESZ_TARGET) warn(topic, `INFLESZ ${s.toFixed(1)} on screen (target ${INFLESZ_TARGET})`);
    console.log(
      `  ${topic.padEnd(36)} ${fmt(s)}  ${label(s).padEnd(15)} ${c.words} words, ${c.sentences} sentences, ${(c.syllables / c.words).toFixed(2)} syll/word · with notes ${fmt(all)}`,
    );
  }
  console.log(`\n${errors} errors, ${warnings} warnings`);
}
process.exit(errors ? 1 : 0);
