// Issue 15, failure 3: a save never overwrites a change made on disk since the file was opened,
// and a deck save keeps the file's comments and its $schema line.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeckService } from '../../service/deck-service.js';
import { copyFixtureLibrary, serviceOver, tempDir, type TempDir } from '../app/app-harness.js';

let tmp: TempDir;
let content: string;
let service: DeckService;

beforeEach(async () => {
  tmp = await tempDir();
  content = await copyFixtureLibrary(path.join(tmp.path, 'content'));
  service = await serviceOver(tmp.path, content);
});

afterEach(async () => {
  await service.close();
  await tmp[Symbol.asyncDispose]();
});

const COMMENTED = `# yaml-language-server: $schema=../../schema/deck.schema.json
# Clinic deck: keep the checkpoint topic first (the nurse asked for it).
title: Checkpoint inhibitors # shown on the title slide
audience: patient
presenter: A. Nurse, RN
topics:
  # the basics first
  - checkpoint-basics
  - topic: checkpoint-basics
    slides: [brakes, 5]
`;

describe('deck:save', () => {
  const file = () => path.join(content, 'decks/intro.yaml');

  it('refuses with CONFLICT naming the file when it changed on disk since it was opened, and writes nothing', async () => {
    const opened = await service.api['deck:open']({ path: 'decks/intro.yaml' });
    if (!opened.ok) throw new Error(JSON.stringify(opened.diagnostics));
    expect(opened.value.hash).toMatch(/^sha256-[0-9a-f]{64}$/);
    const outside = (await readFile(file(), 'utf8')).replace('A short introduction', 'Changed by a colleague');
    await writeFile(file(), outside);
    const draft = { ...opened.value.draft, deck: { ...opened.value.draft.deck, title: 'Mine' } };
    const r = await service.api['deck:save']({ draft, baseHash: opened.value.hash });
    expect(r).toEqual({
      ok: false,
      diagnostics: [
        expect.objectContaining({
          code: 'CONFLICT',
          severity: 'error',
          message: 'decks/intro.yaml changed on disk since you opened it, so saving would overwrite that change',
          location: { file: 'decks/intro.yaml', line: 0, column: 0 },
          hint: expect.stringMatching(/Reload.*another name.*overwrite/),
        }),
      ],
    });
    expect(await readFile(file(), 'utf8')).toBe(outside);
  });

  it('reports a file deleted since it was opened as a conflict too', async () => {
    const opened = await service.api['deck:open']({ path: 'decks/intro.yaml' });
    if (!opened.ok) throw new Error('open failed');
    await rm(file());
    const r = await service.api['deck:save']({ draft: opened.value.draft, baseHash: opened.value.hash });
    expect(r).toMatchObject({ ok: false, diagnostics: [{ code: 'CONFLICT', message: expect.stringMatching(/was deleted/) }] });
  });

  it('overwrites when the user chose to, and answers the new hash that the next save needs', async () => {
    const opened = await service.api['deck:open']({ path: 'decks/intro.yaml' });
    if (!opened.ok) throw new Error('open failed');
    await writeFile(file(), (await readFile(file(), 'utf8')).replace('A short introduction', 'Outside'));
    const draft = { ...opened.value.draft, deck: { ...opened.value.draft.deck, title: 'Mine' } };
    const first = await service.api['deck:save']({ draft, baseHash: opened.value.hash, overwrite: true });
    if (!first.ok) throw new Error(JSON.stringify(first.diagnostics));
    expect(await readFile(file(), 'utf8')).toMatch(/^title: Mine$/m);
    const second = await service.api['deck:save']({ draft, baseHash: first.value.hash });
    expect(second.ok).toBe(true);
  });

  it('keeps comments, the $schema line, key order and untouched values when saving an edit', async () => {
    await writeFile(file(), COMMENTED);
    const opened = await service.api['deck:open']({ path: 'decks/intro.yaml' });
    if (!opened.ok) throw new Error(JSON.stringify(opened.diagnostics));
    const deck = { ...opened.value.draft.deck, title: 'Checkpoint inhibitors, explained', subtitle: 'For patients' };
    const r = await service.api['deck:save']({ draft: { ...opened.value.draft, deck }, baseHash: opened.value.hash });
    expect(r.ok).toBe(true);
    // Only the changed title is rewritten; the new subtitle is added at the end of the map.
    expect(await readFile(file(), 'utf8')).toBe(
      `${COMMENTED.replace('title: Checkpoint inhibitors #', 'title: Checkpoint inhibitors, explained #')}subtitle: For patients\n`,
    );
  });
});

describe('topic:save', () => {
  const rel = 'topics/car-t-therapy.yaml';
  const file = () => path.join(content, rel);

  it('refuses with CONFLICT when the topic changed on disk since topic:read, then saves with overwrite', async () => {
    const read = await service.api['topic:read']({ path: rel });
    if (!read.ok) throw new Error('read failed');
    expect(read.value.hash).toMatch(/^sha256-/);
    const outside = read.value.text.replace('Your cells, trained in a lab', 'Edited elsewhere');
    await writeFile(file(), outside);
    const mine = read.value.text.replace('Your cells, trained in a lab', 'Edited here');
    const r = await service.api['topic:save']({ path: rel, text: mine, baseHash: read.value.hash });
    expect(r).toMatchObject({ ok: false, diagnostics: [{ code: 'CONFLICT', location: { file: rel } }] });
    expect(await readFile(file(), 'utf8')).toBe(outside);
    const forced = await service.api['topic:save']({ path: rel, text: mine, baseHash: read.value.hash, overwrite: true });
    if (!forced.ok) throw new Error(JSON.stringify(forced.diagnostics));
    expect(await readFile(file(), 'utf8')).toBe(mine);
    const again = await service.api['topic:save']({ path: rel, text: mine, baseHash: forced.value.hash });
    expect(again.ok).toBe(true);
  });
});
