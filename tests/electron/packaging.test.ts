/**
 * Packaging: the electron-builder config is valid for electron-builder 26, and an offline
 * `electron-builder --linux dir` run (stand-in Electron folder, fuses skipped because they need the
 * real binary) packs exactly the files the app needs into app.asar.
 * See /work/shared/ELECTRON-NOTES.md §5 "Packaging smoke test".
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../scripts/build-electron.js';
import { buildRenderer } from '../../scripts/build-renderer.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const config = parse(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('is valid against the electron-builder 26 schema', () => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('would catch a typo (the schema check is real)', () => {
    expect(validate({ ...config, nsis: { oneClik: false } })).toBe(false);
  });

  it('names the app, uses asar and builds AppImage/deb, NSIS and dmg with icons', () => {
    expect(config).toMatchObject({ appId: 'org.immunodeck.app', productName: 'ImmunoDeck', asar: true });
    expect(config['linux']).toMatchObject({ target: ['AppImage', 'deb'], icon: 'build/icons' });
    expect(config['win']).toMatchObject({ target: [{ target: 'nsis' }], icon: 'build/icon.ico' });
    expect(config['mac']).toMatchObject({ target: [{ target: 'dmg' }], icon: 'build/icon.icns' });
    for (const icon of ['build/icon.ico', 'build/icon.icns', 'build/icon.png', 'build/icons/512x512.png', 'build/icons/16x16.png'])
      expect(existsSync(path.join(ROOT, icon)), icon).toBe(true);
  });

  it('builds with a current, pinned Electron (checklist item 16)', () => {
    expect(pkg.devDependencies['electron']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(pkg.devDependencies['electron']!.split('.')[0])).toBeGreaterThanOrEqual(45);
    expect(pkg.devDependencies['electron-builder']).toMatch(/^26\./);
  });

  it('points package.json "main" at the main bundle and has start/dist scripts', () => {
    expect(pkg.main).toBe('dist/electron/main/index.js');
    const scripts = (pkg as unknown as { scripts: Record<string, string> }).scripts;
    expect(scripts['start']).toMatch(/electron \.$/);
    expect(scripts['dist']).toMatch(/electron-builder/);
  });
});

/** Every file below `dir` (relative, `/`-separated, with a leading `/`), minus source maps. */
function listDisk(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const rel = `${prefix}/${name}`;
    return statSync(path.join(dir, rel)).isDirectory() ? listDisk(dir, rel) : rel.endsWith('.map') ? [] : [rel];
  });
}

describe('electron-builder --linux dir (offline smoke test)', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'immunodeck-pack-'));
  let files: string[] = [];

  beforeAll(async () => {
    await buildElectron();
    if (!existsSync(path.join(ROOT, 'dist/renderer/index.html'))) await buildRenderer();
    const fakeElectron = path.join(work, 'fake-electron');
    mkdirSync(fakeElectron);
    writeFileSync(path.join(fakeElectron, 'electron'), '#!/bin/sh\necho "stand-in Electron"\n');
    chmodSync(path.join(fakeElectron, 'electron'), 0o755);
    const smoke = {
      ...config,
      electronVersion: pkg.devDependencies['electron'],
      electronDist: fakeElectron,
      electronFuses: null,
      directories: { output: path.join(work, 'out'), buildResources: 'build' },
    };
    writeFileSync(path.join(work, 'config.json'), JSON.stringify(smoke));
    const cli = path.join(ROOT, 'node_modules/electron-builder/cli.js');
    await promisify(execFile)(
      process.execPath,
      [cli, '--linux', 'dir', '--config', path.join(work, 'config.json'), '--projectDir', ROOT, '--publish', 'never'],
      { cwd: ROOT, env: { ...process.env, CI: 'true' }, timeout: 170_000 },
    );
    const asar = require('@electron/asar') as { listPackage(file: string, options: { isPack: boolean }): string[] };
    files = asar
      .listPackage(path.join(work, 'out/linux-unpacked/resources/app.asar'), { isPack: false })
      .map((f) => f.split(path.sep).join('/'));
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const appFiles = () => files.filter((f) => !f.startsWith('/node_modules/') && f !== '/node_modules');
  const packages = () =>
    new Set(
      files
        .filter((f) => f.startsWith('/node_modules/'))
        .map((f) =>
          f
            .split('/')
            .slice(2, f.split('/')[2]!.startsWith('@') ? 4 : 3)
            .join('/'),
        ),
    );

  it('packs the main, preload and renderer bundles, templates, content, schema and package.json, and nothing else of ours', () => {
    const expected = [
      '/package.json',
      '/dist/electron/main/index.js',
      '/dist/electron/preload/index.cjs',
      ...listDisk(path.join(ROOT, 'dist/renderer')).map((f) => `/dist/renderer${f}`),
      ...(['templates', 'content', 'schema'] as const).flatMap((d) => listDisk(path.join(ROOT, d)).map((f) => `/${d}${f}`)),
    ].sort();
    const packedFiles = appFiles()
      .filter((f) => !files.some((other) => other.startsWith(`${f}/`)))
      .sort();
    expect(packedFiles).toEqual(expected);
  });

  it('leaves out tests, docs, CI files, sources, build inputs and source maps', () => {
    for (const f of appFiles()) {
      expect(f, f).not.toMatch(
        /^\/(tests|docs|\.ci|\.github|scripts|build|core|cli|service|server|renderer|electron|bin|out|release|coverage)(\/|$)/,
      );
      expect(f, f).not.toMatch(/\.(ts|map)$/);
    }
  });

  it('packs the production dependencies the app loads at run time', () => {
    const packed = packages();
    for (const name of Object.keys(pkg.dependencies).filter((n) => n !== 'playwright-core')) expect(packed.has(name), name).toBe(true);
  });

  it('leaves out devDependencies and playwright-core (the CLI engine; the app prints with Electron)', () => {
    const packed = packages();
    for (const name of [
      ...Object.keys(pkg.devDependencies),
      'playwright-core',
      'vitest',
      'electron',
      'electron-builder',
      'esbuild',
      'typescript',
    ])
      expect(packed.has(name), name).toBe(false);
  });
});
