import path from 'node:path';
import type { LoadedDeck } from './content.js';
import { fail, ok, type Result } from '../result.js';
import { DeckSchema } from './deck-schema.js';
import { validateParsed } from './validate-parsed.js';
import { parseYaml } from '../load/parse-yaml.js';
import { readSource } from '../load/read-source.js';
import { displayPath } from '../confine.js';
import { topicIdFromFile } from '../load/content-files.js';
import { fileLocation } from '../errors.js';

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

/** Where an in-memory deck (the app's draft) would be saved, for messages and relative paths. */
export interface DeckDataOrigin {
  /** Deck id: the file name it would have, without .yaml. */
  id: string;
  /** The content folder: the deck counts as `<root>/decks/<id>.yaml`. */
  root: string;
  /** Label shown in messages. @default `decks/<id>.yaml` */
  label?: string;
}

/**
 * Validate a deck given as data (the app's deck being edited) exactly as its file would be
 * validated, with no YAML text in between. Problems name the deck file it would be saved as.
 */
export function deckFromData(data: unknown, origin: DeckDataOrigin): Result<LoadedDeck> {
  const file = path.join(origin.root, 'decks', `${origin.id}.yaml`);
  const label = origin.label ?? `decks/${origin.id}.yaml`;
  const locate = () => fileLocation(label);
  const valid = validateParsed(DeckSchema, { value: data, file: label, locate });
  if (!valid.ok) return valid;
  return ok({ id: origin.id, file, label, data: valid.value, locate });
}
