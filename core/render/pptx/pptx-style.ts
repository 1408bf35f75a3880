/**
 * The look of a PPTX deck, taken from the same sources as the HTML: the --id-* variables of
 * templates/deck.css (defaults) overridden by the theme's CSS, and the deck's branding colours.
 * Sizes stay in CSS px on the deck's slide (1280×720 or 1024×768); {@link inches} and {@link points}
 * convert them, so a slide measures deck.width/96 inches as in the browser's print view.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrandingModel } from '../../model/deck-model.js';
import { TEMPLATES_DIR } from '../../paths.js';
import type { Theme } from '../themes.js';

/** Colours as pptxgenjs wants them: RRGGBB without '#'. */
export interface PptxColors {
  background: string;
  text: string;
  heading: string;
  accent: string;
  link: string;
  muted: string;
  sectionBg: string;
  tableStripe: string;
  tableRule: string;
  logoPlate?: string;
  callout: Record<'info' | 'important' | 'urgent', { fill: string; border: string }>;
}

/** Type sizes and spacing in CSS px. */
export interface PptxSizes {
  body: number;
  heading: number;
  title: number;
  small: number;
  lineHeight: number;
  padTop: number;
  padX: number;
  padBottom: number;
  columnGap: number;
}

/** Everything the slide builders need to know about the look. */
export interface PptxStyle {
  /** The font named in every run (the theme's first font family). */
  fontFace: string;
  colors: PptxColors;
  sizes: PptxSizes;
  /** Minimum body size in px (the theme's minBodyPx), for the fit report. */
  minBodyPx: number;
  /** Language of the text (deck.language), for spelling and screen readers. */
  lang?: string;
}

/** Fallback used when a theme names no font: installed on every Windows and macOS machine. */
export const FALLBACK_FONT = 'Arial';

/** CSS px → inches (96 px per inch, as in the browser's print view). */
export function inches(px: number): number {
  return Math.round((px / 96) * 1000) / 1000;
}

/** CSS px → points (for font sizes). */
export function points(px: number): number {
  return Math.round(px * 0.75 * 10) / 10;
}

let deckCssVars: Map<string, string> | undefined;

/** The --id-* custom properties declared in a stylesheet, last declaration winning. */
export function cssVariables(css: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const m of css.matchAll(/(--id-[a-z0-9-]+)\s*:\s*([^;}]+)[;}]/gi)) vars.set(m[1]!.toLowerCase(), m[2]!.trim());
  return vars;
}

function hexOf(value: string | undefined, vars: Map<string, string>, depth = 0): string | undefined {
  if (!value || depth > 4) return undefined;
  const ref = /^var\((--id-[a-z0-9-]+)\)$/i.exec(value);
  if (ref) return hexOf(vars.get(ref[1]!.toLowerCase()), vars, depth + 1);
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) return hex[1]!.toUpperCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  return short ? `${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase() : undefined;
}

function pxOf(value: string | undefined, fallback: number): number {
  const m = value ? /^([0-9.]+)px$/.exec(value) : null;
  return m ? Number(m[1]) : fallback;
}

function strip(hex: string): string {
  return hex.replace(/^#/, '').toUpperCase();
}

/** The PPTX look of a theme with a deck's branding applied (primary → headings and links, accent → accents and callout border). */
export function pptxStyle(theme: Theme, branding: BrandingModel = {}, fontFace?: string, lang?: string): PptxStyle {
  deckCssVars ??= cssVariables(readFileSync(path.join(TEMPLATES_DIR, 'deck.css'), 'utf8'));
  const vars = new Map([...deckCssVars, ...cssVariables(theme.css)]);
  const p = theme.palette;
  const primary = branding.primaryColor && /^#[0-9a-f]{6}$/i.test(branding.primaryColor) ? strip(branding.primaryColor) : undefined;
  const accent = branding.accentColor && /^#[0-9a-f]{6}$/i.test(branding.accentColor) ? strip(branding.accentColor) : undefined;
  const color = (name: string, fallback: string): string => hexOf(vars.get(`--id-${name}`), vars) ?? strip(fallback);
  const colors: PptxColors = {
    background: strip(p.background),
    text: strip(p.text),
    heading: primary ?? strip(p.heading),
    accent: accent ?? strip(p.accent),
    link: primary ?? strip(p.link),
    muted: strip(p.muted),
    sectionBg: color('section-bg', '#eef4fb'),
    tableStripe: color('table-stripe', '#f3f6fa'),
    tableRule: primary ?? color('table-rule', p.heading),
    logoPlate: vars.get('--id-logo-plate') === 'transparent' ? undefined : hexOf(vars.get('--id-logo-plate'), vars),
    callout: {
      info: { fill: color('callout-bg', '#eef4fb'), border: accent ?? color('callout-border', p.heading) },
      important: { fill: color('important-bg', '#fff7ed'), border: color('important-border', '#c2410c') },
      urgent: { fill: color('urgent-bg', '#fef2f2'), border: color('urgent-border', '#b91c1c') },
    },
  };
  const sizes: PptxSizes = {
    body: pxOf(vars.get('--id-body-size'), 34),
    heading: pxOf(vars.get('--id-heading-size'), 54),
    title: pxOf(vars.get('--id-title-size'), 72),
    small: pxOf(vars.get('--id-small-size'), 20),
    lineHeight: Number(vars.get('--id-line-height') ?? 1.35) || 1.35,
    padTop: pxOf(vars.get('--id-pad-top'), 36),
    padX: pxOf(vars.get('--id-pad-x'), 56),
    padBottom: pxOf(vars.get('--id-pad-bottom'), 110),
    columnGap: pxOf(vars.get('--id-column-gap'), 48),
  };
  return {
    fontFace: fontFace ?? theme.fonts[0]?.family ?? FALLBACK_FONT,
    colors,
    sizes,
    minBodyPx: theme.minBodyPx,
    ...(lang ? { lang } : {}),
  };
}
