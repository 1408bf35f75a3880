import { formatDiagnostic, type Diagnostic } from '../core/errors.js';

/** Exit codes of the CLI. */
export const ExitCode = {
  OK: 0,
  /** The content is invalid (or an export failed). */
  INVALID: 1,
  /** The command line was wrong. */
  USAGE: 2,
} as const;

/** Print diagnostics to stderr, errors first, and a one-line count. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], stream: NodeJS.WritableStream = process.stderr): void {
  const sorted = [...diagnostics].sort(byPlace);
  for (const d of sorted) stream.write(formatDiagnostic(d) + '\n');
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length) stream.write(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
}

/** Errors before warnings; within each, by file, then line, then column (a sort that keeps the order of equals). */
function byPlace(a: Diagnostic, b: Diagnostic): number {
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  const [p, q] = [a.location, b.location];
  if (!p || !q) return p ? 1 : q ? -1 : 0;
  return p.file.localeCompare(q.file) || p.line - q.line || p.column - q.column;
}

/** "1 error", "3 errors". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
