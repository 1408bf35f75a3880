/**
 * WCAG contrast ratios and the nearest colour that passes. Ratios come from the `wcag-contrast`
 * package; the search for a passing colour keeps the hue and chroma and changes only lightness in
 * OKLCH, a perceptual colour space, so the suggestion still looks like the brand colour.
 */
import { hex as wcagHex } from 'wcag-contrast';

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
  return wcagHex(a, b);
}

/** A ratio as people read it: rounded down to two decimals, so 4.499 shows as 4.49, not 4.5. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

type Rgb = [number, number, number];
type Oklch = { l: number; c: number; h: number };

/**
 * The colour nearest to `color` (same OKLCH hue and chroma, lightness moved in steps of 0.5%)
 * whose contrast with `background` is at least `min`. Tries darker and lighter and returns the
 * smaller change; undefined only if no lightness passes (never for min ≤ 4.5 on real backgrounds).
 */
export function nearestPassingColor(color: string, background: string, min: number): string | undefined {
  if (contrastRatio(color, background) >= min) return color.toLowerCase();
  const start = toOklch(hexToRgb(color));
  for (let step = 1; step <= 200; step++) {
    for (const dir of [-1, 1]) {
      const l = start.l + dir * step * 0.005;
      if (l < 0 || l > 1) continue;
      const candidate = rgbToHex(fromOklchInGamut({ ...start, l }));
      if (contrastRatio(candidate, background) >= min) return candidate;
    }
  }
  return undefined;
}

/** #RRGGBB → [r, g, b] in 0–255. */
export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace(/^#/, ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** [r, g, b] in 0–255 → #rrggbb. */
export function rgbToHex(rgb: Rgb): string {
  return `#${rgb
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const toLinear = (v8: number): number => {
  const v = v8 / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v: number): number => 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);

/** sRGB → OKLCH (Björn Ottosson's OKLab, in polar form). */
function toOklch([r8, g8, b8]: Rgb): Oklch {
  const [r, g, b] = [toLinear(r8), toLinear(g8), toLinear(b8)];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return { l: L, c: Math.hypot(A, B), h: Math.atan2(B, A) };
}

/** OKLCH → linear sRGB, possibly outside 0–1. */
function oklchToLinear({ l: L, c, h }: Oklch): Rgb {
  const A = c * Math.cos(h);
  const B = c * Math.sin(h);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

/** OKLCH → sRGB, lowering chroma (never hue or lightness) until the colour fits in sRGB. */
function fromOklchInGamut(color: Oklch): Rgb {
  const inGamut = (rgb: Rgb): boolean => rgb.every((v) => v >= -1e-4 && v <= 1 + 1e-4);
  let lin = oklchToLinear(color);
  if (!inGamut(lin)) {
    let lo = 0;
    let hi = color.c;
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (inGamut(oklchToLinear({ ...color, c: mid }))) lo = mid;
      else hi = mid;
    }
    lin = oklchToLinear({ ...color, c: lo });
  }
  return lin.map((v) => fromLinear(Math.min(1, Math.max(0, v)))) as Rgb;
}
