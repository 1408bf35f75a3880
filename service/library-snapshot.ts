import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../core/errors.js';
import { IMAGE_EXTENSIONS } from '../core/validate/validate-topic.js';
import type { Library, LoadedTopic } from '../core/validate/content.js';
import { toPlainText } from '../core/render/markdown.js';
import { listThemes } from '../core/render/themes.js';
import { CATEGORIES } from '../core/options.js';
import type { LibrarySnapshot, SlideSummary, TopicSummary } from '../contract/ipc-contract.js';
import { relativeTo } from './confine.js';

/** Turn a loaded library into the plain data the library browser shows. */
export async function librarySnapshot(library: Library, builtin: boolean): Promise<LibrarySnapshot> {
  const root = library.root;
  const themes = listThemes(root);
  return {
    root,
    builtin,
    topics: [...library.topics.values()].map((t) => topicSummary(t, root)).sort((a, b) => a.title.localeCompare(b.title)),
    builtinTopics: builtinTopics(library),
    broken: [...library.broken].sort().map((id) => ({ id, path: `topics/${id}.yaml` })),
    decks: library.decks.map((d) => ({ id: d.id, path: relativeTo(root, d.file), title: d.data.title, audience: d.data.audience })),
    categories: [...CATEGORIES],
    themes: themes.ok ? themes.value.map((t) => ({ name: t.name, label: t.label, background: t.palette.background })) : [],
    images: await listImages(root, 'images'),
    logos: await listLogos(root),
    problems: library.diagnostics.map(normalizeLocation),
  };
}

/** The built-in topics a deck of this folder may name too, marked `origin: 'builtin'` (read-only); [] for the built-in library itself. */
function builtinTopics(library: Library): TopicSummary[] {
  const builtin = library.builtin;
  if (!builtin) return [];
  return [...builtin.topics.values()]
    .map((t) => ({
      ...topicSummary(t, builtin.root),
      // Not a path in this folder: the editor must not open (or create) topics/<id>.yaml here for it.
      path: `builtin:${relativeTo(builtin.root, t.file)}`,
      id: library.topics.has(t.id) ? `builtin:${t.id}` : t.id,
      origin: 'builtin' as const,
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

function topicSummary(t: LoadedTopic, root: string): TopicSummary {
  const d = t.data;
  return {
    id: t.id,
    path: relativeTo(root, t.file),
    title: toPlainText(d.title),
    category: d.category,
    summary: d.summary,
    audiences: d.audiences ?? ['patient', 'professional'],
    tags: d.tags ?? [],
    lastReviewed: d.lastReviewed,
    slides: d.slides.map((s, i): SlideSummary => ({
      id: s.id ?? i + 1,
      layout: s.layout,
      title: toPlainText(s.title ?? `${s.layout} slide`),
      audience: s.audience ?? 'both',
      text: slideWords(s),
      notes: s.notes ? toPlainText(s.notes) : '',
    })),
  };
}

/** Every string of a slide but its notes and ids (both audiences' wording), as plain text for search. */
function slideWords(slide: object): string {
  const words: string[] = [];
  const walk = (v: unknown, key?: string): void => {
    if (typeof v === 'string') {
      if (key !== 'notes' && key !== 'id' && key !== 'layout' && key !== 'image') words.push(toPlainText(v));
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(slide);
  return words.join(' ');
}

/** Diagnostics carry paths relative to the content folder with forward slashes, for the UI. */
export function normalizeLocation(d: Diagnostic): Diagnostic {
  return d.location ? { ...d, location: { ...d.location, file: d.location.file.split(path.sep).join('/') } } : d;
}

/** Where imported logos go, and the first place the logo picker looks. */
export const LOGO_FOLDER = 'images/logos';

/** Logos: every image of images/logos/, and images of images/ named like a logo (clinic-logo.svg). */
async function listLogos(root: string): Promise<string[]> {
  const named = (await listImages(root, 'images')).filter((p) => /logo/i.test(path.posix.basename(p)));
  return [...(await listImages(root, LOGO_FOLDER)), ...named];
}

/** Image files directly in `folder` (no subfolders), relative to the content folder, sorted. */
async function listImages(root: string, folder: string): Promise<string[]> {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter(
      (e) => e.isFile() && !e.name.startsWith('.') && (IMAGE_EXTENSIONS as readonly string[]).includes(path.extname(e.name).toLowerCase()),
    )
    .map((e) => `${folder}/${e.name}`)
    .sort();
}
