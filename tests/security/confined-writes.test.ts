// Issue 15, failure 2: when topics/, decks/ or images/ of a content folder are links to elsewhere,
// creating a topic, importing an image, saving a topic and saving a deck must not write through them.
import { cp, mkdir, readdir, readFile, rename, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeckService, type DeckService } from '../../service/deck-service.js';
import { copyFixtureLibrary, serviceOver, tempDir, type TempDir } from '../app/app-harness.js';

let tmp: TempDir;
let content: string;
let outside: string;
let service: DeckService;

/** Move `<content>/<name>` to `<outside>/<name>` and leave a link to it in its place. */
async function linkOut(name: string): Promise<void> {
  await rename(path.join(content, name), path.join(outside, name));
  await symlink(path.join(outside, name), path.join(content, name));
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) out[path.relative(dir, path.join(e.parentPath, e.name))] = await readFile(path.join(e.parentPath, e.name), 'utf8');
  return out;
}

beforeEach(async () => {
  tmp = await tempDir();
  content = await copyFixtureLibrary(path.join(tmp.path, 'content'));
  outside = path.join(tmp.path, 'outside');
  await mkdir(outside);
  for (const name of ['topics', 'decks', 'images']) await linkOut(name);
  service = await serviceOver(tmp.path, content);
});

afterEach(async () => {
  await service.close();
  await tmp[Symbol.asyncDispose]();
});

describe('writes through links that lead out of the content folder', () => {
  it('refuses topic:create, asset:import, topic:save and deck:save, and nothing outside changes', async () => {
    const before = await snapshot(outside);
    const attempts = [
      await service.api['topic:create']({ id: 'new-topic', title: 'New' }),
      await service.api['asset:import']({ name: 'logo.png', base64: Buffer.from('png').toString('base64') }),
      await service.api['topic:save']({ path: 'topics/car-t-therapy.yaml', text: 'title: x\n', allowErrors: true }),
      await service.api['deck:save']({
        draft: { id: 'intro', deck: { title: 'Overwritten', audience: 'patient', topics: ['checkpoint-basics'] } },
      }),
      await service.api['deck:save']({
        draft: { id: 'brand-new', deck: { title: 'New deck', audience: 'patient', topics: ['checkpoint-basics'] } },
      }),
    ];
    for (const r of attempts)
      expect(r).toMatchObject({ ok: false, diagnostics: [{ code: 'FILE', message: expect.stringMatching(/inside the content folder/) }] });
    expect(await snapshot(outside)).toEqual(before);
  });

  it('does not read topics or decks through a linked-out folder, and says why', async () => {
    const r = await service.api['library:list']({});
    if (!r.ok) throw new Error('list failed');
    expect(r.value.topics).toEqual([]);
    expect(r.value.problems.map((d) => d.message)).toEqual(
      expect.arrayContaining([
        'topics/ is a link to a folder outside the content folder, so it was not read',
        'decks/ is a link to a folder outside the content folder, so it was not read',
      ]),
    );
  });

  it('refuses to save a deck whose own file is a link that leads out', async () => {
    await service.close();
    const plain = await copyFixtureLibrary(path.join(tmp.path, 'plain'));
    await cp(path.join(plain, 'decks/intro.yaml'), path.join(outside, 'intro-target.yaml'));
    await rename(path.join(plain, 'decks/intro.yaml'), path.join(tmp.path, 'moved.yaml'));
    await symlink(path.join(outside, 'intro-target.yaml'), path.join(plain, 'decks/intro.yaml'));
    service = await createDeckService({
      configDir: path.join(tmp.path, 'config2'),
      contentRoot: plain,
      exportDir: path.join(tmp.path, 'exports'),
      builtinRoot: path.join(tmp.path, 'builtin'),
      watch: false,
    });
    const target = await readFile(path.join(outside, 'intro-target.yaml'), 'utf8');
    const r = await service.api['deck:save']({
      draft: { id: 'intro', deck: { title: 'Overwritten', audience: 'patient', topics: ['checkpoint-basics'] } },
    });
    expect(r).toMatchObject({ ok: false, diagnostics: [{ code: 'FILE', message: expect.stringMatching(/inside the content folder/) }] });
    expect(await readFile(path.join(outside, 'intro-target.yaml'), 'utf8')).toBe(target);
  });
});
