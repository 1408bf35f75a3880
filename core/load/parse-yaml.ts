import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { error, fileLocation, warning, type Diagnostic, type SourceLocation } from '../errors.js';
import { LIMITS } from '../options.js';
import { fail, ok, type Result } from '../result.js';
import { yamlLimitBreach } from './yaml-limits.js';

/** A path into a parsed YAML value: map keys and list indexes. */
export type ValuePath = readonly PropertyKey[];

/** Parsed YAML with a way back from value paths to source positions. */
export interface ParsedYaml {
  /** The plain JavaScript value of the document. */
  value: unknown;
  /** The file label used in diagnostics. */
  file: string;
  /**
   * Where the value at `path` starts in the source; with `key`, where that key of the map at `path` is.
   * Falls back to the nearest ancestor that exists.
   */
  locate(path: ValuePath, key?: string): SourceLocation;
}

/** Aliases allowed per document: plenty for real files, far too few for a "billion laughs" bomb. */
const MAX_ALIAS_COUNT = 100;

/**
 * Parse YAML text with positions. Syntax errors, duplicate keys and alias bombs come back as
 * diagnostics with line and column, never as exceptions.
 */
export function parseYaml(text: string, file: string): Result<ParsedYaml> {
  const lineCounter = new LineCounter();
  const pos = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    // The parser recurses on nesting; a stack overflow is reported as what it means.
    if (e instanceof RangeError) return fail([tooDeep(fileLocation(file))]);
    throw e;
  }
  const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
  if (overflow) return fail([tooDeep(pos(overflow.pos[0]))]);
  if (doc.errors.length > 0) {
    // One tab in an indent throws every later line off: the first tab is the one problem to fix.
    const tab = doc.errors.find((e) => e.code === 'TAB_AS_INDENT');
    const errors = tab ? [tab] : [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
    return fail(errors.map((e) => syntaxError(e, text, pos)));
  }
  const breach = yamlLimitBreach(doc);
  if (breach) return fail([breach.kind === 'depth' ? tooDeep(pos(breach.offset)) : tooBig(pos(breach.offset), breach.bytes ?? 0)]);
  const warnings: Diagnostic[] = doc.warnings.map((w) => warning('YAML_SYNTAX', yamlMessage(w.message), pos(w.pos[0])));
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    return fail([
      error(
        'YAML_SYNTAX',
        `too many aliases (${(e as Error).message.replace(/\.$/, '')})`,
        pos(0),
        'Anchors and aliases (&name, *name) may be used only a few times; write the values out instead.',
      ),
    ]);
  }
  return ok({ value, file, locate: (path, key) => locateIn(doc, path, key, pos) }, warnings);
}

function tooDeep(at: SourceLocation): Diagnostic {
  return error(
    'YAML_SYNTAX',
    `lists and maps are nested more than ${LIMITS.yamlDepth} levels deep here`,
    at,
    'Topic and deck files need only a few levels of indentation; check for runaway brackets [ { or indentation.',
  );
}

function tooBig(at: SourceLocation, bytes: number): Diagnostic {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  return error(
    'YAML_SYNTAX',
    `the aliases (*name) in this file expand it to about ${mb(bytes)}; the limit is ${mb(LIMITS.expandedYamlBytes)}`,
    at,
    'Write the repeated values out, or use anchors and aliases (&name, *name) only a few times.',
  );
}

function syntaxError(e: YAMLError, text: string, pos: (offset: number) => SourceLocation): Diagnostic {
  const quote = /Missing closing (["'])quote/.exec(e.message)?.[1];
  if (quote) {
    // The error is reported at the end of the file; the useful place is the opening quote.
    const opener = text.lastIndexOf(quote, e.pos[0] - 1);
    return error(
      'YAML_SYNTAX',
      `this quoted text is never closed (a ${quote} is missing)`,
      pos(Math.max(0, opener)),
      `Add the closing ${quote} at the end of the text.`,
    );
  }
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY') {
    return error(
      'YAML_SYNTAX',
      'this value contains ": ", which YAML reads as a new key',
      pos(e.pos[0]),
      'Put the whole value in quotes, e.g. title: "Immunotherapy: an introduction".',
    );
  }
  if (e.code === 'TAB_AS_INDENT') {
    const at = pos(e.pos[0]);
    return error(
      'YAML_SYNTAX',
      `line ${at.line} is indented with a tab`,
      at,
      'Indent with spaces; YAML does not allow tabs for indentation. Most editors can convert tabs to spaces; the later lines may have tabs too.',
    );
  }
  return error('YAML_SYNTAX', yamlMessage(e.message), pos(e.pos[0]), yamlHint(e.code));
}

function yamlMessage(message: string): string {
  // The yaml library appends " at line X, column Y" and a code frame; we print our own position.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Each key may appear only once in the same block; remove or rename one of them.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'Check the indentation (spaces, not tabs) and that text containing ": " is in quotes.';
    case 'TAB_AS_INDENT':
      return 'Indent with spaces; YAML does not allow tabs for indentation.';
    default:
      return 'Check the YAML syntax near this place; text with special characters (: # { [) is safest in quotes.';
  }
}

function locateIn(doc: Document, path: ValuePath, key: string | undefined, pos: (o: number) => SourceLocation): SourceLocation {
  let node: unknown = doc.contents;
  let found = node as Node | null;
  for (const step of path) {
    const next = childOf(node, step);
    if (next === undefined) break;
    node = next.value;
    found = (next.value ?? next.key ?? found) as Node | null;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair && isScalar(pair.key) && pair.key.range) return pos(pair.key.range[0]);
  }
  const range = (found as { range?: [number, number, number] } | null)?.range;
  return pos(range ? range[0] : 0);
}

function childOf(node: unknown, step: PropertyKey): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
    return pair ? { key: pair.key, value: pair.value } : undefined;
  }
  if (isSeq(node) && typeof step === 'number') {
    const item = node.items[step];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}
