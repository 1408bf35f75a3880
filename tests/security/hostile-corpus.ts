import { cp, mkdir, mkdtemp, open, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');

/** Text planted in every file outside the content folder: it must never show up in anything we make. */
export const SECRET = 'SECRET-OUTSIDE-THE-CONTENT-FOLDER-7f3a';

/** A copy of tests/fixtures/hostile with an `outside/` folder beside it and the links git cannot hold. */
export interface HostileCorpus extends AsyncDisposable {
  /** The temporary folder holding `content/` and `outside/`. */
  base: string;
  /** The hostile content folder. */
  content: string;
  /** Files a hostile content folder tries to reach. */
  outside: string;
  /** SECRET in every encoding it could be embedded in (plain, base64 at each alignment). */
  leaks: string[];
}

/** A PNG whose bytes carry {@link SECRET} (as a text chunk), so an embedded copy would show it. */
function secretPng(): Buffer {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.from('0000000d49484452000000010000000108020000009077 53de'.replace(/ /g, ''), 'hex');
  const text = Buffer.from(`tEXtComment\0${SECRET}`);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(text.length - 4);
  return Buffer.concat([sig, ihdr, len, text, Buffer.alloc(4)]);
}

/** Make the corpus in a new temporary folder. */
export async function makeHostileCorpus(): Promise<HostileCorpus> {
  const base = await mkdtemp(path.join(tmpdir(), 'immunodeck-hostile-'));
  const content = path.join(base, 'content');
  const outside = path.join(base, 'outside');
  await cp(FIXTURE, content, { recursive: true });
  await mkdir(path.join(outside, 'linked-theme'), { recursive: true });
  await writeFile(path.join(outside, 'secret.png'), secretPng());
  await writeFile(path.join(outside, 'secret.woff2'), SECRET);
  await writeFile(path.join(outside, 'secret.css'), `/* ${SECRET} */ body { color: red; }\n`);
  await writeFile(
    path.join(outside, 'linked-theme/theme.json'),
    JSON.stringify({
      name: 'linked-theme',
      label: SECRET,
      fonts: [],
      palette: { background: '#ffffff', text: '#1f2937', heading: '#1d4f91', accent: '#0f766e', link: '#1d4f91', muted: '#4b5563' },
      minBodyPx: 28,
    }),
  );
  await writeFile(path.join(outside, 'linked-theme/theme.css'), `/* ${SECRET} */\n`);
  for (const rel of ['themes/font-absolute/theme.json', 'topics/image-absolute.yaml', 'decks/logo-absolute.yaml']) {
    const file = path.join(content, rel);
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('ABSOLUTE_OUTSIDE', outside));
  }
  await symlink(path.join(outside, 'secret.png'), path.join(content, 'images/linked-out.png'));
  await mkdir(path.join(content, 'themes/font-symlink/fonts'), { recursive: true });
  await symlink(path.join(outside, 'secret.woff2'), path.join(content, 'themes/font-symlink/fonts/linked-out.woff2'));
  await symlink(path.join(outside, 'secret.css'), path.join(content, 'themes/css-symlink/theme.css'));
  await symlink(path.join(outside, 'linked-theme'), path.join(content, 'themes/linked-theme'));
  await sparseImage(path.join(content, 'images/huge-bytes.png'), 150 * 1024 * 1024);
  return { base, content, outside, leaks: leakForms(SECRET), [Symbol.asyncDispose]: () => rm(base, { recursive: true, force: true }) };
}

/** A file of `bytes` bytes that starts like a small PNG and takes no disk space (sparse). */
async function sparseImage(file: string, bytes: number): Promise<void> {
  const handle = await open(file, 'w');
  await handle.write(secretPng());
  await handle.truncate(bytes);
  await handle.close();
}

/** The secret, and the middle of its base64 at each of the three byte alignments. */
function leakForms(secret: string): string[] {
  const forms = [secret];
  for (let pad = 0; pad < 3; pad++)
    forms.push(
      Buffer.from('x'.repeat(pad) + secret)
        .toString('base64')
        .slice(4, -4),
    );
  return forms;
}
