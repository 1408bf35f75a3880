/**
 * WCAG contrast ratios and the nearest colour that passes, with culori for the colour maths: the
 * search for a passing colour keeps the hue and chroma and changes only lightness in OKLCH, a
 * perceptual colour space, so the suggestion still looks like the brand colour.
 */
import { clampChroma, formatHex, oklch, wcagContrast } from 'culori';

/** WCAG 2.2 contrast thresholds. */
export const WCAG = {
  /** SC 1.4.3 AA, normal text. */
  AA_TEXT: 4.5,
  /** SC 1.4.3 AA, large text (≥24 px, or ≥18.66 px bold); SC 1.4.11 non-text graphics. */
  AA_LARGE: 3,
  /** SC 1.4.6 AAA, normal text. */
  AAA_TEXT: 7,
} as const;

/** The WCAG contrast ratio (1–21) of two #RRGGBB colours. */
export function contrastRatio(a: string, b: string): number {
  return wcagContrast(a, b);
}

/** A colour in OKLCH (hue 0 for greys), or undefined when it does not parse. */
function toOklch(color: string): { mode: 'oklch'; l: number; c: number; h: number } | undefined {
  const c = oklch(color);
  return c ? { mode: 'oklch', l: c.l, c: c.c, h: c.h ?? 0 } : undefined;
}

/** A ratio as people read it: rounded down to two decimals, so 4.499 shows as 4.49, not 4.5. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/**
 * The colour nearest to `color` (same OKLCH hue and chroma, lightness moved in steps of 0.5%)
 * whose contrast with `background` is at least `min`. Tries darker and lighter and returns the
 * smaller change; undefined only if no lightness passes (never for min ≤ 4.5 on real backgrounds).
 */
export function nearestPassingColor(color: string, background: string, min: number): string | undefined {
  if (contrastRatio(color, background) >= min) return color.toLowerCase();
  const start = toOklch(color);
  if (!start) return undefined;
  for (let step = 1; step <= 200; step++) {
    for (const dir of [-1, 1]) {
      const l = start.l + dir * step * 0.005;
      if (l < 0 || l > 1) continue;
      // Out-of-gamut colours lose chroma, never hue or lightness, so the suggestion keeps the brand's look.
      const candidate = formatHex(clampChroma({ ...start, l }, 'oklch'));
      if (contrastRatio(candidate, background) >= min) return candidate;
    }
  }
  return undefined;
}
