/**
 * Errors as data. Every problem the pipeline finds is a {@link Diagnostic} with the file, line and
 * column it came from, so the CLI, the desktop app's problems panel and tests all report it the same way.
 */

/** A 1-based position in a source file. */
export interface SourceLocation {
  /** Path of the file, as given by the caller (usually relative to the working folder). */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column; 0 when the problem concerns the whole file. */
  column: number;
}

/** The kinds of problem, as a closed set. */
export const DiagnosticCode = {
  /** The file could not be read (missing, unreadable, too large, binary, empty). */
  FILE: 'FILE',
  /** The YAML is not well formed. */
  YAML_SYNTAX: 'YAML_SYNTAX',
  /** A value does not match the topic or deck schema. */
  SCHEMA: 'SCHEMA',
  /** A key that the schema does not know (often a typo). */
  UNKNOWN_KEY: 'UNKNOWN_KEY',
  /** A deck names a topic or slide that does not exist. */
  UNKNOWN_TOPIC: 'UNKNOWN_TOPIC',
  /** A slide cites a reference id that its topic does not define. */
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  /** An image or logo that is missing or lies outside the content folder. */
  ASSET: 'ASSET',
  /** A Handlebars template failed. */
  TEMPLATE: 'TEMPLATE',
  /** Writing an output failed. */
  EXPORT: 'EXPORT',
  /** A content-quality finding (readability, word count, review date). */
  QUALITY: 'QUALITY',
  /** A slide's text does not fit it (measured in a browser, or estimated): `build --strict` makes these errors. */
  FIT: 'FIT',
  /** A colour pair fails WCAG contrast. */
  CONTRAST: 'CONTRAST',
  /** A theme could not be found or loaded. */
  THEME: 'THEME',
  /** The PDF engine (browser) failed or could not be found. */
  PDF: 'PDF',
  /** A slide has no wording in the deck's language (topics/<id>.<lang>.yaml). */
  TRANSLATION: 'TRANSLATION',
  /** A file changed on disk since it was opened, so saving would overwrite someone else's change. */
  CONFLICT: 'CONFLICT',
} as const;

/** One of {@link DiagnosticCode}. */
export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

/** How bad a problem is: errors block a build, warnings never do. */
export type Severity = 'error' | 'warning';

/** One problem, with where it is and what to do about it. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** What was expected and what was found, in plain words. */
  message: string;
  location?: SourceLocation;
  /** What to do to fix it. */
  hint?: string;
}

/** An error that carries one or more diagnostics; the only error type the core throws on purpose. */
export class DeckError extends Error {
  override readonly name = 'DeckError';
  /** The problems that caused this error. */
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: Diagnostic[] | Diagnostic) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(formatDiagnostic).join('\n'));
    this.diagnostics = list;
  }
}

/** True when `e` is a {@link DeckError}. */
export function isDeckError(e: unknown): e is DeckError {
  return e instanceof DeckError;
}

/** Build an error-severity diagnostic. */
export function error(code: DiagnosticCode, message: string, location?: SourceLocation, hint?: string): Diagnostic {
  return clean({ code, severity: 'error', message, location, hint });
}

/** Build a warning-severity diagnostic. */
export function warning(code: DiagnosticCode, message: string, location?: SourceLocation, hint?: string): Diagnostic {
  return clean({ code, severity: 'warning', message, location, hint });
}

function clean(d: Diagnostic): Diagnostic {
  if (d.location === undefined) delete d.location;
  if (d.hint === undefined) delete d.hint;
  return d;
}

/** A location covering a whole file. */
export function fileLocation(file: string): SourceLocation {
  return { file, line: 0, column: 0 };
}

/**
 * Format as `file:line:col severity message (hint)` so terminals and editors link it.
 * @example `content/topics/car-t.yaml:14:7 error slide 3 (bullets): "items" must be a list of text, found a number`
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location
    ? d.location.line > 0
      ? `${d.location.file}:${d.location.line}:${d.location.column} `
      : `${d.location.file} `
    : '';
  const hint = d.hint ? `\n    → ${d.hint}` : '';
  return `${where}${d.severity}: ${d.message}${hint}`;
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
