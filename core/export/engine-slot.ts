import type { Result } from '../result.js';
import type { PdfEngine } from './pdf-engine.js';

/** Starts a PDF engine (a browser) on first use and keeps it, or its failure, for every later print. */
export interface EngineSlot {
  /** The engine, started on the first call. */
  get(): Promise<Result<PdfEngine>>;
  /** True once a start was attempted. */
  readonly started: boolean;
  /** Close the engine if it started. Safe to call twice; a later get() starts a new one. */
  close(): Promise<void>;
}

/**
 * One lazily started engine shared by every deck of a run (the CLI's batch, the app's exports,
 * the benchmark). A failed start is remembered until `close()`, so a missing browser is reported once.
 */
export function createEngineSlot(start: () => Promise<Result<PdfEngine>>): EngineSlot {
  let started: Promise<Result<PdfEngine>> | undefined;
  return {
    get: () => (started ??= start()),
    get started() {
      return started !== undefined;
    },
    close: async () => {
      const was = await started;
      started = undefined;
      if (was?.ok) await was.value.close();
    },
  };
}
