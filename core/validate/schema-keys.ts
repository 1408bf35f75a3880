import { z } from 'zod';

/** The parts of a JSON Schema (as zod's `z.toJSONSchema` writes it) that say which keys a mapping allows. */
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  const?: unknown;
  enum?: unknown[];
}

const cache = new WeakMap<z.ZodType, JsonSchema>();

/** The schema's JSON Schema (input side: what a file may say), made once per schema. */
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let js = cache.get(schema);
  if (!js) {
    js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    cache.set(schema, js);
  }
  return js;
}

/**
 * The keys the schema allows for the mapping found at `path` in `value`, used to suggest the
 * right spelling of an unknown key. Read from zod's own JSON Schema output, so no zod internals
 * are walked. Returns [] when the path leads nowhere known.
 */
export function allowedKeysAt(schema: z.ZodType, value: unknown, path: readonly PropertyKey[]): string[] {
  let s: JsonSchema | undefined = pick(jsonSchemaOf(schema), value);
  let v: unknown = value;
  for (const step of path) {
    if (!s) return [];
    v = (v as Record<PropertyKey, unknown> | undefined)?.[step];
    s = s.properties ? s.properties[String(step)] : s.items;
    if (s) s = pick(s, v);
  }
  return s?.properties ? Object.keys(s.properties).filter((k) => k !== '$schema') : [];
}

/** Choose, among alternatives, the object schema that fits `value` (by its discriminator when it has one). */
function pick(s: JsonSchema, value: unknown): JsonSchema {
  const options = s.anyOf ?? s.oneOf;
  if (!options) return s.allOf?.find((o) => o.properties) ?? s;
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  const record = isObject ? (value as Record<string, unknown>) : {};
  const byTag = options.find((o) => Object.entries(o.properties ?? {}).some(([k, p]) => p.const !== undefined && record[k] === p.const));
  const byShape = options.find((o) => (o.properties !== undefined) === isObject) ?? options[0]!;
  return pick(byTag ?? byShape, value);
}
