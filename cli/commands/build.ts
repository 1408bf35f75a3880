import type { Command } from 'commander';
import {
  AUDIENCES,
  defaultPaper,
  DEFAULT_HANDOUT_LAYOUT,
  HANDOUT_LAYOUTS,
  LANGUAGES,
  OUTPUTS,
  PAPER_NAMES,
  type Output,
} from '../../core/options.js';
import type { BuildPlan } from '../build-runner.js';
import { ExitCode, printDiagnostics } from '../output.js';

/** Options of `immunodeck build`, as commander parses them. */
export interface BuildCommandOptions {
  format: string;
  out: string;
  handoutLayout?: string;
  paper?: string;
  printBackground?: boolean;
  pdfOptional?: boolean;
  theme?: string;
  audience?: string;
  language?: string;
  allowEnglishFallback?: boolean;
  timeout?: string;
  strict?: boolean;
  measureFit?: boolean;
}

/** `immunodeck build <deck.yaml | folder-of-decks | content folder>`. */
export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description('build a deck file (or every deck in a folder) into self-contained HTML, PDF slides, handouts and notes pages')
    .argument('<deck>', 'a deck file, a folder of deck files (e.g. content/decks), or a content folder')
    .option('-f, --format <list>', `comma-separated outputs: ${OUTPUTS.join(', ')}`, 'html')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option(
      '--handout-layout <n>',
      `slides per handout page: ${HANDOUT_LAYOUTS.join(', ')} (default: ${DEFAULT_HANDOUT_LAYOUT}, or the theme's: large print 2)`,
    )
    .option(
      '--paper <size>',
      `paper for handouts and notes pages: ${PAPER_NAMES.join(' or ')} (default: Letter in the US and Canada, A4 elsewhere, from your locale)`,
    )
    .option('--print-background', 'slides PDF: keep the screen colours (dark themes otherwise print their slides on white)')
    .option('--pdf-optional', 'if no browser is found, build the other formats and warn once instead of failing')
    .option('--theme <name>', "use this theme instead of the deck file's")
    .option('--audience <audience>', `build for ${AUDIENCES.join(' or ')} instead of the deck file's audience`)
    .option('--language <lang>', `build in ${LANGUAGES.join(' or ')} instead of the deck file's language`)
    .option('--allow-english-fallback', "show slides that lack wording in the deck's language in English, marked, with a warning")
    .option('--timeout <seconds>', 'give up printing one PDF after this many seconds', '60')
    .option(
      '--measure-fit',
      'measure every slide in the browser even when only HTML is built (PDF builds always measure the page they print; HTML alone otherwise estimates from word counts)',
    )
    .option(
      '--strict',
      'treat slides whose text does not fit (cut off, shrunk below the theme minimum, words broken) as errors: exit 1, write nothing',
    )
    .action(async (target: string, opts: BuildCommandOptions, cmd: Command) => {
      const plan = usagePlan(opts, cmd);
      const { resolveTarget } = await import('../../core/load/resolve-target.js');
      const resolved = await resolveTarget(target);
      if (resolved.problems.length && resolved.decks.length === 0) {
        printDiagnostics(resolved.problems);
        process.exitCode = ExitCode.INVALID;
        return;
      }
      // A single file is built as a deck even when it does not parse: its problems are then reported.
      const decks = resolved.kind === 'topic' ? resolved.topics : resolved.decks;
      if (decks.length === 0) cmd.error(`error: no deck files (.yaml) in ${target}`, { exitCode: ExitCode.USAGE });
      const [{ runBuild }, { installSignalCleanup }] = await Promise.all([
        import('../build-runner.js'),
        import('../../core/export/temp-registry.js'),
      ]);
      // Ctrl+C or SIGTERM: close the browser and remove the print folders and `.tmp` files in flight.
      installSignalCleanup();
      const ok = await runBuild({ ...plan, decks });
      process.exitCode = ok ? ExitCode.OK : ExitCode.INVALID;
    });
}

/** Check every option; a wrong one is a usage error (exit 2) before anything is built. */
function usagePlan(opts: BuildCommandOptions, cmd: Command): Omit<BuildPlan, 'decks'> {
  const usage = (message: string): never => cmd.error(`error: ${message}`, { exitCode: ExitCode.USAGE });
  const oneOf = <T>(name: string, value: string, allowed: readonly T[]): T =>
    allowed.find((a) => String(a) === value) ?? usage(`${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  const formats = opts.format
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const bad = formats.filter((f) => !(OUTPUTS as readonly string[]).includes(f));
  if (bad.length || formats.length === 0) usage(`unknown format "${bad.join(', ')}"; use ${OUTPUTS.join(', ')}`);
  const timeout = Number(opts.timeout ?? '60');
  if (!Number.isFinite(timeout) || timeout <= 0) usage(`--timeout must be a number of seconds, not "${opts.timeout}"`);
  return {
    outputs: [...new Set(formats)] as Output[],
    out: opts.out,
    handoutLayout: opts.handoutLayout === undefined ? undefined : oneOf('--handout-layout', opts.handoutLayout, HANDOUT_LAYOUTS),
    printBackground: opts.printBackground ?? false,
    paper: opts.paper ? oneOf('--paper', opts.paper.toLowerCase(), PAPER_NAMES) : defaultPaper(),
    pdfOptional: opts.pdfOptional ?? false,
    strict: opts.strict ?? false,
    fit: opts.measureFit ? 'measure' : 'auto',
    timeoutMs: timeout * 1000,
    overrides: {
      theme: opts.theme,
      audience: opts.audience ? oneOf('--audience', opts.audience, AUDIENCES) : undefined,
      language: opts.language ? oneOf('--language', opts.language, LANGUAGES) : undefined,
      allowEnglishFallback: opts.allowEnglishFallback ?? false,
    },
  };
}
