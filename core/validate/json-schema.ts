import { z } from 'zod';
import { DeckSchema } from './deck-schema.js';
import { TopicSchema } from './topic-schema.js';
import { TranslationSchema } from './translation-schema.js';

/** The published JSON Schemas, generated from the same zod schemas that validate at run time. */
export function jsonSchemas(): Record<'topic' | 'deck' | 'translation', object> {
  const make = (schema: z.ZodType, name: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    $id: `https://immunodeck.app/schema/${name}.schema.json`,
  });
  return { topic: make(TopicSchema, 'topic'), deck: make(DeckSchema, 'deck'), translation: make(TranslationSchema, 'translation') };
}
