import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveProtocolPath } from '../../electron/security/protocol-path.js';

const base = mkdtempSync(path.join(tmpdir(), 'immunodeck-proto-'));
const root = path.join(base, 'renderer');

beforeAll(() => {
  mkdirSync(path.join(root, 'assets', 'sub dir'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  writeFileSync(path.join(root, 'assets', 'app.js'), '1');
  writeFileSync(path.join(root, 'assets', 'sub dir', 'ü file.css'), 'x');
  writeFileSync(path.join(base, 'secret.txt'), 'secret');
  mkdirSync(path.join(base, 'outside'));
  writeFileSync(path.join(base, 'outside', 'x.js'), 'x');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'link-out.txt'));
  symlinkSync(path.join(base, 'outside'), path.join(root, 'dir-out'));
  symlinkSync(path.join(root, 'index.html'), path.join(root, 'link-in.html'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const spec = () => ({ root, origin: 'app://ui' });
const resolve = (url: string) => resolveProtocolPath(spec(), url);

describe('resolveProtocolPath', () => {
  it('maps URLs of our origin to files below the root', () => {
    expect(resolve('app://ui/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolve('app://ui/assets/app.js?v=1#x')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolve('app://ui/')).toBe(path.join(root, 'index.html'));
    expect(resolve('app://ui')).toBe(path.join(root, 'index.html'));
  });

  it('decodes percent-encoded names (spaces, non-ASCII)', () => {
    expect(resolve('app://ui/assets/sub%20dir/%C3%BC%20file.css')).toBe(path.join(root, 'assets', 'sub dir', 'ü file.css'));
  });

  it('follows a symbolic link that stays inside the root', () => {
    expect(resolve('app://ui/link-in.html')).toBe(path.join(root, 'link-in.html'));
  });

  it.each([
    ['raw traversal', 'app://ui/../secret.txt'],
    ['raw traversal deeper', 'app://ui/assets/../../secret.txt'],
    ['encoded dots', 'app://ui/%2e%2e/secret.txt'],
    ['mixed-case encoded dots', 'app://ui/%2E%2e/secret.txt'],
    ['half-encoded dots', 'app://ui/.%2e/secret.txt'],
    ['encoded slash after dots', 'app://ui/..%2fsecret.txt'],
    ['encoded slash in the middle', 'app://ui/assets%2f..%2f..%2fsecret.txt'],
    ['double-encoded', 'app://ui/%252e%252e/secret.txt'],
    ['encoded backslash', 'app://ui/..%5csecret.txt'],
    ['backslash', 'app://ui/..\\secret.txt'],
    ['absolute path', `app://ui//${base.replace(/^\//, '')}/secret.txt`],
    ['encoded absolute path', `app://ui/${encodeURIComponent(path.join(base, 'secret.txt'))}`],
    ['drive letter', 'app://ui/C:/Windows/win.ini'],
    ['NUL byte', 'app://ui/index.html%00.png'],
    ['bad escape', 'app://ui/%E0%A4%A'],
    ['symlink to a file outside', 'app://ui/link-out.txt'],
    ['symlink to a folder outside', 'app://ui/dir-out/x.js'],
    ['missing file', 'app://ui/nope.html'],
    ['the root itself as a directory', 'app://ui/assets/'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://ui.evil/index.html'],
    ['credentials', 'app://ui@evil/index.html'],
    ['user info on our host', 'app://x@ui/index.html'],
    ['another scheme', 'deck://ui/index.html'],
    ['file URL', `file://${path.join(root, 'index.html')}`],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolve(url)).toBeUndefined();
  });

  it('uses the configured index file for folder URLs', () => {
    expect(resolveProtocolPath({ root, origin: 'app://ui', index: 'app.js' }, 'app://ui/assets/')).toBe(
      path.join(root, 'assets', 'app.js'),
    );
  });

  it('refuses everything when the root does not exist', () => {
    expect(resolveProtocolPath({ root: path.join(base, 'missing'), origin: 'app://ui' }, 'app://ui/index.html')).toBeUndefined();
  });
});
