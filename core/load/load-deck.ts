import path from 'node:path';
import type { LoadedDeck } from '../model/content.js';
import { fail, ok, type Result } from '../result.js';
import { DeckSchema } from '../validate/deck-schema.js';
import { validateParsed } from '../validate/validate-parsed.js';
import { parseYaml } from './parse-yaml.js';
import { readSource } from './read-source.js';
import { displayPath } from './safe-path.js';
import { topicIdFromFile } from './load-topic.js';

/**
 * Load one deck file: read, parse and validate it. Links to topics are checked when the deck is
 * composed against a library (see composeDeck), since they depend on the content folder.
 */
export async function loadDeck(file: string, cwd?: string): Promise<Result<LoadedDeck>> {
  const abs = path.resolve(file);
  const label = displayPath(abs, cwd);
  const source = await readSource(abs, label);
  if (!source.ok) return source;
  return parseDeckText(source.value, abs, label);
}

/** Validate deck text that is already in memory. */
export function parseDeckText(text: string, abs: string, label: string): Result<LoadedDeck> {
  const parsed = parseYaml(text, label);
  if (!parsed.ok) return parsed;
  const valid = validateParsed(DeckSchema, parsed.value);
  if (!valid.ok) return fail([...parsed.warnings, ...valid.diagnostics]);
  return ok({ id: topicIdFromFile(abs), file: abs, label, data: valid.value, locate: parsed.value.locate }, parsed.warnings);
}

/** True when a YAML value looks like a deck file rather than a topic file. */
export function looksLikeDeck(value: unknown): boolean {
  return value !== null && typeof value === 'object' && 'topics' in value && !('slides' in value);
}
