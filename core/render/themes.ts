import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { error, fileLocation, type Diagnostic } from '../errors.js';
import { confine, confineAbsolute, displayPath } from '../confine.js';
import { LIMITS } from '../options.js';
import { packageFile, TEMPLATES_DIR } from '../paths.js';
import { fail, ok, type Result } from '../result.js';
import { dataUrl } from './assets.js';
import { checkPaletteContrast } from './branding.js';
import { checkPrintPalette } from './print-palette.js';
import { parseThemeManifest, type ThemeManifest } from './theme-manifest.js';

export { ThemeManifestSchema, ThemePaletteSchema, type ThemeManifest, type ThemePalette } from './theme-manifest.js';

/** Where a theme comes from: shipped with ImmunoDeck, or a folder in the content folder. */
export type ThemeOrigin = 'built-in' | 'user';

/** A loaded theme: manifest, CSS and its @font-face rules with fonts inlined. */
export interface Theme extends ThemeManifest {
  /** Folder the theme came from. */
  dir: string;
  origin: ThemeOrigin;
  /** The theme CSS, after @font-face rules with the fonts as data: URLs. */
  css: string;
}

/** A theme as listed by `immunodeck themes` and the app: no CSS, no fonts. */
export interface ThemeInfo {
  name: string;
  label: string;
  description?: string;
  origin: ThemeOrigin;
  dir: string;
  /** The slide colours (the app checks branding colours against the background as you type). */
  palette: ThemeManifest['palette'];
}

/** Folders searched for themes, in order: the content folder's themes/, then the built-in ones. */
export function themeDirs(contentRoot?: string): { dir: string; origin: ThemeOrigin }[] {
  const dirs: { dir: string; origin: ThemeOrigin }[] = [];
  if (contentRoot) dirs.push({ dir: path.join(contentRoot, 'themes'), origin: 'user' });
  dirs.push({ dir: path.join(TEMPLATES_DIR, 'themes'), origin: 'built-in' });
  return dirs;
}

/** Every theme folder (one holding a theme.json), user folders first; a user theme hides a built-in one of the same name. */
function themeFolders(contentRoot?: string): Map<string, { dir: string; origin: ThemeOrigin }> {
  const found = new Map<string, { dir: string; origin: ThemeOrigin }>();
  for (const { dir, origin } of themeDirs(contentRoot)) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    // A user theme folder (or themes/ itself) that is a link out of the content folder is not a theme.
    if (origin === 'user' && contentRoot && !confineAbsolute(contentRoot, dir, { mustExist: true })) continue;
    for (const name of readdirSync(dir).sort()) {
      const themeDir = path.join(dir, name);
      if (origin === 'user' && !confine(dir, name, { mustExist: true })) continue;
      if (!found.has(name) && existsSync(path.join(themeDir, 'theme.json'))) found.set(name, { dir: themeDir, origin });
    }
  }
  return found;
}

/**
 * Every available theme, sorted by name, without loading CSS or fonts. Themes whose theme.json is
 * broken are left out and reported as diagnostics.
 */
export function listThemes(contentRoot?: string): Result<ThemeInfo[]> {
  const themes: ThemeInfo[] = [];
  const problems: Diagnostic[] = [];
  for (const [name, { dir, origin }] of themeFolders(contentRoot)) {
    const manifest = readManifest(dir, name);
    if (!manifest.ok) problems.push(...manifest.diagnostics);
    else
      themes.push({
        name,
        label: manifest.value.label,
        description: manifest.value.description,
        origin,
        dir,
        palette: manifest.value.palette,
      });
  }
  return ok(
    themes.sort((a, b) => a.name.localeCompare(b.name)),
    problems,
  );
}

/**
 * Load a theme by name: its manifest, CSS and fonts. User themes in the content folder win over
 * built-in ones. An unknown name fails with the list of available themes; a user theme whose
 * palette fails WCAG AA loads with CONTRAST warnings.
 */
/** A theme's manifest only (no CSS, no fonts), or undefined when the theme does not exist or is broken. */
export function loadThemeManifest(name: string, contentRoot?: string): ThemeManifest | undefined {
  const folder = /^[a-z0-9-]+$/.test(name) ? themeFolders(contentRoot).get(name) : undefined;
  const manifest = folder ? readManifest(folder.dir, name) : undefined;
  return manifest?.ok ? manifest.value : undefined;
}

export function loadTheme(name: string, contentRoot?: string): Result<Theme> {
  const folder = /^[a-z0-9-]+$/.test(name) ? themeFolders(contentRoot).get(name) : undefined;
  if (!folder) return fail([unknownTheme(name, contentRoot)]);
  const { dir, origin } = folder;
  const manifest = readManifest(dir, name);
  if (!manifest.ok) return manifest;
  const themeCss = readThemeFile(dir, 'theme.css');
  if (!themeCss.ok) return themeCss;
  const fonts = fontFaces(manifest.value, dir);
  if (!fonts.ok) return fonts;
  const css = `${fonts.value}\n${themeCss.value}`.replace(/<\/(style)/gi, '<\\/$1');
  const where = fileLocation(displayPath(path.join(dir, 'theme.json')));
  const warnings =
    origin === 'user' ? [...checkPaletteContrast(manifest.value.palette, where), ...checkPrintPalette(manifest.value, where)] : [];
  return ok({ ...manifest.value, dir, origin, css }, warnings);
}

function readManifest(dir: string, name: string): Result<ThemeManifest> {
  const text = readThemeFile(dir, 'theme.json');
  if (!text.ok) return text;
  return parseThemeManifest(text.value, displayPath(path.join(dir, 'theme.json')), name);
}

/**
 * A file of a theme folder as text: only a plain file inside the folder by real path (a link
 * that leads out is refused), at most {@link LIMITS}.fileBytes. Every failure names the file.
 */
function readThemeFile(dir: string, name: 'theme.json' | 'theme.css'): Result<string> {
  const where = fileLocation(displayPath(path.join(dir, name)));
  const file = confine(dir, name);
  if (!file) return fail([error('THEME', `${name} leads outside the theme folder`, where, THEME_FILES_HINT)]);
  try {
    const info = statSync(file);
    if (!info.isFile()) return fail([error('THEME', `${name} is a folder, not a file`, where, THEME_FILES_HINT)]);
    if (info.size > LIMITS.fileBytes) return fail([error('THEME', `${name} is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`, where)]);
    return ok(readFileSync(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? `the theme has no ${name}` : `could not read ${name} (${code ?? 'error'})`;
    return fail([error('THEME', what, where, THEME_FILES_HINT)]);
  }
}

const THEME_FILES_HINT = 'A theme is a folder with the files theme.json and theme.css (and its fonts) inside it.';

function unknownTheme(name: string, contentRoot?: string): Diagnostic {
  const names = [...themeFolders(contentRoot).keys()].sort();
  const where = contentRoot ? ` Add your own as ${displayPath(path.join(contentRoot, 'themes', name))}/ (theme.json + theme.css).` : '';
  return error('THEME', `theme "${name}" not found`, undefined, `Available themes: ${names.join(', ')}.${where}`);
}

const FONT_FORMATS: Record<string, string> = { '.woff2': 'woff2', '.woff': 'woff', '.ttf': 'truetype', '.otf': 'opentype' };

/** @font-face rules with each font file inlined as a data: URL. */
function fontFaces(theme: ThemeManifest, themeDir: string): Result<string> {
  const manifest = fileLocation(displayPath(path.join(themeDir, 'theme.json')));
  const rules: string[] = [];
  for (const f of theme.fonts) {
    const file = resolveFont(f.file, themeDir);
    if (!file) {
      const inside = BUNDLED_FONTS.test(f.file) || confine(themeDir, f.file) !== undefined;
      const hint = inside
        ? 'Put the font file in the theme folder, or name one of the bundled Atkinson Hyperlegible fonts.'
        : 'Font files must be inside the theme folder (a link that leads out does not count), or one of the bundled fonts.';
      const what = inside ? 'not found' : 'is outside the theme folder';
      return fail([error('THEME', `font file "${f.file}" ${what}`, manifest, hint)]);
    }
    const family = f.family.replace(/['\\<>]/g, '');
    const format = FONT_FORMATS[path.extname(file).toLowerCase()] ?? 'woff2';
    rules.push(
      `@font-face{font-family:'${family}';font-style:${f.style};font-weight:${f.weight};font-display:block;src:url(${dataUrl(file)}) format('${format}');}`,
    );
  }
  return ok(rules.join('\n'));
}

/** The font files a loaded theme embeds (absolute paths), for checking which characters they can draw. */
export function themeFontFiles(theme: Pick<Theme, 'fonts' | 'dir'>): string[] {
  return theme.fonts.map((f) => resolveFont(f.file, theme.dir)).filter((f): f is string => f !== undefined);
}

/** Fonts shipped with ImmunoDeck that any theme may name by package path; nothing else is resolved as a package. */
const BUNDLED_FONTS = /^@fontsource\/atkinson-hyperlegible\/files\/atkinson-hyperlegible-[a-z0-9-]+\.woff2?$/;

/** A theme's font: a bundled font from the allow-list, or a file inside the theme's own folder (by real path). */
function resolveFont(ref: string, themeDir: string): string | undefined {
  if (BUNDLED_FONTS.test(ref)) {
    try {
      return packageFile(ref);
    } catch {
      return undefined;
    }
  }
  return confine(themeDir, ref, { mustExist: true });
}
