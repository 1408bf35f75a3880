import path from 'node:path';
import type { Command } from 'commander';
import { hasErrors } from '../../core/errors.js';
import { displayPath } from '../../core/confine.js';
import { BUILTIN_CONTENT_DIR } from '../../core/paths.js';
import { ExitCode, printDiagnostics } from '../output.js';

/** One row of `immunodeck list`. */
export interface ListEntry {
  kind: 'topic' | 'deck';
  id: string;
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
    .description('list the topics and decks of a content folder')
    .option('--content <dir>', 'content folder', BUILTIN_CONTENT_DIR)
    .option('--json', 'print JSON for scripts')
    .action(async (opts: { content: string; json?: boolean }) => {
      const [{ loadLibrary }, { toPlainText }] = await Promise.all([
        import('../../core/validate/load-library.js'),
        import('../../core/render/markdown.js'),
      ]);
      const library = await loadLibrary(opts.content);
      const entries: ListEntry[] = [
        ...[...library.topics.values()].map((t) => ({
          kind: 'topic' as const,
          id: t.id,
          title: toPlainText(t.data.title),
          audience: (t.data.audiences ?? ['patient', 'professional']).join(','),
          category: t.data.category,
          slides: t.data.slides.length,
          path: displayPath(t.file),
        })),
        ...library.decks.map((d) => ({
          kind: 'deck' as const,
          id: d.id,
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
  const rows = entries.map((e) => [e.kind, e.id, e.audience, e.title, e.path]);
  const head = ['KIND', 'ID', 'AUDIENCE', 'TITLE', 'PATH'];
  const widths = head.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const fmt = (r: string[]) => r.map((c, i) => (i < r.length - 1 ? c.slice(0, widths[i]).padEnd(widths[i]!) : c)).join('  ');
  process.stdout.write([fmt(head), ...rows.map(fmt)].join('\n') + '\n');
}
