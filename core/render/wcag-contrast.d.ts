/** Types for the `wcag-contrast` package (it ships none). */
declare module 'wcag-contrast' {
  /** Contrast ratio (1–21) of two colours written as hex, e.g. `hex('#000', '#fff') === 21`. */
  export function hex(a: string, b: string): number;
  /** Contrast ratio of two colours as [r, g, b] (0–255). */
  export function rgb(a: [number, number, number], b: [number, number, number]): number;
  /** Contrast ratio of two relative luminances. */
  export function luminance(a: number, b: number): number;
  /** 'AAA', 'AA', 'AA Large' or 'Fail' for a contrast ratio. */
  export function score(contrast: number): 'AAA' | 'AA' | 'AA Large' | 'Fail';
}
