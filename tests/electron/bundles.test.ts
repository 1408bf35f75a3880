/** The esbuild bundles: a sandbox-compatible preload, and a main bundle whose imports electron-builder packs. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, productionDependencies } from '../../scripts/build-electron.js';

const out = mkdtempSync(path.join(tmpdir(), 'immunodeck-bundle-'));
beforeAll(() => buildElectron({ outDir: out }), 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('preload bundle', () => {
  it('is one CommonJS file whose only require is electron', () => {
    expect(readdirSync(path.join(out, 'preload'))).toEqual(['index.cjs']);
    const code = readFileSync(path.join(out, 'preload/index.cjs'), 'utf8');
    expect([...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\s*[{*\w]|\bimport\(|export\s/);
    expect(code).toContain('exposeInMainWorld("deckApi"');
  });
});

describe('main bundle', () => {
  it('is ESM importing only Node built-ins, electron and production dependencies', () => {
    const code = readFileSync(path.join(out, 'main/index.js'), 'utf8');
    const specifiers = new Set([...code.matchAll(/(?:from\s*|import\s*\(\s*|require\(\s*)["']([^"']+)["']/g)].map((m) => m[1]!));
    const allowed = new Set(['electron', ...productionDependencies(), ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const packageOf = (s: string) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!);
    expect([...specifiers].filter((s) => !allowed.has(s) && !allowed.has(packageOf(s)))).toEqual([]);
    expect(specifiers.has('playwright-core')).toBe(false);
    expect(specifiers.has('electron')).toBe(true);
  });
});
