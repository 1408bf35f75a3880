/**
 * ImmunoDeck's core library: a pure pipeline with no Electron import.
 *
 *   load (read, YAML with positions) → validate (schemas, links) → model (compose a deck)
 *   → render (HTML and its parts) → export (files, PDFs) → job (the one deck job)
 *
 * Each stage imports only the stages before it (checked by dependency-cruiser in `npm run lint`).
 */
export * from './options.js';
export type { Diagnostic, SourceLocation, Severity } from './errors.js';
export type { Result } from './result.js';
export {
  runDeckJob,
  type DeckJobOptions,
  type DeckJobResult,
  type DeckSource,
  type DeckOverrides,
  type WrittenOutput,
} from './job/deck-job.js';
export { createEngineSlot, type EngineSlot } from './export/engine-slot.js';
export { startChromium } from './export/start-chromium.js';
export { resolveTarget, type ResolvedTarget } from './load/resolve-target.js';
export { loadLibrary } from './validate/load-library.js';
export { confine } from './confine.js';
