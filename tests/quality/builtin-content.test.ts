import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../core/errors.js';
import { loadLibrary } from '../../core/validate/load-library.js';
import { BUILTIN_CONTENT_DIR } from '../../core/paths.js';
import { checkLibrary } from '../../core/job/check-path.js';

/**
 * The quality gate over the built-in library (content/topics and content/decks), in strict mode:
 * any broken rule is an error and fails this test, listing every finding with file:line:col.
 * Review dates only warn, so the date this runs on never fails it.
 */
describe('built-in library', () => {
  it('passes the quality gate in strict mode', async () => {
    const library = await loadLibrary(BUILTIN_CONTENT_DIR);
    const report = checkLibrary(library, { mode: 'strict' });
    const errors = report.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(errors).toEqual([]);
    // Every topic file was loaded and checked (a file that fails to load is an error above too).
    const files = readdirSync(path.join(BUILTIN_CONTENT_DIR, 'topics')).filter((f) => /\.ya?ml$/.test(f));
    expect(report.topics.map((t) => t.id).sort()).toEqual(files.map((f) => f.replace(/\.ya?ml$/, '')).sort());
    expect(report.passed).toBe(true);
  });
});
