import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../core/validate/json-schema.js';

const checkedIn = (name: string) => JSON.parse(readFileSync(`schema/${name}.schema.json`, 'utf8')) as object;

describe('published JSON Schemas', () => {
  it.each(['topic', 'deck', 'translation'] as const)('schema/%s.schema.json is up to date (run npm run schema)', (name) => {
    expect(checkedIn(name)).toEqual(JSON.parse(JSON.stringify(jsonSchemas()[name])));
  });

  it('accepts the annotated example files and rejects a typo, as the runtime validator does', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const topic = ajv.compile(checkedIn('topic'));
    const deck = ajv.compile(checkedIn('deck'));
    const example = parse(readFileSync('tests/fixtures/library/topics/checkpoint-basics.yaml', 'utf8')) as Record<string, unknown>;
    expect(topic(example)).toBe(true);
    expect(deck(parse(readFileSync('tests/fixtures/library/decks/intro.yaml', 'utf8')))).toBe(true);
    expect(topic(parse(readFileSync('tests/fixtures/invalid/unknown-key.yaml', 'utf8')))).toBe(false);
  });
});
