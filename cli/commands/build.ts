import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { PAPER_SIZES, type Paper } from '../../core/export/print-options.js';
import { yamlFiles } from '../../core/load/load-library.js';
import { FORMATS, runBuild, type BuildPlan, type Format } from '../build-runner.js';
import { ExitCode } from '../output.js';

export { FORMATS, type Format } from '../build-runner.js';

/** Slides per page of `--handout-layout`. */
export const HANDOUT_LAYOUT_CHOICES = ['1', '2', '3', '4', '6'] as const;

/** Options of `immunodeck build`, as commander parses them. */
export interface BuildCommandOptions {
  format: string;
  out: string;
  handoutLayout: string;
  paper: string;
  pdfOptional?: boolean;
  theme?: string;
  audience?: 'patient' | 'professional';
}

/** `immunodeck build <deck.yaml | folder-of-decks>`. */
export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description('build a deck file (or every deck in a folder) into self-contained HTML, PDF slides, handouts and notes pages')
    .argument('<deck>', 'a deck file, or a folder of deck files (e.g. content/decks)')
    .option('-f, --format <list>', `comma-separated output formats: ${FORMATS.join(', ')}`, 'html')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('--handout-layout <n>', `slides per handout page: ${HANDOUT_LAYOUT_CHOICES.join(', ')} (3 adds lines for notes)`, '3')
    .option('--paper <size>', 'paper for handouts and notes pages: letter or a4', 'letter')
    .option('--pdf-optional', 'if no browser is found, build the other formats and warn once instead of failing')
    .option('--theme <name>', "use this theme instead of the deck file's")
    .option('--audience <audience>', "build for patient or professional instead of the deck file's audience")
    .action(async (target: string, opts: BuildCommandOptions, cmd: Command) => {
      const plan = usagePlan(opts, cmd);
      if (!existsSync(target)) {
        process.stderr.write(`${target}: error: file or folder not found\n`);
        process.exitCode = ExitCode.INVALID;
        return;
      }
      const decks = statSync(target).isDirectory() ? await yamlFiles(target) : [target];
      if (decks.length === 0) cmd.error(`error: no deck files (.yaml) in ${target}`, { exitCode: ExitCode.USAGE });
      const ok = await runBuild({ ...plan, decks });
      process.exitCode = ok ? ExitCode.OK : ExitCode.INVALID;
    });
}

/** Check every option; a wrong one is a usage error (exit 2) before anything is built. */
function usagePlan(opts: BuildCommandOptions, cmd: Command): Omit<BuildPlan, 'decks'> {
  const usage = (message: string): never => cmd.error(`error: ${message}`, { exitCode: ExitCode.USAGE });
  const formats = opts.format
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const bad = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length || formats.length === 0) usage(`unknown format "${bad.join(', ')}"; use ${FORMATS.join(', ')}`);
  if (!(HANDOUT_LAYOUT_CHOICES as readonly string[]).includes(opts.handoutLayout))
    usage(`--handout-layout must be one of ${HANDOUT_LAYOUT_CHOICES.join(', ')}, not "${opts.handoutLayout}"`);
  const paper = opts.paper.toLowerCase();
  if (!(paper in PAPER_SIZES)) usage(`--paper must be letter or a4, not "${opts.paper}"`);
  if (opts.audience && !['patient', 'professional'].includes(opts.audience))
    usage(`--audience must be patient or professional, not "${opts.audience}"`);
  return {
    formats: [...new Set(formats)] as Format[],
    out: opts.out,
    handoutLayout: Number(opts.handoutLayout) as BuildPlan['handoutLayout'],
    paper: paper as Paper,
    pdfOptional: opts.pdfOptional ?? false,
    theme: opts.theme,
    audience: opts.audience,
  };
}
