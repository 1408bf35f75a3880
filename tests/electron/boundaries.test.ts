/**
 * Where `electron` may be loaded, and the fuse settings. A value import of `electron` outside the
 * main-process adapters and the preload would break core/CLI/server use and every test on plain Node.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SOURCE = /\.(c|m)?(t|j)sx?$/;

function files(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(full).isDirectory() ? files(full) : SOURCE.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Runtime (non-type-only) references to the `electron` module in a source file. */
function electronValueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const isElectron = (node: ts.Node | undefined) => !!node && ts.isStringLiteral(node) && node.text === 'electron';
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && isElectron(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (!clause?.name &&
          clause?.namedBindings &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) found.push(node.getText());
    } else if (ts.isExportDeclaration(node) && isElectron(node.moduleSpecifier) && !node.isTypeOnly) {
      found.push(node.getText());
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      isElectron(node.arguments[0])
    ) {
      found.push(node.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');

describe('electron imports', () => {
  it('finds value imports and ignores type-only ones (self-check)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'immunodeck-scan-'));
    const probe = path.join(dir, 'probe.ts');
    writeFileSync(
      probe,
      [
        "import type { App } from 'electron';",
        "import { type BrowserWindow } from 'electron';",
        "import { app } from 'electron';",
        "import * as all from 'electron';",
        "const e = require('electron');",
        "const m = await import('electron');",
        "export { shell } from 'electron';",
        "export type { Session } from 'electron';",
      ].join('\n'),
    );
    try {
      expect(electronValueImports(probe)).toHaveLength(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are never value imports in core/, cli/, service/, server/, renderer/, the contract or security/', () => {
    const scanned = ['core', 'cli', 'contract', 'service', 'server', 'renderer', 'electron/security'].flatMap((d) =>
      files(path.join(ROOT, d)),
    );
    expect(scanned.length).toBeGreaterThan(50);
    const offenders = scanned.map((f) => [rel(f), electronValueImports(f)] as const).filter(([, found]) => found.length > 0);
    expect(offenders).toEqual([]);
  });

  it('are value imports only in the thin adapters of electron/main and the preload entry', () => {
    const adapters = files(path.join(ROOT, 'electron/main'))
      .concat(files(path.join(ROOT, 'electron/preload')))
      .filter((f) => electronValueImports(f).length > 0)
      .map(rel)
      .sort();
    expect(adapters).toEqual([
      'electron/main/audience-window.ts',
      'electron/main/file-actions.ts',
      'electron/main/index.ts',
      'electron/main/print-window.ts',
      'electron/main/protocols.ts',
      'electron/main/start-app.ts',
      'electron/main/window.ts',
      'electron/preload/index.ts',
    ]);
  });
});

describe('electronFuses (electron-builder.yml)', () => {
  const config = parse(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as { electronFuses: Record<string, boolean> };

  it('turns off what the app does not use and turns on integrity checks', () => {
    expect(config.electronFuses).toStrictEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
