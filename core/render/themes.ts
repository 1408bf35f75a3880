import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { error, fileLocation, type Diagnostic } from '../errors.js';
import { isInside } from '../load/safe-path.js';
import { packageFile, TEMPLATES_DIR } from '../paths.js';
import { fail, ok, type Result } from '../result.js';
import { dataUrl } from './assets.js';

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/);

/** A theme's manifest: templates/themes/<name>/theme.json (or <content>/themes/<name>/theme.json). */
export const ThemeManifestSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  description: z.string().optional(),
  /** Fonts to embed: a path inside the theme folder, or an npm file such as @fontsource/…/x.woff2. */
  fonts: z
    .array(z.strictObject({ family: z.string(), weight: z.number().int(), style: z.enum(['normal', 'italic']), file: z.string() }))
    .default([]),
  /** The colours the theme uses, checked for WCAG contrast by the tests and when branding overrides them. */
  palette: z.strictObject({ background: hex, text: hex, heading: hex, accent: hex, link: hex, muted: hex }),
  /** Smallest body text size in CSS px at 1280×720. */
  minBodyPx: z.number().optional(),
});

/** A theme manifest. */
export type ThemeManifest = z.output<typeof ThemeManifestSchema>;

/** A loaded theme: manifest, CSS and its @font-face rules with fonts inlined. */
export interface Theme extends ThemeManifest {
  /** Folder the theme came from. */
  dir: string;
  /** 'builtin' or 'user'. */
  origin: 'builtin' | 'user';
  /** The theme CSS plus @font-face rules with data: URLs. */
  css: string;
}

/** Folders searched for themes, in order: the content folder's themes/, then the built-in ones. */
export function themeDirs(contentRoot?: string): { dir: string; origin: Theme['origin'] }[] {
  const dirs: { dir: string; origin: Theme['origin'] }[] = [];
  if (contentRoot) dirs.push({ dir: path.join(contentRoot, 'themes'), origin: 'user' });
  dirs.push({ dir: path.join(TEMPLATES_DIR, 'themes'), origin: 'builtin' });
  return dirs;
}

/** Names of every available theme. */
export function listThemes(contentRoot?: string): Result<Theme[]> {
  const seen = new Map<string, Theme>();
  const problems: Diagnostic[] = [];
  for (const { dir } of themeDirs(contentRoot).reverse()) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!existsSync(path.join(dir, name, 'theme.json'))) continue;
      const t = loadTheme(name, contentRoot);
      if (t.ok) seen.set(name, t.value);
      else problems.push(...t.diagnostics);
    }
  }
  return ok([...seen.values()].sort((a, b) => a.name.localeCompare(b.name)), problems);
}

/** Load a theme by name; user themes in the content folder win over built-in ones. */
export function loadTheme(name: string, contentRoot?: string): Result<Theme> {
  for (const { dir, origin } of themeDirs(contentRoot)) {
    const themeDir = path.join(dir, name);
    const manifestFile = path.join(themeDir, 'theme.json');
    if (!/^[a-z0-9-]+$/.test(name) || !existsSync(manifestFile)) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(manifestFile, 'utf8'));
    } catch (e) {
      return fail([error('THEME', `theme.json is not valid JSON: ${(e as Error).message}`, fileLocation(manifestFile))]);
    }
    const parsed = ThemeManifestSchema.safeParse(raw);
    if (!parsed.success) {
      return fail(parsed.error.issues.map((i) => error('THEME', `${i.path.join('.') || 'theme'}: ${i.message}`, fileLocation(manifestFile))));
    }
    const cssFile = path.join(themeDir, 'theme.css');
    if (!existsSync(cssFile)) return fail([error('THEME', 'theme.css is missing', fileLocation(themeDir), 'A theme is a folder with theme.json and theme.css.')]);
    const fonts = fontFaces(parsed.data, themeDir);
    if (!fonts.ok) return fonts;
    return ok({ ...parsed.data, dir: themeDir, origin, css: `${fonts.value}\n${readFileSync(cssFile, 'utf8')}` });
  }
  const known = listKnownNames(contentRoot);
  return fail([error('THEME', `theme "${name}" not found`, undefined, `Available themes: ${known.join(', ')}.`)]);
}

function listKnownNames(contentRoot?: string): string[] {
  const names = new Set<string>();
  for (const { dir } of themeDirs(contentRoot)) if (existsSync(dir)) for (const n of readdirSync(dir)) if (existsSync(path.join(dir, n, 'theme.json'))) names.add(n);
  return [...names].sort();
}

function fontFaces(theme: ThemeManifest, themeDir: string): Result<string> {
  const rules: string[] = [];
  for (const f of theme.fonts) {
    let file: string;
    if (f.file.startsWith('@')) {
      try {
        file = packageFile(f.file);
      } catch {
        return fail([error('THEME', `font "${f.file}" is not installed`, fileLocation(path.join(themeDir, 'theme.json')), 'Run npm ci, or put the font file in the theme folder.')]);
      }
    } else {
      file = path.resolve(themeDir, f.file);
      if (!isInside(themeDir, file) || !existsSync(file)) return fail([error('THEME', `font file "${f.file}" not found inside the theme folder`, fileLocation(path.join(themeDir, 'theme.json')))]);
    }
    rules.push(`@font-face{font-family:'${f.family.replace(/'/g, '')}';font-style:${f.style};font-weight:${f.weight};font-display:block;src:url(${dataUrl(file)}) format('woff2');}`);
  }
  return ok(rules.join('\n'));
}
