/**
 * How large slide text prints on a handout, and the check that keeps large-print handouts large:
 * a theme with `print.minBodyPt` (large print: 12 pt) defaults to its own handout layout and warns
 * when the layout asked for would print its body text smaller.
 */
import { warning, type Diagnostic, type SourceLocation } from '../errors.js';
import { DEFAULT_HANDOUT_LAYOUT, type HandoutLayout, type Paper } from '../options.js';
import { handoutGeometry, printedPt, type PrintLayout } from './handout-layout.js';
import type { ThemeManifest } from './theme-manifest.js';

/** The handout layout to use: the one asked for, else the theme's, else the default (3). */
export function handoutLayoutFor(theme: Pick<ThemeManifest, 'print'>, asked?: HandoutLayout): HandoutLayout {
  return asked ?? theme.print.handoutLayout ?? DEFAULT_HANDOUT_LAYOUT;
}

/**
 * The smallest body text a layout prints, in pt: the theme's smallest body size after fitting
 * (`minBodyPx`) scaled onto the paper. Rounded down to 0.1 pt.
 */
export function minPrintedBodyPt(
  theme: Pick<ThemeManifest, 'minBodyPx'>,
  layout: PrintLayout,
  paper: Paper,
  slide: { width: number; height: number },
): number {
  const g = handoutGeometry(layout, paper, slide.width, slide.height);
  return Math.floor(printedPt(theme.minBodyPx, g) * 10) / 10;
}

/** A warning when `layout` prints the theme's body text under its `print.minBodyPt`; none otherwise. */
export function checkHandoutSize(
  theme: Pick<ThemeManifest, 'name' | 'minBodyPx' | 'print'>,
  layout: PrintLayout,
  paper: Paper,
  slide: { width: number; height: number },
  location?: SourceLocation,
): Diagnostic[] {
  const min = theme.print.minBodyPt;
  if (min === undefined) return [];
  const pt = minPrintedBodyPt(theme, layout, paper, slide);
  if (pt >= min) return [];
  const better = ([1, 2, 3, 4, 6] as const).filter((l) => minPrintedBodyPt(theme, l, paper, slide) >= min);
  return [
    warning(
      'PDF',
      `a handout with ${String(layout)} slides per page prints the ${theme.name} theme's body text at ${pt} pt, under its ${min} pt minimum`,
      location,
      `Use --handout-layout ${better.join(' or ') || 1}, or print the leaflet (--format leaflet), which sets the text at 14 pt.`,
    ),
  ];
}
