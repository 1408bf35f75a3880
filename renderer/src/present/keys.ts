/** The presenter's keys (PowerPoint, Keynote and reveal.js conventions). Pure: no DOM. */

/** What a key asks for. */
export type PresentCommand =
  | { do: 'next' }
  | { do: 'prev' }
  | { do: 'first' }
  | { do: 'last' }
  | { do: 'black' }
  | { do: 'white' }
  | { do: 'end' }
  | { do: 'digit'; digit: string }
  | { do: 'jump' };

const NAMED: Record<string, PresentCommand> = {
  ArrowRight: { do: 'next' },
  ArrowDown: { do: 'next' },
  PageDown: { do: 'next' },
  ' ': { do: 'next' },
  n: { do: 'next' },
  ArrowLeft: { do: 'prev' },
  ArrowUp: { do: 'prev' },
  PageUp: { do: 'prev' },
  Backspace: { do: 'prev' },
  p: { do: 'prev' },
  Home: { do: 'first' },
  End: { do: 'last' },
  b: { do: 'black' },
  B: { do: 'black' },
  '.': { do: 'black' },
  w: { do: 'white' },
  W: { do: 'white' },
  Escape: { do: 'end' },
  Enter: { do: 'jump' },
};

/** The command for a key, or undefined for keys the presenter does not use. */
export function commandFor(key: string): PresentCommand | undefined {
  if (/^[0-9]$/.test(key)) return { do: 'digit', digit: key };
  return NAMED[key];
}

/** The slide a typed number asks for (1-based text → 0-based index), or undefined when out of range. */
export function jumpTarget(typed: string, slideCount: number): number | undefined {
  const n = Number.parseInt(typed, 10);
  return Number.isFinite(n) && n >= 1 && n <= slideCount ? n - 1 : undefined;
}
