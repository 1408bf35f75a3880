import path from 'node:path';
import type { Command } from 'commander';
import { hasErrors } from '../../core/errors.js';
import { displayPath } from '../../core/confine.js';
import { BUILTIN_CONTENT_DIR } from '../../core/paths.js';
import type { ThemeInfo } from '../../core/render/themes.js';
import { ExitCode, printDiagnostics } from '../output.js';

/** `immunodeck themes [--content <dir>] [--json]`: the themes a deck can use, built-in and the content folder's own. */
export function registerThemesCommand(program: Command): void {
  program
    .command('themes')
    .description('list the themes a deck can use: built-in ones and those in <content>/themes/')
    .option('--content <dir>', 'content folder whose themes/ to include', BUILTIN_CONTENT_DIR)
    .option('--json', 'print JSON for scripts')
    .action(async (opts: { content: string; json?: boolean }) => {
      const { listThemes } = await import('../../core/render/themes.js');
      const listed = listThemes(path.resolve(opts.content));
      const themes = listed.ok ? listed.value : [];
      const problems = listed.ok ? listed.warnings : listed.diagnostics;
      if (opts.json) {
        const rows = themes.map((t) => ({
          name: t.name,
          label: t.label,
          origin: t.origin,
          description: t.description ?? '',
          path: displayPath(t.dir),
        }));
        process.stdout.write(JSON.stringify({ themes: rows, problems }, null, 2) + '\n');
      } else {
        printThemes(themes);
        printDiagnostics(problems);
      }
      process.exitCode = hasErrors(problems) ? ExitCode.INVALID : ExitCode.OK;
    });
}

function printThemes(themes: ThemeInfo[]): void {
  const head = ['NAME', 'LABEL', 'ORIGIN', 'DESCRIPTION'];
  const rows = themes.map((t) => [t.name, t.label, t.origin, t.description ?? '']);
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const fmt = (r: string[]): string => r.map((c, i) => (i < r.length - 1 ? c.slice(0, widths[i]).padEnd(widths[i]!) : c)).join('  ');
  process.stdout.write([fmt(head), ...rows.map(fmt)].join('\n') + '\n');
}
