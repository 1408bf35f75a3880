import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/gm)].map(
    (m) => m[1] ?? m[2]!,
  );

describe('core/ is a pure library', () => {
  const files = tsFiles('core');

  it('has source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s imports neither electron nor the app shells', (file) => {
    const bad = importsOf(file).filter(
      (s) => s === 'electron' || s.startsWith('electron/') || /(^|\/)(electron|renderer|cli|service|server)\//.test(s),
    );
    expect(bad).toEqual([]);
  });

  it('uses no DOM globals (it runs in plain Node)', () => {
    const dom = files.filter((f) =>
      /\b(document|window|localStorage)\./.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(dom).toEqual([]);
  });
});
