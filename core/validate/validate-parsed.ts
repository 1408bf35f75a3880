import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { error, type Diagnostic } from '../errors.js';
import type { ParsedYaml } from '../load/parse-yaml.js';
import { fail, ok, type Result } from '../result.js';
import { allowedKeysAt } from './schema-keys.js';

type Issue = z.core.$ZodIssue;

/**
 * Validate a parsed YAML value against a schema and turn every problem into a diagnostic at the
 * line and column it concerns, in words a content author can act on.
 */
export function validateParsed<S extends z.ZodType>(schema: S, parsed: ParsedYaml): Result<z.output<S>> {
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return fail([
      error(
        'SCHEMA',
        `the file must be a mapping of keys (title: …, slides: …), found ${describeValue(parsed.value)}`,
        parsed.locate([]),
        'Start from the annotated example in docs/topic-format.md.',
      ),
    ]);
  }
  const result = schema.safeParse(parsed.value);
  if (result.success) return ok(result.data);
  const diagnostics = result.error.issues.flatMap((issue) => toDiagnostics(issue, schema, parsed));
  diagnostics.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
  return fail(diagnostics);
}

function toDiagnostics(issue: Issue, schema: z.ZodType, parsed: ParsedYaml): Diagnostic[] {
  const path = issue.path as PropertyKey[];
  const where = context(parsed.value, path);
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(schema, parsed.value, path);
    return issue.keys.map((key) => error('UNKNOWN_KEY', `${where}unknown key "${key}"`, parsed.locate(path, key), suggest(key, allowed)));
  }
  const value = valueAt(parsed.value, path);
  const field = fieldName(path);
  const loc = value === undefined && path.length > 0 ? parsed.locate(path.slice(0, -1), String(path.at(-1))) : parsed.locate(path);
  if (value === undefined && issue.code === 'invalid_type') {
    const parentLoc = parsed.locate(path.slice(0, -1));
    return [
      error(
        'SCHEMA',
        `${where}${field} is required (${expectedName(issue.expected)})`,
        parentLoc,
        `Add a "${String(path.at(-1))}:" line here.`,
      ),
    ];
  }
  switch (issue.code) {
    case 'invalid_type':
      return [
        error(
          'SCHEMA',
          `${where}${field} must be ${expectedName(issue.expected, value)}, found ${describeValue(value)}`,
          loc,
          colonHint(issue.expected, value),
        ),
      ];
    case 'invalid_value':
      return [oneOf(where, field, issue.values.map(String), value, loc)];
    case 'invalid_union': {
      const u = issue as Issue & { discriminator?: string; options?: unknown[] };
      if (u.discriminator) {
        const tag = valueAt(parsed.value, [...path]);
        const tagLoc = tag === undefined ? parsed.locate(path.slice(0, -1)) : loc;
        if (tag === undefined)
          return [
            error(
              'SCHEMA',
              `${where}"${u.discriminator}" is required`,
              tagLoc,
              `Add "${u.discriminator}:" with one of: ${(u.options ?? []).join(', ')}.`,
            ),
          ];
        return [oneOf(where, `"${u.discriminator}"`, (u.options ?? []).map(String), tag, tagLoc)];
      }
      return [
        error('SCHEMA', `${where}${field} is not in a form that is allowed here, found ${describeValue(value)}`, loc, unionHint(path)),
      ];
    }
    default:
      return [
        error(
          'SCHEMA',
          `${where}${field} ${issue.message}${issue.code === 'too_small' || issue.code === 'invalid_format' ? '' : `, found ${describeValue(value)}`}`,
          loc,
        ),
      ];
  }
}

function oneOf(where: string, field: string, allowed: string[], value: unknown, loc: ReturnType<ParsedYaml['locate']>): Diagnostic {
  const found = typeof value === 'string' ? `"${value}"` : describeValue(value);
  const hint = typeof value === 'string' ? suggest(value, allowed) : `Use one of: ${allowed.join(', ')}.`;
  return error('SCHEMA', `${where}${field} must be one of ${allowed.join(', ')}; found ${found}`, loc, hint);
}

/**
 * Text such as `- Ask: what is this?` is read by YAML as a mapping { Ask: "what is this?" }: say
 * so, and show the item quoted.
 */
function colonHint(expected: string, value: unknown): string | undefined {
  if (expected !== 'string' || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length !== 1 || typeof entries[0]![1] !== 'string') return undefined;
  const [k, v] = entries[0]!;
  return `This text contains ": ", which YAML reads as "key: value". Put the whole text in quotes: "${k}: ${v}".`;
}

function unionHint(path: PropertyKey[]): string | undefined {
  if (path[0] === 'topics')
    return 'Write a topic id (e.g. "car-t-cell-therapy") or a mapping such as { topic: car-t-cell-therapy, slides: [1, 3] }.';
  return undefined;
}

/** "Did you mean" for a misspelt key or value. */
export function suggest(word: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const best = closest(word, [...allowed]);
  if (best !== undefined && distance(word.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3))) {
    return `Did you mean "${best}"?`;
  }
  return `Allowed here: ${allowed.join(', ')}.`;
}

/** "slide 3 (bullets): " and similar prefixes that say where in the file a problem is. */
function context(value: unknown, path: readonly PropertyKey[]): string {
  const [head, index] = path;
  if (typeof index !== 'number') return '';
  const entry = valueAt(value, [head!, index]) as Record<string, unknown> | undefined;
  if (head === 'slides') {
    const layout = typeof entry?.layout === 'string' ? ` (${entry.layout})` : '';
    return `slide ${index + 1}${layout}: `;
  }
  if (head === 'references') return `reference ${index + 1}: `;
  if (head === 'topics') return `topic entry ${index + 1}: `;
  return '';
}

function fieldName(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'the file';
  if (typeof last === 'number') {
    const parent = path.at(-2);
    return `entry ${last + 1} of "${String(parent)}"`;
  }
  return `"${String(last)}"`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const step of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[step] : undefined;
  return v;
}

function expectedName(expected: string, value?: unknown): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'array':
      return Array.isArray(value) ? 'a list' : 'a list of text';
    case 'object':
      return 'a mapping of keys and values';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return expected;
  }
}

/** A value's kind in plain words. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? '"true"' : '"false"';
    default:
      return 'a mapping';
  }
}
