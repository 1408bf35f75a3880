/**
 * One deck job: the CLI and the app build the same deck into the same bytes. The app opens the
 * deck file as a draft (data, no YAML round trip) and exports it through the service; the CLI
 * builds the file. Both must write identical HTML.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../cli/build-runner.js';
import { lineReporter } from '../../cli/progress.js';
import { PassThrough } from 'node:stream';
import { BUILTIN_CONTENT_DIR } from '../../core/paths.js';
import { createDeckService } from '../../service/deck-service.js';

describe('the CLI and the app', () => {
  for (const deck of ['intro-patients', 'mechanisms-for-nurses']) {
    it(`write the same HTML, byte for byte, for ${deck}`, async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'immunodeck-same-'));
      try {
        const cliOut = path.join(dir, 'cli');
        const quiet = new PassThrough().resume();
        const built = await runBuild({
          decks: [path.join(BUILTIN_CONTENT_DIR, 'decks', `${deck}.yaml`)],
          outputs: ['html'],
          out: cliOut,
          handoutLayout: 3,
          paper: 'letter',
          pdfOptional: true,
          reporter: lineReporter(false, quiet, quiet),
        });
        expect(built).toBe(true);
        const service = await createDeckService({ configDir: path.join(dir, 'cfg'), exportDir: path.join(dir, 'app'), watch: false });
        try {
          const opened = await service.api['deck:open']({ path: `decks/${deck}.yaml` });
          if (!opened.ok) throw new Error(JSON.stringify(opened.diagnostics));
          const exported = await service.api['deck:export']({ draft: opened.value.draft, formats: ['html'] });
          if (!exported.ok) throw new Error(JSON.stringify(exported.diagnostics));
          const [fromCli, fromApp] = await Promise.all([readFile(path.join(cliOut, `${deck}.html`)), readFile(exported.value.files[0]!)]);
          expect(fromApp.length).toBeGreaterThan(100_000);
          expect(fromApp.equals(fromCli)).toBe(true);
        } finally {
          await service.close();
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }
});
