/**
 * Deck branding: the institution's colours as CSS variables, and WCAG contrast checks of those
 * colours (and of user themes' palettes) that come back as CONTRAST warnings. Warnings never block
 * a build; each names the colour pair, the ratio, and the nearest colour of the same hue that passes.
 */
import { warning, type Diagnostic, type SourceLocation } from '../errors.js';
import type { ValuePath } from '../load/parse-yaml.js';
import { contrastRatio, formatRatio, nearestPassingColor, WCAG } from './contrast.js';
import type { ThemePalette } from './theme-manifest.js';

/** The colour part of a deck's `branding:` block. */
export interface BrandingColors {
  /** Headings and links. */
  primaryColor?: string;
  /** Subtitles, bullets, callout borders, navigation arrows. */
  accentColor?: string;
}

/** Options for {@link checkBrandingContrast}. */
export interface BrandingCheckOptions {
  /** Maps a path in the deck file to its line and column (LoadedDeck.locate). */
  locate?: (path: ValuePath) => SourceLocation;
  /** Theme name, for the message. */
  themeName?: string;
}

/** What each branding colour is used for, and the contrast that use needs (the app's colour fields check the same). */
export const BRANDING_ROLES = {
  primaryColor: { min: WCAG.AA_TEXT, use: 'headings and links (links can be small text)', vars: ['--id-heading', '--id-link'] },
  accentColor: {
    min: WCAG.AA_LARGE,
    use: 'subtitles, bullets, callout borders and the navigation arrows (large text and graphics)',
    vars: ['--id-accent', '--id-callout-border'],
  },
} as const;

/** CSS that applies branding colours through the theme variables; empty when there are none. */
export function brandingCss(branding: BrandingColors): string {
  const decls: string[] = [];
  for (const key of Object.keys(BRANDING_ROLES) as (keyof BrandingColors)[]) {
    const color = branding[key];
    if (color && /^#[0-9a-fA-F]{6}$/.test(color)) for (const v of BRANDING_ROLES[key].vars) decls.push(`${v}:${color};`);
  }
  return decls.length ? `:root{${decls.join('')}}` : '';
}

/**
 * Check branding colours against a theme's background (WCAG 2.2 AA: 4.5:1 for the primary colour,
 * which colours links; 3:1 for the accent, which colours large text and graphics). Returns one
 * CONTRAST warning per failing colour, located at its line in the deck file, with a suggestion.
 */
export function checkBrandingContrast(branding: BrandingColors, palette: ThemePalette, options: BrandingCheckOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const key of Object.keys(BRANDING_ROLES) as (keyof BrandingColors)[]) {
    const color = branding[key];
    if (!color) continue;
    const { min, use } = BRANDING_ROLES[key];
    const ratio = contrastRatio(color, palette.background);
    if (ratio >= min) continue;
    const theme = options.themeName ? `the ${options.themeName} theme's` : 'the theme';
    const message = `branding ${key} ${color} on ${theme} background ${palette.background} has contrast ${formatRatio(ratio)}; ${use} need at least ${min}:1 (WCAG 2.2 AA)`;
    out.push(warning('CONTRAST', message, options.locate?.(['branding', key]), suggestion(color, palette.background, min)));
  }
  return out;
}

/**
 * Check a theme palette: text, heading, link and muted on the background need 4.5:1, the accent
 * 3:1 (large text and graphics). For user themes; the built-in ones are held to this by tests.
 */
export function checkPaletteContrast(palette: ThemePalette, location?: SourceLocation): Diagnostic[] {
  const needs: [keyof ThemePalette, number][] = [
    ['text', WCAG.AA_TEXT],
    ['heading', WCAG.AA_TEXT],
    ['link', WCAG.AA_TEXT],
    ['muted', WCAG.AA_TEXT],
    ['accent', WCAG.AA_LARGE],
  ];
  return needs.flatMap(([key, min]) => {
    const ratio = contrastRatio(palette[key], palette.background);
    if (ratio >= min) return [];
    const message = `theme palette: ${key} ${palette[key]} on background ${palette.background} has contrast ${formatRatio(ratio)}; it needs at least ${min}:1 (WCAG 2.2 AA)`;
    return [warning('CONTRAST', message, location, suggestion(palette[key], palette.background, min))];
  });
}

function suggestion(color: string, background: string, min: number): string {
  const better = nearestPassingColor(color, background, min);
  if (!better) return `Choose a colour with at least ${min}:1 contrast against ${background}.`;
  return `The nearest colour of the same hue that passes is "${better}" (${formatRatio(contrastRatio(better, background))}).`;
}
