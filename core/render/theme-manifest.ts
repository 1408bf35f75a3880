import { z } from 'zod';
import { error, fileLocation, type Diagnostic, type SourceLocation } from '../errors.js';
import { parseYaml } from '../load/parse-yaml.js';
import { HANDOUT_LAYOUTS } from '../options.js';
import { fail, ok, type Result } from '../result.js';

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written as #RRGGBB, e.g. "#1d4f91"');

/** The colours a theme uses; the build checks branding colours against them. */
export const ThemePaletteSchema = z.strictObject({
  background: hex.describe('Slide background.'),
  text: hex.describe('Body text.'),
  heading: hex.describe('Headings (branding primaryColor replaces it).'),
  accent: hex.describe('Subtitles, bullets, callout borders, navigation arrows (branding accentColor replaces it).'),
  link: hex.describe('Links (branding primaryColor replaces it).'),
  muted: hex.describe('Sources line, footer, captions, slide number.'),
});

/** One font file to embed in the deck. */
export const ThemeFontSchema = z.strictObject({
  family: z.string().min(1).describe('CSS font-family name, e.g. "Atkinson Hyperlegible".'),
  weight: z.number().int().min(100).max(900).describe('400 regular, 700 bold.'),
  style: z.enum(['normal', 'italic']),
  file: z
    .string()
    .regex(/\.(woff2?|ttf|otf)$/i, 'must be a .woff2, .woff, .ttf or .otf file')
    .describe('A file inside the theme folder (fonts/x.woff2), or an installed npm file (@fontsource/…/x.woff2).'),
});

/** How a theme prints on paper (handouts, notes pages, leaflets; the slides PDF unless --print-background). */
export const ThemePrintSchema = z.strictObject({
  palette: ThemePaletteSchema.optional().describe(
    'Colours on paper. Default: the screen palette for light themes; for a dark background, white paper with the screen colours darkened until they pass 4.5:1.',
  ),
  handoutLayout: z
    .literal(HANDOUT_LAYOUTS)
    .optional()
    .describe('Slides per handout page when none is asked for (large print: 2, so slide text prints at 12 pt or more).'),
  minBodyPt: z
    .number()
    .min(6)
    .max(24)
    .optional()
    .describe('Warn when a handout layout prints slide body text smaller than this (pt); leaflets then print at 14 pt or more.'),
});

/** A theme's manifest: templates/themes/<name>/theme.json (or <content>/themes/<name>/theme.json). */
export const ThemeManifestSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, like the folder name'),
  label: z.string().min(1).describe('Name shown in menus, e.g. "High contrast".'),
  description: z.string().optional().describe('One sentence: when to use it.'),
  fonts: z.array(ThemeFontSchema).default([]).describe('Fonts to embed, so the deck looks the same offline.'),
  palette: ThemePaletteSchema,
  minBodyPx: z
    .number()
    .min(20)
    .max(96)
    .default(28)
    .describe('Smallest body text in CSS px on a 1280×720 slide; text never shrinks below it.'),
  maxWords: z
    .number()
    .int()
    .min(10)
    .max(80)
    .default(40)
    .describe(
      'Most words on screen a patient slide may show in this theme (the quality gate checks each slide against it); large type fits fewer.',
    ),
  print: ThemePrintSchema.default({}).describe('How the theme prints on paper.'),
});

/** A theme manifest, defaults applied. */
export type ThemeManifest = z.output<typeof ThemeManifestSchema>;
/** A theme's print settings. */
export type ThemePrint = z.output<typeof ThemePrintSchema>;
/** A theme's palette. */
export type ThemePalette = z.output<typeof ThemePaletteSchema>;

/**
 * Parse and validate a theme.json. Every problem names the file, and the line and column of the
 * offending value when there is one.
 */
export function parseThemeManifest(raw: string, label: string, folderName: string): Result<ThemeManifest> {
  // Editors on Windows may save a byte-order mark; JSON.parse refuses it, the YAML files accept it.
  const text = raw.replace(/^\uFEFF/, '');
  const bad = jsonSyntaxError(text, label);
  if (bad) return fail([bad]);
  const parsed = parseYaml(text, label);
  if (!parsed.ok) return parsed;
  const valid = ThemeManifestSchema.safeParse(parsed.value.value);
  if (!valid.success) {
    return fail(
      valid.error.issues.map((i): Diagnostic => {
        const where = i.path.length ? `"${i.path.join('.')}" ` : '';
        return error(
          'THEME',
          `theme.json: ${where}${i.message}`,
          parsed.value.locate(i.path),
          'See docs/themes.md for the manifest fields.',
        );
      }),
    );
  }
  if (valid.data.name !== folderName) {
    return fail([
      error(
        'THEME',
        `theme.json: "name" is "${valid.data.name}" but the folder is "${folderName}"`,
        parsed.value.locate(['name']),
        `Rename the folder or set "name": "${folderName}".`,
      ),
    ]);
  }
  return ok(valid.data);
}

/** A JSON syntax error as a diagnostic at its line and column (JSON.parse reports an offset). */
function jsonSyntaxError(text: string, label: string): Diagnostic | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    const message = (e as Error).message;
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const location: SourceLocation = Number.isNaN(offset) ? fileLocation(label) : lineColumn(text, offset, label);
    return error(
      'THEME',
      `theme.json is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
      location,
      'Check for a missing comma or quote; JSON allows no comments and no trailing commas.',
    );
  }
}

function lineColumn(text: string, offset: number, file: string): SourceLocation {
  const before = text.slice(0, offset).split('\n');
  return { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
