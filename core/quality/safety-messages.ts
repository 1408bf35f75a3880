/**
 * The safety messages a patient deck must carry (when to call, don't self-treat, pregnancy,
 * vaccines…), as data: content/safety-messages.yaml lists each message, the built-in slides that
 * carry it and phrases that signal it in an educator's own slides, and which messages each kind of
 * patient deck needs. A content folder may bring its own safety-messages.yaml; otherwise the
 * built-in one applies.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from '../errors.js';
import { parseYaml } from '../load/parse-yaml.js';
import type { DeckModel } from '../model/deck-model.js';
import { BUILTIN_CONTENT_DIR } from '../paths.js';
import { validateParsed } from '../validate/validate-parsed.js';
import { finding, type QualityFinding, type ResolvedQualityOptions } from './report.js';
import { onScreenText } from './slide-text.js';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** The file's format (documented at the top of content/safety-messages.yaml). */
export const SafetyRulesSchema = z.strictObject({
  messages: z.array(
    z.strictObject({
      id,
      description: z.string().min(1),
      slides: z.array(z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/)).default([]),
      keywords: z.strictObject({ en: z.array(z.string().min(1)).default([]), es: z.array(z.string().min(1)).default([]) }).optional(),
    }),
  ),
  decks: z.record(z.string(), z.array(id)),
});

/** Loaded safety rules. */
export type SafetyRules = z.output<typeof SafetyRulesSchema>;

/** The file name looked for in a content folder. */
export const SAFETY_FILE = 'safety-messages.yaml';

const cache = new Map<string, { rules?: SafetyRules; problems: Diagnostic[] }>();

/** The rules for a content folder: its own file, else the built-in one. Problems in the file are diagnostics. */
export function loadSafetyRules(root: string): { rules?: SafetyRules; problems: Diagnostic[] } {
  const own = path.join(root, SAFETY_FILE);
  const file = existsSync(own) ? own : path.join(BUILTIN_CONTENT_DIR, SAFETY_FILE);
  const cached = cache.get(file);
  if (cached) return cached;
  let result: { rules?: SafetyRules; problems: Diagnostic[] } = { problems: [] };
  if (existsSync(file)) {
    const parsed = parseYaml(readFileSync(file, 'utf8'), path.relative(process.cwd(), file) || file);
    const valid = parsed.ok ? validateParsed(SafetyRulesSchema, parsed.value) : parsed;
    result = valid.ok ? { rules: valid.value, problems: [] } : { problems: valid.diagnostics };
  }
  cache.set(file, result);
  return result;
}

/** Lower case, accents and punctuation dropped, spaces squeezed: how phrases and slide text are compared. */
export function normalizeForMatch(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Which messages a deck needs: its own list when it is a built-in deck named in the file, else `default`. */
export function requiredMessages(rules: SafetyRules, model: DeckModel): { ids: string[]; builtin: boolean } {
  const builtin = path.resolve(model.root) === path.resolve(BUILTIN_CONTENT_DIR) && model.id in rules.decks;
  return { ids: (builtin ? rules.decks[model.id] : rules.decks['default']) ?? [], builtin };
}

/**
 * Findings for the safety messages a patient deck lacks. A built-in deck fails the gate (strict
 * mode) when one is missing; an educator's own deck gets the same report as warnings.
 */
export function safetyFindings(model: DeckModel, opts: ResolvedQualityOptions, location?: Diagnostic['location']): QualityFinding[] {
  if (model.audience !== 'patient') return [];
  const { rules, problems } = loadSafetyRules(model.root);
  if (!rules) return problems.map((p) => ({ ...p, rule: 'safety-messages' as const, short: 'safety-messages.yaml is invalid' }));
  const { ids, builtin } = requiredMessages(rules, model);
  const keys = new Set(model.slides.map((s) => s.key));
  const text = normalizeForMatch(model.slides.flatMap((s) => onScreenText(s)).join(' \n '));
  const lang = model.language.startsWith('es') ? 'es' : 'en';
  const missing = ids
    .map((mid) => rules.messages.find((m) => m.id === mid))
    .filter((m): m is SafetyRules['messages'][number] => !!m)
    .filter((m) => !m.slides.some((k) => keys.has(k)) && !(m.keywords?.[lang] ?? []).some((p) => text.includes(normalizeForMatch(p))));
  return missing.map((m) => {
    const f = finding(builtin ? opts : { ...opts, mode: 'advisory' }, {
      rule: 'safety-messages',
      short: `missing: ${m.id}`,
      message: `patient deck "${model.id}" lacks the safety message "${m.id}": ${m.description}`,
      hint: m.slides.length ? `Add one of these slides: ${m.slides.join(', ')}.` : 'Add a slide that says this in plain words.',
      ...(location ? { location } : {}),
    });
    return f;
  });
}
