/**
 * The main window's size and position, remembered in `<userData>/window-state.json` and clamped
 * to a display that is still attached. Plain Node, no `electron` import; tests use a temp folder.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A rectangle in screen coordinates (DIP). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered about the main window. */
export interface WindowState {
  /** Position and size; position is absent on first start (the OS centres the window). */
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
  fullScreen: boolean;
}

/** Smallest size the window is restored to. */
export const MIN_SIZE = { width: 800, height: 600 } as const;
/** Size on first start. */
export const DEFAULT_STATE: WindowState = { bounds: { width: 1280, height: 820 }, maximized: false, fullScreen: false };
/** File name of the state file in the user-data folder. */
export const STATE_FILE = 'window-state.json';

/** Read the saved state, or {@link DEFAULT_STATE} when missing or malformed, then clamp it to `workAreas`. */
export function loadWindowState(userData: string, workAreas: readonly Rect[]): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(userData, STATE_FILE), 'utf8'));
  } catch {
    raw = undefined;
  }
  return clampToDisplays(parseState(raw) ?? DEFAULT_STATE, workAreas);
}

/** Write the state atomically (temp file + rename); failures are ignored, a lost size is harmless. */
export function saveWindowState(userData: string, state: WindowState): void {
  const file = path.join(userData, STATE_FILE);
  try {
    mkdirSync(userData, { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 2));
    renameSync(`${file}.tmp`, file);
  } catch {
    // Read-only profile or full disk: next start uses the default size.
  }
}

/**
 * Keep the window usable: at least {@link MIN_SIZE}, no larger than the display it lands on, and
 * moved onto that display when its saved position is off every attached display (monitor unplugged).
 * The display is the one the saved window overlaps most, else the first (primary).
 */
export function clampToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const area = bestArea(state.bounds, workAreas);
  if (!area) return state;
  const width = clamp(state.bounds.width, Math.min(MIN_SIZE.width, area.width), area.width);
  const height = clamp(state.bounds.height, Math.min(MIN_SIZE.height, area.height), area.height);
  const { x, y } = state.bounds;
  if (x === undefined || y === undefined) return { ...state, bounds: { width, height } };
  const bounds = { width, height, x: clamp(x, area.x, area.x + area.width - width), y: clamp(y, area.y, area.y + area.height - height) };
  return { ...state, bounds };
}

function bestArea(bounds: WindowState['bounds'], areas: readonly Rect[]): Rect | undefined {
  if (bounds.x === undefined || bounds.y === undefined) return areas[0];
  const rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height };
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of areas) {
    const overlap = intersection(rect, area);
    if (overlap > bestOverlap) [best, bestOverlap] = [area, overlap];
  }
  return best ?? areas[0];
}

function intersection(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(n: number, min: number, max: number): number {
  return Math.round(Math.min(Math.max(n, min), Math.max(min, max)));
}

/** The state in `raw` when it has the right shape and finite numbers, else undefined. */
export function parseState(raw: unknown): WindowState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { bounds, maximized, fullScreen } = raw as Record<string, unknown>;
  if (typeof bounds !== 'object' || bounds === null) return undefined;
  const b = bounds as Record<string, unknown>;
  const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  if (!num(b.width) || !num(b.height) || b.width <= 0 || b.height <= 0) return undefined;
  const position = num(b.x) && num(b.y) ? { x: b.x, y: b.y } : {};
  return { bounds: { width: b.width, height: b.height, ...position }, maximized: maximized === true, fullScreen: fullScreen === true };
}
