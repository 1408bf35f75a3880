import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clampToDisplays,
  DEFAULT_STATE,
  loadWindowState,
  parseState,
  saveWindowState,
  STATE_FILE,
} from '../../electron/main/window-state.js';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 1280, height: 1024 };
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'immunodeck-state-'));
  dirs.push(dir);
  return dir;
};
/** A path that is a file, so no folder can be made below it. */
const tempFile = () => {
  const file = path.join(tempDir(), 'a-file');
  writeFileSync(file, '');
  return file;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('window state file', () => {
  it('round-trips through <userData>/window-state.json', () => {
    const dir = tempDir();
    const state = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true, fullScreen: false };
    saveWindowState(dir, state);
    expect(JSON.parse(readFileSync(path.join(dir, STATE_FILE), 'utf8'))).toEqual(state);
    expect(loadWindowState(dir, [primary])).toEqual(state);
  });

  it('falls back to the default when the file is missing or malformed', () => {
    const dir = tempDir();
    expect(loadWindowState(dir, [primary])).toEqual(DEFAULT_STATE);
    writeFileSync(path.join(dir, STATE_FILE), '{"bounds": {"width": "wide"}}');
    expect(loadWindowState(dir, [primary])).toEqual(DEFAULT_STATE);
    writeFileSync(path.join(dir, STATE_FILE), 'not json');
    expect(loadWindowState(dir, [primary])).toEqual(DEFAULT_STATE);
  });

  it('ignores a folder it cannot write', () => {
    expect(() => saveWindowState(path.join(tempFile(), 'sub'), DEFAULT_STATE)).not.toThrow();
  });
});

describe('clampToDisplays', () => {
  it('keeps a window that is on a display as it is', () => {
    const state = { bounds: { x: 2000, y: 50, width: 1000, height: 700 }, maximized: false, fullScreen: false };
    expect(clampToDisplays(state, [primary, right])).toEqual(state);
  });

  it('moves a window from an unplugged display onto the primary one', () => {
    const state = { bounds: { x: 2000, y: 50, width: 1000, height: 700 }, maximized: false, fullScreen: false };
    expect(clampToDisplays(state, [primary]).bounds).toEqual({ x: 920, y: 50, width: 1000, height: 700 });
  });

  it('shrinks a window larger than its display and keeps a minimum size', () => {
    expect(
      clampToDisplays({ bounds: { x: 0, y: 0, width: 5000, height: 3000 }, maximized: false, fullScreen: false }, [primary]).bounds,
    ).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
    expect(
      clampToDisplays({ bounds: { x: 10, y: 10, width: 100, height: 100 }, maximized: false, fullScreen: false }, [primary]).bounds,
    ).toEqual({ x: 10, y: 10, width: 800, height: 600 });
  });

  it('pulls a window hanging off the edge back on screen', () => {
    expect(
      clampToDisplays({ bounds: { x: -500, y: 900, width: 1000, height: 700 }, maximized: false, fullScreen: false }, [primary]).bounds,
    ).toEqual({ x: 0, y: 340, width: 1000, height: 700 });
  });

  it('leaves the position to the OS when none was saved, and copes with no displays', () => {
    expect(clampToDisplays(DEFAULT_STATE, [primary]).bounds).toEqual({ width: 1280, height: 820 });
    expect(clampToDisplays(DEFAULT_STATE, [])).toEqual(DEFAULT_STATE);
  });
});

describe('parseState', () => {
  it('accepts only finite positive sizes', () => {
    expect(parseState({ bounds: { width: 0, height: 10 } })).toBeUndefined();
    expect(parseState({ bounds: { width: Infinity, height: 10 } })).toBeUndefined();
    expect(parseState({ bounds: { width: 900, height: 700, x: 'a' }, maximized: 'yes' })).toEqual({
      bounds: { width: 900, height: 700 },
      maximized: false,
      fullScreen: false,
    });
  });
});
