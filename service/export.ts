import { randomBytes } from 'node:crypto';
import type { EngineSlot } from '../core/export/engine-slot.js';
import { runDeckJob, type DeckJobResult } from '../core/job/deck-job.js';
import { defaultPaper } from '../core/options.js';
import { fail, ok, type Result } from '../core/result.js';
import type { Library } from '../core/validate/content.js';
import type { EventMap, ExportResult, RequestOf } from '../contract/ipc-contract.js';
import { normalizeLocation } from './library-snapshot.js';

/** Reports export progress. */
export type ProgressSink = (payload: EventMap['export:progress']) => void;

/** Everything {@link exportDeck} needs besides the request. */
export interface ExportContext {
  library: Library;
  exportDir: string;
  engine?: EngineSlot;
  progress: ProgressSink;
}

/** Run the deck job on a draft: the same job, with the same defaults, as `immunodeck build`. */
export function runDraftJob(
  draft: { id: string; deck: unknown },
  library: Library,
  extra: Omit<Parameters<typeof runDeckJob>[0], 'source' | 'library'> = {},
): Promise<DeckJobResult> {
  return runDeckJob({ source: { data: draft.deck, id: draft.id }, library, ...extra });
}

/** The job's problems, with paths relative to the content folder. */
export function jobProblems(result: DeckJobResult) {
  return result.problems.map(normalizeLocation);
}

/**
 * Export a draft: the deck job writes each requested output to the export folder, reporting
 * progress after every step. Files already written stay when a later output fails.
 */
export async function exportDeck(ctx: ExportContext, req: RequestOf<'deck:export'>): Promise<Result<ExportResult>> {
  const exportId = randomBytes(8).toString('hex');
  const result = await runDraftJob(req.draft, ctx.library, {
    outputs: req.formats,
    outDir: ctx.exportDir,
    paper: req.paper ?? defaultPaper(),
    handoutLayout: req.perPage,
    engine: ctx.engine,
    overrides: { allowEnglishFallback: req.allowEnglishFallback ?? false },
    onProgress: (p) => ctx.progress({ exportId, ...p }),
  });
  if (!result.ok) return fail(jobProblems(result));
  return ok({ exportId, files: result.files.map((f) => f.file) }, jobProblems(result));
}
