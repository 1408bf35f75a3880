import { Document, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { DeckInput } from '../core/validate/deck-schema.js';
import type { LoadedDeck } from '../core/validate/content.js';
import type { DeckDraft } from '../contract/ipc-contract.js';

const HEADER =
  ' yaml-language-server: $schema=../../schema/deck.schema.json\n ImmunoDeck deck file (see docs/topic-format.md). Topics are listed in presentation order.';

/**
 * The YAML text of a deck file for deck data. With the text of the file being replaced, only the
 * values that changed are rewritten: its comments (the `$schema` line among them), key order and
 * quoting stay as the author wrote them. Without it (a new deck), a header comment and the
 * editor's `$schema` line come first.
 */
export function deckToYaml(deck: DeckInput | Record<string, unknown>, existing?: string): string {
  const { $schema: _schema, ...data } = deck as Record<string, unknown>;
  const old = existing === undefined ? undefined : parseDocument(existing);
  if (old && old.errors.length === 0 && isMap(old.contents)) {
    updateNode(old, old.contents, data);
    return old.toString({ lineWidth: 0, flowCollectionPadding: false });
  }
  const doc = new Document(data);
  doc.commentBefore = HEADER;
  return doc.toString({ lineWidth: 0 });
}

/** Make `node` hold `value`, keeping the nodes (and their comments) of everything that did not change. */
function updateNode(doc: Document, node: Node, value: unknown): Node {
  if (isMap(node) && isPlainObject(value)) {
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      // A `$schema` key is the editor's, not the deck's: the draft never carries it, so keep it.
      if (key !== undefined && key !== '$schema' && !(key in value)) node.delete(pair.key);
    }
    for (const [key, v] of Object.entries(value)) {
      const child = node.get(key, true) as Node | undefined;
      if (v === undefined) node.delete(key);
      else node.set(key, child ? updateNode(doc, child, v) : doc.createNode(v));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items.splice(value.length);
    value.forEach((v, i) => {
      const child = node.items[i] as Node | undefined;
      node.items[i] = child ? updateNode(doc, child, v) : doc.createNode(v);
    });
    return node;
  }
  if (isScalar(node) && node.value === value) return node;
  const fresh = doc.createNode(value);
  // A value that changed keeps the comments that were around the old one.
  fresh.commentBefore = node.commentBefore;
  fresh.comment = node.comment;
  return fresh;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A loaded deck file as the draft the app edits: its id and its data, as in the file. */
export function deckToDraft(deck: LoadedDeck): DeckDraft {
  const { $schema: _schema, ...data } = deck.data;
  return { id: deck.id, deck: data };
}
