import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../core/load/parse-yaml.js';

describe('parseYaml', () => {
  it('maps value paths back to 1-based lines and columns', () => {
    const r = parseYaml('title: A\nslides:\n  - layout: bullets\n    items:\n      - one\n      - two\n', 'x.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.value.value).toEqual({ title: 'A', slides: [{ layout: 'bullets', items: ['one', 'two'] }] });
    expect(r.value.locate(['title'])).toEqual({ file: 'x.yaml', line: 1, column: 8 });
    expect(r.value.locate(['slides', 0, 'items', 1])).toEqual({ file: 'x.yaml', line: 6, column: 9 });
    expect(r.value.locate(['slides', 0], 'layout')).toMatchObject({ line: 3, column: 5 });
  });

  it('falls back to the nearest ancestor that exists', () => {
    const r = parseYaml('slides:\n  - layout: bullets\n', 'x.yaml');
    if (!r.ok) throw new Error('parse failed');
    expect(r.value.locate(['slides', 0, 'items', 3])).toMatchObject({ line: 2 });
  });

  it('reports a duplicate key at its line', () => {
    const r = parseYaml('title: A\ntitle: B\n', 'dup.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]).toMatchObject({ code: 'YAML_SYNTAX', location: { file: 'dup.yaml', line: 2 } });
  });

  it('reports a syntax error with its position instead of throwing', () => {
    const r = parseYaml('title: "open\nnext: x\n', 'bad.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]!.location).toMatchObject({ file: 'bad.yaml', line: 1 });
  });
});
