/**
 * Colours on paper. Light themes print as they look on screen. A theme with a dark background
 * prints handouts, notes pages, leaflets (and, unless `--print-background`, the slides PDF) on white
 * paper: with its theme.json `print.palette`, or else with its screen colours darkened, hue kept,
 * until each passes WCAG AA on white. Nobody takes home a page of solid navy toner.
 */
import type { Diagnostic, SourceLocation } from '../errors.js';
import { checkPaletteContrast } from './branding.js';
import { contrastRatio, nearestPassingColor, WCAG } from './contrast.js';
import type { ThemeManifest, ThemePalette } from './theme-manifest.js';

/** Class on `<html>` that keeps the screen colours when printing (`--print-background`). */
export const PRINT_BACKGROUND_CLASS = 'id-print-background';

/** Class on `<html>` of the slides PDF (`?print-pdf` without `print-background`): paper colours. */
export const PAPER_CLASS = 'id-paper';

/** Light tints for callouts, section slides, table stripes and diagrams on paper (the clinical theme's). */
const PAPER_TINTS = {
  '--id-callout-bg': '#eef4fb',
  '--id-important-bg': '#fff7ed',
  '--id-important-border': '#c2410c',
  '--id-urgent-bg': '#fef2f2',
  '--id-urgent-border': '#b91c1c',
  '--id-section-bg': '#eef4fb',
  '--id-table-stripe': '#f3f6fa',
  '--id-logo-plate': 'transparent',
  '--id-dg-plate': 'transparent',
  '--id-dg-panel': '#eef4fb',
  '--id-dg-primary': '#1d4f91',
  '--id-dg-secondary': '#0f766e',
  '--id-dg-tumor': '#c2410c',
  '--id-dg-on': '#ffffff',
} as const;

/** True when text on `background` reads better in black than in white: a dark page. */
export function isDarkBackground(background: string): boolean {
  return contrastRatio(background, '#ffffff') > contrastRatio(background, '#000000');
}

/** The colours a theme prints with. */
export function printPalette(theme: Pick<ThemeManifest, 'palette' | 'print'>): ThemePalette {
  if (theme.print.palette) return theme.print.palette;
  if (!isDarkBackground(theme.palette.background)) return theme.palette;
  const paper = '#ffffff';
  const darken = (color: string, min: number) => nearestPassingColor(color, paper, min) ?? '#1f2937';
  const p = theme.palette;
  return {
    background: paper,
    text: darken(p.text, WCAG.AAA_TEXT),
    heading: darken(p.heading, WCAG.AA_TEXT),
    accent: darken(p.accent, WCAG.AA_LARGE),
    link: darken(p.link, WCAG.AA_TEXT),
    muted: darken(p.muted, WCAG.AA_TEXT),
  };
}

/** True when a theme prints in other colours than it shows on screen. */
export function printsInOtherColours(theme: Pick<ThemeManifest, 'palette' | 'print'>): boolean {
  const paper = printPalette(theme);
  return (Object.keys(paper) as (keyof ThemePalette)[]).some((k) => paper[k].toLowerCase() !== theme.palette[k].toLowerCase());
}

/**
 * The CSS variable declarations that repaint a deck in its print palette (empty when the theme
 * prints as on screen). For a `:root` rule: handouts, notes and leaflets use it as it is.
 */
export function paperDeclarations(theme: Pick<ThemeManifest, 'palette' | 'print'>): string {
  if (!printsInOtherColours(theme)) return '';
  const p = printPalette(theme);
  const vars: Record<string, string> = {
    '--id-bg': p.background,
    '--id-text': p.text,
    '--id-heading': p.heading,
    '--id-accent': p.accent,
    '--id-link': p.link,
    '--id-muted': p.muted,
    '--id-callout-border': p.heading,
    '--id-table-rule': p.heading,
    '--id-focus': p.accent,
    ...PAPER_TINTS,
  };
  return Object.entries(vars)
    .map(([k, v]) => `${k}:${v};`)
    .join('');
}

/**
 * The deck page's print rule: printing (the slides PDF, or File → Print in a browser) uses the
 * print palette unless `<html>` has {@link PRINT_BACKGROUND_CLASS}. `:root:not(…)` outranks the
 * theme's and the branding's `:root` rules.
 */
export function deckPrintCss(theme: Pick<ThemeManifest, 'palette' | 'print'>): string {
  const decls = paperDeclarations(theme);
  // The class rule: the slides PDF sets it before reveal.js reads any colour (deck-init.js), since
  // reveal lays out its print view in screen media. The media rule: File → Print in a browser.
  return decls
    ? `:root.${PAPER_CLASS}:not(.${PRINT_BACKGROUND_CLASS}){${decls}}\n@media print{:root:not(.${PRINT_BACKGROUND_CLASS}){${decls}}}`
    : '';
}

/** CONTRAST warnings for a theme's own `print.palette` (checked like the screen palette). */
export function checkPrintPalette(theme: Pick<ThemeManifest, 'print'>, location?: SourceLocation): Diagnostic[] {
  if (!theme.print.palette) return [];
  return checkPaletteContrast(theme.print.palette, location).map((d) => ({
    ...d,
    message: d.message.replace('theme palette:', 'theme print palette:'),
  }));
}
