import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { buildDeck, exportHtml } from '../../core/build.js';
import type { Diagnostic } from '../../core/errors.js';
import { loadLibrary, findContentRoot, yamlFiles } from '../../core/load/load-library.js';
import { displayPath } from '../../core/load/safe-path.js';
import { ExitCode, printDiagnostics } from '../output.js';

/** Output formats of `immunodeck build`. */
export const FORMATS = ['html'] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];

/** Options of `immunodeck build`. */
export interface BuildCommandOptions {
  format: string;
  out: string;
  theme?: string;
  audience?: 'patient' | 'professional';
}

/** `immunodeck build <deck.yaml | folder-of-decks>`. */
export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description('build a deck file (or every deck in a folder) into self-contained HTML')
    .argument('<deck>', 'a deck file, or a folder of deck files (e.g. content/decks)')
    .option('-f, --format <list>', `comma-separated output formats: ${FORMATS.join(', ')}`, 'html')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('--theme <name>', 'use this theme instead of the deck file\'s')
    .option('--audience <audience>', 'build for patient or professional instead of the deck file\'s audience')
    .action(async (target: string, opts: BuildCommandOptions, cmd: Command) => {
      const formats = parseFormats(opts.format, cmd);
      if (opts.audience && !['patient', 'professional'].includes(opts.audience)) cmd.error(`error: --audience must be patient or professional, not "${opts.audience}"`, { exitCode: ExitCode.USAGE });
      if (!existsSync(target)) {
        process.stderr.write(`${target}: error: file or folder not found\n`);
        process.exitCode = ExitCode.INVALID;
        return;
      }
      const decks = statSync(target).isDirectory() ? await yamlFiles(target) : [target];
      if (decks.length === 0) cmd.error(`error: no deck files (.yaml) in ${target}`, { exitCode: ExitCode.USAGE });
      const library = await loadLibrary(findContentRoot(decks[0]!));
      let failed = false;
      for (const deckFile of decks) {
        const ok = await buildOne(deckFile, formats, opts, library);
        failed ||= !ok;
      }
      process.exitCode = failed ? ExitCode.INVALID : ExitCode.OK;
    });
}

function parseFormats(list: string, cmd: Command): Format[] {
  const formats = list.split(',').map((f) => f.trim()).filter(Boolean);
  const bad = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length || formats.length === 0) cmd.error(`error: unknown format "${bad.join(', ')}"; use ${FORMATS.join(', ')}`, { exitCode: ExitCode.USAGE });
  return formats as Format[];
}

async function buildOne(deckFile: string, formats: Format[], opts: BuildCommandOptions, library: Awaited<ReturnType<typeof loadLibrary>>): Promise<boolean> {
  const sameRoot = path.resolve(findContentRoot(deckFile)) === library.root;
  const built = await buildDeck(deckFile, { theme: opts.theme, audience: opts.audience, library: sameRoot ? library : undefined });
  const problems: Diagnostic[] = built.ok ? built.warnings : built.diagnostics;
  printDiagnostics(problems);
  if (!built.ok) {
    process.stderr.write(`✗ ${displayPath(deckFile)}: not built\n`);
    return false;
  }
  for (const format of formats) {
    if (format === 'html') {
      const written = await exportHtml(built.value, opts.out);
      if (!written.ok) {
        printDiagnostics(written.diagnostics);
        return false;
      }
      process.stdout.write(`✓ ${displayPath(written.value)}  (${built.value.model.slides.length} slides, ${Math.round(built.value.html.length / 1024)} kB)\n`);
    }
  }
  return true;
}
