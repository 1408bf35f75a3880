// Issue 15, failure 6: an export stopped by SIGKILL leaves a print folder (with a copy of the deck),
// a browser profile folder and `.tmp` files; the next start removes the stale ones. SIGTERM cleans
// up at once. Runs the built CLI (`npm run build` first) with a private TMPDIR and real Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImmunodeck } from '../helpers/cli.js';

const LEFTOVER = /^(immunodeck-print-|playwright_chromium(dev)?_profile-)/;

let base: string;
let privateTmp: string;
let out: string;
let deck: string;

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'immunodeck-leftovers-'));
  privateTmp = path.join(base, 'tmp');
  out = path.join(base, 'out');
  await cp(path.resolve('tests/fixtures/library'), path.join(base, 'content'), { recursive: true });
  await cp(path.resolve('tests/fixtures/library/images'), path.join(privateTmp, 'unrelated'), { recursive: true });
  deck = path.join(base, 'content/decks/intro.yaml');
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const env = () => ({ ...process.env, TMPDIR: privateTmp });

function startBuild(): ChildProcess {
  const args = [path.resolve('bin/immunodeck.js'), 'build', deck, '--format', 'pdf,notes,handout', '--out', out, '--paper', 'a4'];
  return spawn(process.execPath, args, { env: env(), stdio: 'ignore' });
}

/** Wait until the running export has both a print folder and a browser profile in its TMPDIR. */
async function waitForPrinting(child: ChildProcess): Promise<string[]> {
  for (let i = 0; i < 400; i++) {
    const names = (await readdir(privateTmp)).filter((n) => LEFTOVER.test(n));
    if (names.some((n) => n.startsWith('immunodeck-print-')) && names.some((n) => n.startsWith('playwright'))) return names;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the export never started printing');
}

const exited = (child: ChildProcess) =>
  new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));

async function leftovers(): Promise<string[]> {
  await new Promise((r) => setTimeout(r, 500)); // the orphaned browser notices its pipe closed
  return (await readdir(privateTmp)).filter((n) => LEFTOVER.test(n)).sort();
}

describe('leftovers after a kill', () => {
  it('SIGKILL leaves them; the next build removes the stale ones and keeps unrelated files', async () => {
    const child = startBuild();
    await waitForPrinting(child);
    const done = exited(child);
    child.kill('SIGKILL');
    expect(await done).toBe('SIGKILL');
    const left = await leftovers();
    expect(left.some((n) => n.startsWith('immunodeck-print-'))).toBe(true);
    // A `.tmp` beside the outputs, as a kill during a write leaves it.
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, '.intro-notes.pdf.0123456789ab.tmp'), 'half a PDF');
    const old = new Date(Date.now() - 10 * 60_000);
    for (const n of left) await utimes(path.join(privateTmp, n), old, old);
    await utimes(path.join(out, '.intro-notes.pdf.0123456789ab.tmp'), old, old);
    const again = runImmunodeck(['build', deck, '--format', 'html', '--out', out], { env: env() });
    expect(again.code, again.stderr).toBe(0);
    expect(await leftovers()).toEqual([]);
    expect((await readdir(out)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await readdir(path.join(privateTmp, 'unrelated'))).toEqual(['brake.svg']);
  }, 60_000);

  it('leaves recent leftovers alone: they may belong to an export running now', async () => {
    const child = startBuild();
    await waitForPrinting(child);
    const done = exited(child);
    child.kill('SIGKILL');
    await done;
    const left = await leftovers();
    const again = runImmunodeck(['build', deck, '--format', 'html', '--out', out], { env: env() });
    expect(again.code).toBe(0);
    expect(await leftovers()).toEqual(left);
  }, 60_000);

  it('SIGTERM mid-export closes the browser and removes the print folder and temporary files at once', async () => {
    const child = startBuild();
    await waitForPrinting(child);
    const done = exited(child);
    child.kill('SIGTERM');
    expect(await done).toBe(143);
    expect(await leftovers()).toEqual([]);
    expect((await readdir(out).catch(() => [])).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
