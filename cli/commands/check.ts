import type { Command } from 'commander';
import { ExitCode, printDiagnostics } from '../output.js';

/** Options of `immunodeck check`. */
interface CheckOptions {
  json?: boolean;
  strict?: boolean;
  today?: string;
}

/**
 * `immunodeck check <deck-or-folder> [--json] [--strict]`: the quality gate (readability, words on
 * screen, alt text, references, review date, closing slides) with a per-slide report. Strict (the
 * default for the built-in content folder) makes findings errors and exits 1 when any is found;
 * advisory (the default elsewhere) reports the same findings as warnings.
 */
export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('quality gate: readability, words per slide, alt text, references, review dates, closing slides')
    .argument('<path>', 'a deck file, a topic file, or a content folder')
    .option('--json', 'print the report as JSON for scripts')
    .option('--strict', 'treat findings as errors and exit 1 when any is found (default for the built-in content)')
    .option('--today <date>', 'measure review dates from this day (YYYY-MM-DD)')
    .action(async (target: string, opts: CheckOptions) => {
      if (opts.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) {
        process.stderr.write(`immunodeck check: --today must be a date written as YYYY-MM-DD, found "${opts.today}"\n`);
        process.exitCode = ExitCode.USAGE;
        return;
      }
      const [{ checkPath, defaultQualityMode }, { formatQualityReport }] = await Promise.all([
        import('../../core/job/check-path.js'),
        import('../../core/quality/format-report.js'),
      ]);
      const mode = opts.strict ? 'strict' : defaultQualityMode(target);
      const report = await checkPath(target, { mode, today: opts.today });
      if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else {
        process.stdout.write(formatQualityReport(report));
        printDiagnostics(report.diagnostics);
      }
      process.exitCode = report.passed ? ExitCode.OK : ExitCode.INVALID;
    });
}
