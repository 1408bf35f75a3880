import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { confine, confineAbsolute, isPlainRelative } from '../../core/confine.js';

const base = mkdtempSync(path.join(tmpdir(), 'immunodeck-confine-'));
const root = path.join(base, 'content');
const outside = path.join(base, 'outside');
mkdirSync(path.join(root, 'topics'), { recursive: true });
mkdirSync(outside);
writeFileSync(path.join(root, 'topics', 'a.yaml'), 'title: A');
writeFileSync(path.join(outside, 'secret.txt'), 'secret');
symlinkSync(outside, path.join(root, 'images'));
symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'topics', 'link.yaml'));
symlinkSync(path.join(root, 'topics', 'a.yaml'), path.join(root, 'topics', 'inner-link.yaml'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('confine', () => {
  it('accepts files inside the root, and a new file whose parent is inside', () => {
    expect(confine(root, 'topics/a.yaml')).toBe(path.join(root, 'topics', 'a.yaml'));
    expect(confine(root, 'topics/new.yaml')).toBe(path.join(root, 'topics', 'new.yaml'));
    expect(confine(root, 'a.yaml', { from: path.join(root, 'topics') })).toBe(path.join(root, 'topics', 'a.yaml'));
  });

  it('follows links that stay inside', () => {
    expect(confine(root, 'topics/inner-link.yaml')).toBe(path.join(root, 'topics', 'inner-link.yaml'));
  });

  it('refuses .. escapes, absolute paths, URLs, NUL and backslashes', () => {
    for (const ref of [
      '../outside/secret.txt',
      'topics/../../outside/secret.txt',
      '/etc/passwd',
      'file:///etc/passwd',
      'C:\\x',
      'a\0b',
      'topics\\a.yaml',
    ])
      expect(confine(root, ref), ref).toBeUndefined();
  });

  it('refuses a file link and a folder link that lead out, for reads and for new files', () => {
    expect(confine(root, 'topics/link.yaml')).toBeUndefined();
    expect(confine(root, 'images/secret.txt')).toBeUndefined();
    expect(confine(root, 'images/new-upload.png')).toBeUndefined();
  });

  it('can insist that the file exists', () => {
    expect(confine(root, 'topics/missing.yaml', { mustExist: true })).toBeUndefined();
  });

  it('checks absolute paths the same way', () => {
    expect(confineAbsolute(root, path.join(root, 'topics', 'a.yaml'))).toBeDefined();
    expect(confineAbsolute(root, path.join(outside, 'secret.txt'))).toBeUndefined();
    expect(confineAbsolute(root, path.join(root, 'images', 'secret.txt'))).toBeUndefined();
  });

  it('knows a plain relative path', () => {
    expect(isPlainRelative('images/a.png')).toBe(true);
    expect(isPlainRelative('https://x')).toBe(false);
    expect(isPlainRelative('')).toBe(false);
  });
});
