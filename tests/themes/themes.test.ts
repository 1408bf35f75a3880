import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../cli/main.js';
import { parseDeckText } from '../../core/validate/validate-deck.js';
import { parseThemeManifest } from '../../core/render/theme-manifest.js';
import { buildDeck } from '../helpers/build.js';
import { contrastRatio, WCAG } from '../../core/render/contrast.js';
import { listThemes, loadTheme, type Theme } from '../../core/render/themes.js';

const BUILT_IN = ['clinical', 'dark', 'high-contrast', 'large-print'];
const FIXTURES = 'tests/fixtures/themes';

function theme(name: string, root?: string): Theme {
  const t = loadTheme(name, root);
  if (!t.ok) throw new Error(JSON.stringify(t.diagnostics));
  return t.value;
}

/** The value of a --id-* variable in a theme's own CSS (its :root block). */
function cssVar(css: string, name: string): string | undefined {
  return new RegExp(`--id-${name}:\\s*(#[0-9a-fA-F]{6})\\s*;`).exec(css)?.[1]?.toLowerCase();
}

/** A copy of the themes fixture folder, to break on purpose. */
function scratchContent(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'immunodeck-themes-'));
  cpSync(FIXTURES, root, { recursive: true });
  return root;
}

describe('built-in theme palettes', () => {
  it.each(BUILT_IN)('%s: text, heading, link, muted and accent meet WCAG on the background (high-contrast: AAA)', (name) => {
    const { palette } = theme(name);
    const min = name === 'high-contrast' ? WCAG.AAA_TEXT : WCAG.AA_TEXT;
    const failing = (['text', 'heading', 'link', 'muted', 'accent'] as const)
      .map((role) => ({ role, ratio: contrastRatio(palette[role], palette.background) }))
      .filter((r) => r.ratio < min);
    expect(failing).toEqual([]);
  });

  it.each(BUILT_IN)('%s: the palette in theme.json is what theme.css actually sets', (name) => {
    const t = theme(name);
    const css = readFileSync(path.join(t.dir, 'theme.css'), 'utf8');
    const vars = { background: 'bg', text: 'text', heading: 'heading', accent: 'accent', link: 'link', muted: 'muted' } as const;
    for (const [role, v] of Object.entries(vars))
      expect([role, cssVar(css, v)]).toEqual([role, t.palette[role as keyof typeof vars].toLowerCase()]);
  });

  it.each(BUILT_IN)('%s: embeds Atkinson Hyperlegible (regular and bold) as data URLs and promises ≥28px body text', (name) => {
    const t = theme(name);
    expect(t.css).toMatch(
      /@font-face\{font-family:'Atkinson Hyperlegible';font-style:normal;font-weight:400;[^}]*src:url\(data:font\/woff2;base64,/,
    );
    expect(t.css).toMatch(/font-weight:700;[^}]*src:url\(data:font\/woff2;base64,/);
    expect(t.minBodyPx).toBeGreaterThanOrEqual(name === 'large-print' ? 40 : 28);
  });
});

describe('choosing a theme', () => {
  it('lists built-in and user themes with their origin', () => {
    const listed = listThemes(path.resolve(FIXTURES));
    expect(listed.ok && listed.warnings).toEqual([]);
    const rows = listed.ok ? listed.value.map((t) => [t.name, t.origin]) : [];
    expect(rows).toEqual([...BUILT_IN.map((n) => [n, 'built-in']), ['sunrise', 'user']].sort((a, b) => a[0]!.localeCompare(b[0]!)));
  });

  it('picks a user theme folder named in the deck file', async () => {
    const r = await buildDeck(`${FIXTURES}/decks/user-theme.yaml`);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.value.html).toContain('class="audience-patient theme-sunrise"');
    expect(r.value.html).toContain('--id-heading: #6b2150;');
    expect(r.warnings).toEqual([]);
  });

  it('lets --theme (the build option) override the deck file, with a user theme too', async () => {
    const r = await buildDeck(`${FIXTURES}/decks/all-layouts.yaml`, { theme: 'sunrise' });
    expect(r.ok && r.value.html.includes('theme-sunrise')).toBe(true);
    const dark = await buildDeck(`${FIXTURES}/decks/user-theme.yaml`, { theme: 'dark' });
    expect(dark.ok && dark.value.html.includes('--id-bg: #111827;')).toBe(true);
  });

  it('fails with the list of available themes when the theme does not exist', async () => {
    const r = await buildDeck(`${FIXTURES}/decks/all-layouts.yaml`, { theme: 'hi-contrast' });
    expect(r.ok).toBe(false);
    const d = r.ok ? undefined : r.diagnostics.find((x) => x.severity === 'error');
    expect(d).toMatchObject({ code: 'THEME', severity: 'error', message: 'theme "hi-contrast" not found' });
    expect(d?.hint).toMatch(
      /^Did you mean "high-contrast"\? Available themes: clinical, dark, high-contrast, large-print, sunrise\. Add your own as .*themes\/hi-contrast\//,
    );
  });

  it('reports a broken theme.json with its file, line and column', () => {
    const root = scratchContent();
    const manifest = path.join(root, 'themes', 'sunrise', 'theme.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"#6b2150", "accent"', '"plum", "accent"'));
    const bad = loadTheme('sunrise', root);
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.diagnostics).toEqual([
      expect.objectContaining({
        code: 'THEME',
        severity: 'error',
        message: 'theme.json: "palette.heading" must be a colour written as #RRGGBB, e.g. "#1d4f91"',
        location: expect.objectContaining({ line: 9 }),
      }),
    ]);
    expect(bad.ok ? '' : bad.diagnostics[0]!.location!.file).toMatch(/themes\/sunrise\/theme\.json$/);
  });

  it('reports JSON syntax errors and a name that does not match the folder', () => {
    const root = scratchContent();
    const manifest = path.join(root, 'themes', 'sunrise', 'theme.json');
    const text = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, text.replace('"minBodyPx": 30', '"minBodyPx": 30,'));
    const syntax = loadTheme('sunrise', root);
    expect(syntax.ok ? undefined : syntax.diagnostics[0]).toMatchObject({
      code: 'THEME',
      message: expect.stringMatching(/^theme\.json is not valid JSON/),
      location: { line: 11 },
    });
    writeFileSync(manifest, text.replace('"name": "sunrise"', '"name": "sunset"'));
    const named = loadTheme('sunrise', root);
    expect(named.ok ? undefined : named.diagnostics[0]?.message).toBe('theme.json: "name" is "sunset" but the folder is "sunrise"');
  });

  it("warns when a user theme's own palette fails WCAG AA", () => {
    const root = scratchContent();
    const manifest = path.join(root, 'themes', 'sunrise', 'theme.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"muted": "#57534e"', '"muted": "#b0aaa0"'));
    const t = loadTheme('sunrise', root);
    expect(t.ok && t.warnings.map((w) => [w.code, w.message.slice(0, 40)])).toEqual([
      ['CONTRAST', 'theme palette: muted #b0aaa0 on backgrou'],
    ]);
  });
});

describe('immunodeck themes', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
    const code = await runCli(args);
    return { code, out, err };
  }

  it('prints name, label, origin and description as a table or JSON', async () => {
    const table = await run(['themes', '--content', FIXTURES]);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^NAME +LABEL +ORIGIN +DESCRIPTION\n/);
    expect(table.out).toMatch(/\nhigh-contrast +High contrast +built-in +Black on white/);
    expect(table.out).toMatch(/\nsunrise +Sunrise \(clinic theme\) +user +Warm cream/);
    const json = JSON.parse((await run(['themes', '--content', FIXTURES, '--json'])).out) as {
      themes: { name: string; origin: string; label: string }[];
    };
    expect(json.themes.map((t) => `${t.name}:${t.origin}`)).toEqual([
      'clinical:built-in',
      'dark:built-in',
      'high-contrast:built-in',
      'large-print:built-in',
      'sunrise:user',
    ]);
  });

  it('builds with --theme <name>, and names the available themes when it is unknown', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'immunodeck-themes-out-'));
    const built = await run(['build', `${FIXTURES}/decks/user-theme.yaml`, '--theme', 'high-contrast', '--out', out]);
    expect(built.code).toBe(0);
    expect(readFileSync(path.join(out, 'user-theme.html'), 'utf8')).toContain('theme-high-contrast');
    const unknown = await run(['build', `${FIXTURES}/decks/user-theme.yaml`, '--theme', 'neon', '--out', out]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(
      /error: theme "neon" not found\n +→ Available themes: clinical, dark, high-contrast, large-print, sunrise\./,
    );
  });
});

describe('docs/themes.md', () => {
  const doc = readFileSync('docs/themes.md', 'utf8');
  const block = (lang: string, pattern: RegExp): string =>
    [...doc.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!).find((b) => pattern.test(b))!;

  it('has a theme.json example that is a valid manifest, and the error it shows is the one the loader prints', () => {
    const json = block('json', /"palette"/);
    expect(parseThemeManifest(json, 'theme.json', 'sunrise').ok).toBe(true);
    const bad = parseThemeManifest(
      json.replace('"heading": "#6b2150"', '"heading": "plum"'),
      'my-clinic/themes/sunrise/theme.json',
      'sunrise',
    );
    const d = bad.ok ? undefined : bad.diagnostics[0]!;
    expect(doc).toContain(`${d!.location!.file}:${d!.location!.line}:${d!.location!.column} error: ${d!.message}`);
  });

  it('has a branding example that matches the deck schema, and a theme.css that sets the palette it documents', () => {
    const deck = parseDeckText(block('yaml', /^branding:/m), '/tmp/docs-deck.yaml', 'docs-deck.yaml');
    expect(deck.ok ? [] : deck.diagnostics).toEqual([]);
    const css = block('css', /--id-bg/);
    const manifest = JSON.parse(block('json', /"palette"/)) as { palette: Record<string, string> };
    expect(cssVar(css, 'bg')).toBe(manifest.palette.background);
    expect(cssVar(css, 'heading')).toBe(manifest.palette.heading);
  });
});
