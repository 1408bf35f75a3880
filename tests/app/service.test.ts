import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDeck } from '../../core/validate/validate-deck.js';
import type { DeckDraft } from '../../contract/ipc-contract.js';
import { confinePath } from '../../service/confine.js';
import { createDeckService, type DeckService } from '../../service/deck-service.js';
import type { PdfEngine, PrintJob } from '../../core/export/pdf-engine.js';
import { PDFDocument } from 'pdf-lib';
import { MAX_RECENT, RecentDecks } from '../../service/recent.js';
import { copyFixtureLibrary, tempDir, type TempDir } from './app-harness.js';

const DRAFT: DeckDraft = {
  id: 'clinic-talk',
  deck: {
    title: 'Clinic talk',
    audience: 'patient',
    presenter: 'A. Nurse',
    topics: ['t-cell-basics', { topic: 'checkpoint-basics', slides: ['brakes', 5] }, { topic: 'car-t-therapy', section: true }],
    branding: { logo: '../images/brake.svg' },
  },
};

let tmp: TempDir;
let content: string;
let service: DeckService;

async function open(root = content, extra: Parameters<typeof createDeckService>[0] | object = {}): Promise<DeckService> {
  return createDeckService({
    configDir: path.join(tmp.path, 'config'),
    contentRoot: root,
    exportDir: path.join(tmp.path, 'exports'),
    builtinRoot: path.join(tmp.path, 'builtin'),
    watch: false,
    ...extra,
  });
}

beforeEach(async () => {
  tmp = await tempDir();
  content = await copyFixtureLibrary(path.join(tmp.path, 'content'));
  await copyFixtureLibrary(path.join(tmp.path, 'builtin'));
  service = await open();
});

afterEach(async () => {
  await service.close();
  await tmp[Symbol.asyncDispose]();
});

describe('library', () => {
  it('lists topics with the data the browser filters on', async () => {
    const r = await service.invoke('library:list', {});
    if (!r.ok) throw new Error(JSON.stringify(r));
    const lib = r.value as {
      topics: { id: string; path: string; origin?: string; category: string; audiences: string[]; slides: unknown[] }[];
      builtinTopics: { id: string; path: string; origin?: string }[];
      builtin: boolean;
      categories: string[];
    };
    expect(lib.builtin).toBe(false);
    expect(lib.topics.map((t) => t.id).sort()).toEqual(['car-t-therapy', 'checkpoint-basics', 'side-effects-care', 't-cell-basics']);
    // The built-in topics are listed apart, read-only, so a deck of this folder can name them too.
    const shared = lib.builtinTopics;
    expect(shared.every((t) => t.origin === 'builtin')).toBe(true);
    expect(shared.find((t) => t.id === 'educational-disclaimer')).toMatchObject({ path: 'builtin:topics/educational-disclaimer.yaml' });
    expect(shared.length).toBeGreaterThan(20);
    expect(lib.topics.find((t) => t.id === 'side-effects-care')).toMatchObject({ category: 'side-effects', audiences: ['patient'] });
    expect(lib.categories).toContain('therapy');
  });

  it('answers a malformed request with diagnostics instead of throwing', async () => {
    const r = await service.invoke('topic:read', { path: 42 });
    expect(r.ok).toBe(false);
    const unknown = await service.invoke('library:delete-everything', {});
    expect(unknown).toMatchObject({ ok: false });
  });
});

describe('library:customize', () => {
  it('copies the built-in library to the user folder and opens the copy', async () => {
    const builtin = await open(path.join(tmp.path, 'builtin'));
    const target = path.join(tmp.path, 'home', 'ImmunoDeck', 'content');
    builtin.grantFolder(target); // as the folder dialog does (issue 15: the page names no free folder)
    const r = await builtin.invoke('library:customize', { target });
    expect(r).toMatchObject({ ok: true, value: { root: target, builtin: false, copied: true } });
    expect((await readdir(path.join(target, 'topics'))).sort()).toEqual((await readdir(path.join(tmp.path, 'builtin', 'topics'))).sort());
    const saved = await builtin.invoke('topic:save', {
      path: 'topics/t-cell-basics.yaml',
      text: (await readFile(path.join(target, 'topics/t-cell-basics.yaml'), 'utf8')).replace('Meet your T cells', 'Meet the T cells'),
    });
    expect(saved.ok).toBe(true);
    expect(await readFile(path.join(tmp.path, 'builtin', 'topics/t-cell-basics.yaml'), 'utf8')).toContain('Meet your T cells');
    await builtin.close();
  });

  it('opens an existing copy as it is instead of overwriting it', async () => {
    const builtin = await open(path.join(tmp.path, 'builtin'));
    builtin.grantFolder(content);
    const again = await builtin.invoke('library:customize', { target: content });
    expect(again).toMatchObject({ ok: true, value: { copied: false, root: content } });
    await builtin.close();
  });

  it('refuses a non-empty folder that is not a content folder, and folders inside the built-in one', async () => {
    const other = path.join(tmp.path, 'documents');
    await mkdir(other);
    await writeFile(path.join(other, 'letter.txt'), 'hello');
    expect(await service.invoke('library:customize', { target: other })).toMatchObject({ ok: false });
    expect(await service.invoke('library:customize', { target: path.join(tmp.path, 'builtin', 'mine') })).toMatchObject({ ok: false });
  });

  it('never writes to the built-in library', async () => {
    const builtin = await open(path.join(tmp.path, 'builtin'));
    const r = await builtin.invoke('topic:save', { path: 'topics/t-cell-basics.yaml', text: 'title: x' });
    expect(r).toMatchObject({ ok: false, diagnostics: [{ message: expect.stringMatching(/read-only/) }] });
    expect(await builtin.invoke('deck:save', { draft: DRAFT })).toMatchObject({ ok: false });
    await builtin.close();
  });
});

describe('topic:save', () => {
  const file = () => path.join(content, 'topics/car-t-therapy.yaml');

  it('refuses text with errors, reports file:line:col, and leaves the file untouched', async () => {
    const before = await readFile(file(), 'utf8');
    const broken = before.replace('layout: table', 'layout: tabel');
    const r = await service.invoke('topic:save', { path: 'topics/car-t-therapy.yaml', text: broken });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const line = broken.split('\n').findIndex((l) => l.includes('tabel')) + 1;
    expect(r.diagnostics[0]!.location).toMatchObject({ file: 'topics/car-t-therapy.yaml', line });
    expect(await readFile(file(), 'utf8')).toBe(before);
  });

  it('saves valid text atomically, leaving no temporary files', async () => {
    const text = (await readFile(file(), 'utf8')).replace('Your cells, trained in a lab', 'Your own cells, trained in a lab');
    const r = await service.invoke('topic:save', { path: 'topics/car-t-therapy.yaml', text });
    expect(r).toMatchObject({ ok: true });
    expect(await readFile(file(), 'utf8')).toBe(text);
    expect((await readdir(path.join(content, 'topics'))).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('saves work in progress with errors only when asked', async () => {
    const r = await service.invoke('topic:save', { path: 'topics/car-t-therapy.yaml', text: 'title: [unclosed', allowErrors: true });
    expect(r).toMatchObject({ ok: true, value: { diagnostics: [{ code: 'YAML_SYNTAX' }] } });
  });

  it('validates without saving', async () => {
    const r = await service.invoke('topic:validate', { path: 'topics/car-t-therapy.yaml', text: 'title: Only a title\n' });
    expect(r.ok && (r.value as { diagnostics: unknown[] }).diagnostics.length).toBeGreaterThan(0);
  });
});

describe('path confinement', () => {
  const attempts = [
    '../content/topics/t-cell-basics.yaml',
    '../../../../etc/passwd',
    '/etc/passwd',
    'topics/../../config/recent-decks.json',
    'topics/../decks/intro.yaml',
    'topics/sub/../../../etc/passwd',
    '..\\..\\windows\\win.ini',
    'C:\\Windows\\win.ini',
    'file:///etc/passwd',
    'topics/x.yaml\0.png',
    'topics/.hidden.yaml',
    'package.json',
  ];

  it.each(attempts)('topic:read refuses %j', async (p) => {
    const r = await service.invoke('topic:read', { path: p });
    expect(r.ok).toBe(false);
  });

  it.each(attempts)('topic:save refuses %j and writes nothing', async (p) => {
    const r = await service.invoke('topic:save', { path: p, text: 'title: x\n', allowErrors: true });
    expect(r.ok).toBe(false);
    expect(existsSync('/etc/passwd.tmp')).toBe(false);
  });

  it('refuses a symbolic link that points outside the content folder', async () => {
    await writeFile(path.join(tmp.path, 'secret.yaml'), 'title: secret\n');
    await symlink(path.join(tmp.path, 'secret.yaml'), path.join(content, 'topics', 'leak.yaml'));
    expect((await service.invoke('topic:read', { path: 'topics/leak.yaml' })).ok).toBe(false);
    expect(confinePath(content, 'topics/leak.yaml').ok).toBe(false);
  });

  it('accepts ordinary files in topics/, decks/, images/ and images/logos/, and no other subfolder', () => {
    for (const p of ['topics/t-cell-basics.yaml', 'decks/intro.yaml', 'images/brake.svg', 'images/logos/clinic.png'])
      expect(confinePath(content, p).ok, p).toBe(true);
    for (const p of ['images/other/clinic.png', 'images/logos/a/b.png', 'topics/logos/x.yaml', 'images/logos/.x.png', 'images/logos/x.txt'])
      expect(confinePath(content, p).ok, p).toBe(false);
  });

  it('imports a logo into images/logos/, which the logo picker lists apart from the clinical pictures', async () => {
    const r = await service.invoke('asset:import', {
      name: 'Clinic Logo.svg',
      base64: Buffer.from('<svg/>').toString('base64'),
      kind: 'logo',
    });
    expect(r).toMatchObject({ ok: true, value: { path: 'images/logos/clinic-logo.svg' } });
    const listed = await service.invoke('library:list', {});
    expect(listed.ok && (listed.value as { logos: string[] }).logos).toEqual(['images/logos/clinic-logo.svg']);
    expect(listed.ok && (listed.value as { images: string[] }).images).not.toContain('images/logos/clinic-logo.svg');
  });

  it('only shows exported files, and a logo import cannot escape images/', async () => {
    expect(await service.invoke('export:reveal', { file: '/etc/passwd' })).toMatchObject({ ok: false });
    const r = await service.invoke('asset:import', { name: '../../evil.svg', base64: Buffer.from('<svg/>').toString('base64') });
    expect(r).toMatchObject({ ok: true, value: { path: 'images/evil.svg' } });
    expect(existsSync(path.join(content, 'images', 'evil.svg'))).toBe(true);
    expect((await service.invoke('asset:import', { name: 'notes.txt', base64: 'aGk=' })).ok).toBe(false);
  });
});

describe('decks', () => {
  it('previews a draft: the HTML is stored under a random id with reveal events enabled', async () => {
    const r = await service.api['deck:preview']({ draft: DRAFT });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const id = /preview\/([0-9a-f]{32})\.html$/.exec(r.value.url)?.[1];
    const page = service.previewPage(id!);
    expect(page?.html).toContain('Meet your T cells');
    expect(page?.html).toContain('"postMessageEvents":true');
    expect(page?.csp).toMatch(/^default-src 'none'; script-src 'sha256-/);
    expect(r.value.slides[0]!.title).toBe('Clinic talk');
    expect(service.previewPage('../../etc/passwd')).toBeUndefined();
  });

  it('switching audience changes the wording', async () => {
    const r = await service.api['deck:preview']({ draft: { ...DRAFT, deck: { ...DRAFT.deck, audience: 'professional' } } });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.value.slides.map((s) => s.title)).toContain('T-cell surveillance');
  });

  it('saves a deck atomically as YAML that is valid against the deck schema, and re-opens it', async () => {
    const r = await service.api['deck:save']({ draft: DRAFT });
    expect(r).toMatchObject({ ok: true, value: { path: 'decks/clinic-talk.yaml' } });
    const file = path.join(content, 'decks/clinic-talk.yaml');
    const data = parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(data['topics']).toEqual([
      't-cell-basics',
      { topic: 'checkpoint-basics', slides: ['brakes', 5] },
      { topic: 'car-t-therapy', section: true },
    ]);
    expect(data['branding']).toEqual({ logo: '../images/brake.svg' });
    expect((await loadDeck(file)).ok).toBe(true);
    const reopened = await service.api['deck:open']({ path: 'decks/clinic-talk.yaml' });
    expect(reopened.ok && reopened.value.draft).toEqual(DRAFT);
  });

  it('reports a deck naming a missing topic as a problem of the deck', async () => {
    const r = await service.api['deck:preview']({ draft: { ...DRAFT, deck: { ...DRAFT.deck, topics: ['no-such-topic'] } } });
    expect(r).toMatchObject({
      ok: false,
      diagnostics: [
        {
          code: 'UNKNOWN_TOPIC',
          message: expect.stringMatching(/^topic "no-such-topic" was not found/),
          location: { file: 'decks/clinic-talk.yaml' },
        },
      ],
    });
  });

  it('exports HTML with progress events, and says why PDF is unavailable without an engine', async () => {
    const steps: string[] = [];
    service.on('export:progress', (p) => steps.push(`${p.done}/${p.total} ${p.step}`));
    const r = await service.api['deck:export']({ draft: DRAFT, formats: ['html'] });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(await readFile(r.value.files[0]!, 'utf8')).toContain('Meet your T cells');
    expect(steps).toEqual(['0/2 Building the deck', '1/2 Writing the HTML deck', '2/2 Done']);
    expect(await service.api['deck:export']({ draft: DRAFT, formats: ['handout'], perPage: 6 })).toMatchObject({
      ok: false,
      diagnostics: [{ code: 'PDF' }],
    });
    const shown = await service.api['export:reveal']({ file: r.value.files[0]! });
    expect(shown).toMatchObject({ ok: true, value: { shown: false } });
  });
});

describe('PDF export', () => {
  it("prints each PDF through the deck job with the CLI's file names, and passes the engine's failures on", async () => {
    const seen: string[] = [];
    let starts = 0;
    const engine: PdfEngine = {
      name: 'Fake 1.0',
      async print(job: PrintJob, options) {
        seen.push(`${new URL(job.url).search || 'paper'} ${options.pageSize.widthIn.toFixed(2)}`);
        if (job.readySelector?.includes('handout') && seen.length > 2) throw new Error('printer on fire');
        const doc = await PDFDocument.create();
        doc.addPage([options.pageSize.widthIn * 72, options.pageSize.heightIn * 72]);
        return doc.save();
      },
      async close() {},
    };
    const withPdf = await open(content, { startPdfEngine: async () => (starts++, { ok: true, value: engine, warnings: [] }) });
    const r = await withPdf.api['deck:export']({ draft: DRAFT, formats: ['pdf', 'handout'], perPage: 4, paper: 'letter' });
    expect(r).toMatchObject({
      ok: true,
      value: {
        files: [path.join(tmp.path, 'exports', 'clinic-talk.pdf'), path.join(tmp.path, 'exports', 'clinic-talk-handout-4up-letter.pdf')],
      },
    });
    expect(seen).toEqual(['?print-pdf 13.33', 'paper 8.50']);
    const failed = await withPdf.api['deck:export']({ draft: DRAFT, formats: ['notes'], paper: 'a4' });
    expect(failed.ok).toBe(false);
    expect(failed.ok ? [] : failed.diagnostics).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'PDF', message: expect.stringContaining('printer on fire') })]),
    );
    expect(starts).toBe(1);
    expect(await withPdf.api['app:info']({})).toMatchObject({ ok: true, value: { pdfAvailable: true } });
    await withPdf.close();
  });
});

describe('recent decks', () => {
  it('keeps the newest first, once each, at most MAX_RECENT, in a JSON file', async () => {
    const recent = new RecentDecks(path.join(tmp.path, 'cfg'));
    for (let i = 0; i < MAX_RECENT + 3; i++)
      await recent.add({ root: content, path: `decks/d${i}.yaml`, title: `Deck ${i}` }, new Date(2026, 0, 1, 0, i));
    await recent.add({ root: content, path: 'decks/d5.yaml', title: 'Deck 5' });
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]!.path).toBe('decks/d5.yaml');
    expect(list.filter((r) => r.path === 'decks/d5.yaml')).toHaveLength(1);
    expect(JSON.parse(await readFile(recent.file, 'utf8'))).toHaveLength(MAX_RECENT);
  });

  it('treats a damaged file as an empty list', async () => {
    const recent = new RecentDecks(path.join(tmp.path, 'cfg2'));
    await mkdir(path.dirname(recent.file), { recursive: true });
    await writeFile(recent.file, '{not json');
    expect(await recent.list()).toEqual([]);
  });

  it('records decks opened and saved through the service', async () => {
    await service.api['deck:open']({ path: 'decks/intro.yaml' });
    await service.api['deck:save']({ draft: DRAFT });
    const r = await service.api['recent:list']({});
    expect(r.ok && r.value.map((d) => d.path)).toEqual(['decks/clinic-talk.yaml', 'decks/intro.yaml']);
  });
});

describe('watching', () => {
  it("emits 'library:changed' after a change on disk", async () => {
    const watched = await open(content, { watch: true });
    const changed = new Promise<string[]>((resolve) => watched.on('library:changed', (p) => resolve(p.paths)));
    const file = path.join(content, 'topics/t-cell-basics.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Meet your T cells', 'Meet the T cells'));
    const paths = await changed;
    expect(paths).toContain('topics/t-cell-basics.yaml');
    const lib = await watched.api['library:list']({});
    expect(lib.ok && lib.value.topics.find((t) => t.id === 't-cell-basics')?.slides[0]?.title).toBe('Meet the T cells');
    await watched.close();
  });
});
