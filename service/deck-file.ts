import { Document } from 'yaml';
import type { DeckInput } from '../core/validate/deck-schema.js';
import type { LoadedDeck } from '../core/validate/content.js';
import type { DeckDraft } from '../contract/ipc-contract.js';

/** The YAML text of a deck file for deck data, with a header comment and the editor's `$schema` line. */
export function deckToYaml(deck: DeckInput | Record<string, unknown>): string {
  const { $schema: _schema, ...data } = deck as Record<string, unknown>;
  const doc = new Document(data);
  doc.commentBefore =
    ' yaml-language-server: $schema=../../schema/deck.schema.json\n ImmunoDeck deck file (see docs/topic-format.md). Topics are listed in presentation order.';
  return doc.toString({ lineWidth: 0 });
}

/** A loaded deck file as the draft the app edits: its id and its data, as in the file. */
export function deckToDraft(deck: LoadedDeck): DeckDraft {
  const { $schema: _schema, ...data } = deck.data;
  return { id: deck.id, deck: data };
}
