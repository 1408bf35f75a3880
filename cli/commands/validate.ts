import type { Command } from 'commander';
import { hasErrors } from '../../core/errors.js';
import { ExitCode, plural, printDiagnostics } from '../output.js';

/** `immunodeck validate <file-or-folder>`: check topic and deck files, report every problem. */
export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .description('check topic and deck files; prints every problem as file:line:column')
    .argument('<path>', 'a topic file, a deck file, or a content folder')
    .action(async (target: string) => {
      const { validatePath } = await import('../../core/job/validate-path.js');
      const report = await validatePath(target);
      printDiagnostics(report.diagnostics);
      const failed = hasErrors(report.diagnostics);
      process.stdout.write(
        `${failed ? '✗' : '✓'} checked ${plural(report.files, 'file')} (${plural(report.topics, 'valid topic')}, ${plural(report.decks, 'deck')})\n`,
      );
      process.exitCode = failed ? ExitCode.INVALID : ExitCode.OK;
    });
}
