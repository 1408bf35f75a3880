import path from 'node:path';
import type { Command } from 'commander';
import { hasErrors } from '../../core/errors.js';
import { displayPath } from '../../core/confine.js';
import { BUILTIN_CONTENT_DIR } from '../../core/paths.js';
import type { LoadedTopic } from '../../core/validate/content.js';
import { ExitCode, printDiagnostics } from '../output.js';

/** One row of `immunodeck list`. */
export interface ListEntry {
  kind: 'topic' | 'deck';
  id: string;
  /** `own`: in the content folder; `built-in`: from ImmunoDeck's library (read-only); `own, replaces built-in`. */
  origin: 'own' | 'built-in' | 'own, replaces built-in';
  title: string;
  audience: string;
  category?: string;
  slides?: number;
  path: string;
}

/** `immunodeck list [--json] [--content <dir>]`: the topics and decks of a content folder. */
export function registerListCommand(program: Command): void {
  program
    .command('list')
    .description('list the topics and decks of a content folder, and the built-in topics its decks may use')
    .option('--content <dir>', 'content folder', BUILTIN_CONTENT_DIR)
    .option('--json', 'print JSON for scripts')
    .action(async (opts: { content: string; json?: boolean }) => {
      const [{ loadLibrary }, { toPlainText }] = await Promise.all([
        import('../../core/validate/load-library.js'),
        import('../../core/render/markdown.js'),
      ]);
      const library = await loadLibrary(opts.content);
      const builtin = library.builtin;
      const topic = (t: LoadedTopic, origin: ListEntry['origin']): ListEntry => ({
        kind: 'topic',
        id: t.id,
        origin,
        title: toPlainText(t.data.title),
        audience: (t.data.audiences ?? ['patient', 'professional']).join(','),
        category: t.data.category,
        slides: t.data.slides.length,
        path: displayPath(t.file),
      });
      const entries: ListEntry[] = [
        ...[...library.topics.values()].map((t) =>
          topic(t, builtin?.topics.has(t.id) ? 'own, replaces built-in' : builtin ? 'own' : 'built-in'),
        ),
        // The built-in topics an educator's decks may name too (a hidden one as builtin:<id>).
        ...[...(builtin?.topics.values() ?? [])].map((t) => ({
          ...topic(t, 'built-in'),
          id: library.topics.has(t.id) ? `builtin:${t.id}` : t.id,
        })),
        ...library.decks.map((d) => ({
          kind: 'deck' as const,
          id: d.id,
          origin: builtin ? ('own' as const) : ('built-in' as const),
          title: d.data.title,
          audience: d.data.audience,
          path: displayPath(d.file),
        })),
      ];
      if (opts.json)
        process.stdout.write(
          JSON.stringify({ content: path.resolve(opts.content), entries, problems: library.diagnostics }, null, 2) + '\n',
        );
      else printTable(entries);
      if (!opts.json) printDiagnostics(library.diagnostics);
      process.exitCode = hasErrors(library.diagnostics) ? ExitCode.INVALID : ExitCode.OK;
    });
}

function printTable(entries: ListEntry[]): void {
  const rows = entries.map((e) => [e.kind, e.id, e.origin, e.audience, e.title, e.path]);
  const head = ['KIND', 'ID', 'FROM', 'AUDIENCE', 'TITLE', 'PATH'];
  const widths = head.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const fmt = (r: string[]) => r.map((c, i) => (i < r.length - 1 ? c.slice(0, widths[i]).padEnd(widths[i]!) : c)).join('  ');
  process.stdout.write([fmt(head), ...rows.map(fmt)].join('\n') + '\n');
}
