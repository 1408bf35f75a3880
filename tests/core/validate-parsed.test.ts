import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../core/load/parse-yaml.js';
import { DeckSchema } from '../../core/validate/deck-schema.js';
import { validateParsed } from '../../core/validate/validate-parsed.js';
import { TopicSchema } from '../../core/validate/topic-schema.js';

function check(schema: typeof TopicSchema | typeof DeckSchema, text: string) {
  const parsed = parseYaml(text, 'f.yaml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return validateParsed(schema, parsed.value);
}

describe('validateParsed', () => {
  it('accepts valid data and returns the parsed value', () => {
    const r = check(DeckSchema, 'title: T\naudience: patient\ntopics: [a, b]\n');
    expect(r).toMatchObject({ ok: true, value: { title: 'T', audience: 'patient', topics: ['a', 'b'] } });
  });

  it('names the field, what was expected and what was found, at its line', () => {
    const r = check(DeckSchema, 'title: T\naudience: patients\ntopics: [a]\n');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostics[0]).toMatchObject({ code: 'SCHEMA', location: { line: 2 } });
      expect(r.diagnostics[0]!.message + (r.diagnostics[0]!.hint ?? '')).toMatch(/patient/);
    }
  });

  it('suggests the right key for a misspelt one, inside a slide of the right layout', () => {
    const r = check(
      TopicSchema,
      'title: T\ncategory: basics\nsummary: S\nlastReviewed: 2026-01-01\nreferences: []\nslides:\n  - layout: bullets\n    title: X\n    itmes: [a]\n',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const unknown = r.diagnostics.find((d) => d.code === 'UNKNOWN_KEY');
      expect(unknown).toMatchObject({ location: { line: 9, column: 5 } });
      expect(unknown!.hint ?? unknown!.message).toMatch(/items/);
    }
  });

  it('reports every problem of a file in one pass', () => {
    const r = check(DeckSchema, 'title: ""\naudience: nobody\ntopics: []\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => d.location?.line)).toEqual(expect.arrayContaining([1, 2, 3]));
  });
});
