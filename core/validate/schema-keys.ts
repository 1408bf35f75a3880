import type { z } from 'zod';

/** Minimal view of zod 4's runtime definitions that we walk to find the keys a mapping allows. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  discriminator?: string;
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The keys the schema allows for the mapping found at `path` in `value`, used to suggest the
 * right spelling of an unknown key. Returns [] when the path leads nowhere known.
 */
export function allowedKeysAt(schema: z.ZodType, value: unknown, path: readonly PropertyKey[]): string[] {
  let s: z.ZodType | undefined = unwrap(schema, value);
  let v: unknown = value;
  for (const step of path) {
    if (!s) return [];
    const def = defOf(s);
    v = (v as Record<PropertyKey, unknown> | undefined)?.[step];
    if (def.type === 'object') s = def.shape?.[String(step)];
    else if (def.type === 'array') s = def.element;
    else return [];
    if (s) s = unwrap(s, v);
  }
  const def = s ? defOf(s) : undefined;
  return def?.type === 'object' ? Object.keys(def.shape ?? {}).filter((k) => k !== '$schema') : [];
}

/** Look through optional/pipe/union wrappers to the object schema that fits `value`. */
function unwrap(s: z.ZodType, value: unknown): z.ZodType {
  for (let i = 0; i < 10; i++) {
    const def = defOf(s);
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else if (def.type === 'union' && def.options) s = pickOption(def, value) ?? s;
    else return s;
    if (defOf(s).type === 'union' && !pickOption(defOf(s), value)) return s;
  }
  return s;
}

function pickOption(def: Def, value: unknown): z.ZodType | undefined {
  const options = def.options ?? [];
  if (def.discriminator && value && typeof value === 'object') {
    const tag = (value as Record<string, unknown>)[def.discriminator];
    return options.find((o) => {
      const d = defOf(o);
      const lit = d.shape?.[def.discriminator!];
      return lit !== undefined && (defOf(lit) as unknown as { values?: unknown[] }).values?.includes(tag);
    });
  }
  const wantObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  return options.find((o) => (defOf(o).type === 'object') === wantObject) ?? options[0];
}
