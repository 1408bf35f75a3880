import { Command, CommanderError } from 'commander';
import { VERSION } from '../core/paths.js';
import { registerBuildCommand } from './commands/build.js';
import { registerCheckCommand } from './commands/check.js';
import { registerListCommand } from './commands/list.js';
import { registerThemesCommand } from './commands/themes.js';
import { registerServeCommand } from './commands/serve.js';
import { registerValidateCommand } from './commands/validate.js';
import { ExitCode } from './output.js';

/** The `immunodeck` command line. Each command lives in cli/commands/<name>.ts. */
export function createProgram(): Command {
  const program = new Command('immunodeck')
    .description('Build patient-education slide decks on cancer immunotherapy from topic files.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (str, write) => write(str) })
    .exitOverride();
  registerBuildCommand(program);
  registerValidateCommand(program);
  registerListCommand(program);
  registerThemesCommand(program);
  registerServeCommand(program);
  registerCheckCommand(program);
  return program;
}

/** Run the CLI; resolves to the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return process.exitCode === undefined ? ExitCode.OK : Number(process.exitCode);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.OK;
      return ExitCode.USAGE;
    }
    process.stderr.write(`immunodeck: unexpected error: ${(e as Error).message}\n`);
    if (process.env.DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return ExitCode.INVALID;
  }
}
