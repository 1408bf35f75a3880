// Issue 15: a content folder is hostile input. Every deck of tests/fixtures/hostile runs through
// build, validate, the serve preview and the serve export: nothing outside the folder is read
// (the secret planted outside never appears in anything made), and every failure names its file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../cli/build-runner.js';
import { lineReporter } from '../../cli/progress.js';
import { displayPath } from '../../core/confine.js';
import { formatDiagnostic, type Diagnostic } from '../../core/errors.js';
import { validatePath } from '../../core/job/validate-path.js';
import { createDeckService, type DeckService } from '../../service/deck-service.js';
import { makeHostileCorpus, type HostileCorpus } from './hostile-corpus.js';

/** Each hostile deck, the file its error must name (relative to the content folder) and what it must say. */
const CASES: [deck: string, culprit: string, message: RegExp][] = [
  ['alias-bomb', 'topics/alias-bomb.yaml', /aliases .* expand it to about \d+ MB; the limit is 8 MB/],
  ['deep-nesting', 'topics/deep-nesting.yaml', /nested more than 64 levels deep/],
  ['image-absolute', 'topics/image-absolute.yaml', /is outside the content folder/],
  ['image-dotdot', 'topics/image-dotdot.yaml', /"\.\.\/\.\.\/outside\/secret\.png" is outside the content folder/],
  ['image-symlink', 'topics/image-symlink.yaml', /"\.\.\/images\/linked-out\.png" is outside the content folder/],
  ['image-huge-bytes', 'topics/image-huge-bytes.yaml', /is 150\.0 MB; images may be at most 10 MB/],
  ['image-huge-pixels', 'topics/image-huge-pixels.yaml', /is 20000×20000 pixels; images may have at most 40 megapixels/],
  ['logo-absolute', 'decks/logo-absolute.yaml', /logo: .* is outside the content folder/],
  ['logo-dotdot', 'decks/logo-dotdot.yaml', /logo: .* is outside the content folder/],
  ['theme-css-folder', 'themes/css-folder/theme.css', /theme\.css is a folder, not a file/],
  ['theme-css-symlink', 'themes/css-symlink/theme.css', /theme\.css leads outside the theme folder/],
  ['theme-font-absolute', 'themes/font-absolute/theme.json', /font file ".*secret\.woff2" is outside the theme folder/],
  [
    'theme-font-dotdot',
    'themes/font-dotdot/theme.json',
    /font file "\.\.\/\.\.\/\.\.\/outside\/secret\.woff2" is outside the theme folder/,
  ],
  ['theme-font-symlink', 'themes/font-symlink/theme.json', /font file "fonts\/linked-out\.woff2" is outside the theme folder/],
  ['theme-font-package', 'themes/font-package/theme.json', /font file "playwright-core\/lib\/evil\.woff2" not found/],
  [
    'theme-font-package-climb',
    'themes/font-package-climb/theme.json',
    /font file "@fontsource\/.*secret\.woff2" is outside the theme folder/,
  ],
  ['theme-linked-theme', 'decks/theme-linked-theme.yaml', /theme "linked-theme" not found/],
];

let corpus: HostileCorpus;

beforeAll(async () => {
  corpus = await makeHostileCorpus();
});
afterAll(async () => {
  await corpus[Symbol.asyncDispose]();
});

function expectNoLeak(text: string): void {
  for (const form of corpus.leaks) expect(text).not.toContain(form);
}

/** The diagnostics with their file relative to the content folder, as `file: message`. */
function located(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => {
      const file = d.location?.file ?? '(no file)';
      const rel = path.isAbsolute(file) ? path.relative(corpus.content, file) : file.replace(/^.*?content\//, '');
      return `${rel}: ${d.message}`;
    });
}

describe('build <folder> over the hostile corpus', () => {
  it('builds the harmless deck, names the file of every other failure, goes on, and leaks nothing', async () => {
    const decksDir = path.join(corpus.content, 'decks');
    const decks = readdirSync(decksDir)
      .sort()
      .map((f) => path.join(decksDir, f));
    const out = path.join(corpus.base, 'out');
    const [stdout, stderr] = [new PassThrough(), new PassThrough()];
    const text: string[] = [];
    stdout.on('data', (c: Buffer) => text.push(c.toString()));
    stderr.on('data', (c: Buffer) => text.push(c.toString()));
    const ok = await runBuild({
      decks,
      outputs: ['html'],
      out,
      handoutLayout: 3,
      paper: 'a4',
      pdfOptional: true,
      reporter: lineReporter(true, stdout, stderr),
    });
    const log = text.join('');
    expect(ok).toBe(false);
    expect(readdirSync(out)).toEqual(['ok.html']);
    expect(log).toMatch(/✓ .*ok\.html/);
    for (const [deck, culprit, message] of CASES) {
      expect(log).toMatch(new RegExp(`${culprit.replace(/\./g, '\\.')}(:\\d+:\\d+)? error: .*${message.source}`));
      expect(log).toContain(`✗ ${displayPath(path.join(decksDir, `${deck}.yaml`))}: not built`);
    }
    expect(log).not.toMatch(/unexpected error|EISDIR|Maximum call stack/);
    expectNoLeak(log);
    expectNoLeak(readFileSync(path.join(out, 'ok.html'), 'utf8'));
  });
});

describe('validate over the hostile corpus', () => {
  it('reports every hostile topic with its file, line and column', async () => {
    const report = await validatePath(corpus.content);
    const found = located(report.diagnostics);
    for (const [, culprit, message] of CASES.filter(([, c]) => c.startsWith('topics/')))
      expect(found.some((l) => l.startsWith(`${culprit}: `) && message.test(l))).toBe(true);
    for (const d of report.diagnostics.filter((x) => x.location?.file.includes('topics/'))) expect(d.location!.line).toBeGreaterThan(0);
    expectNoLeak(report.diagnostics.map(formatDiagnostic).join('\n'));
  });
});

describe('serve preview and serve export over the hostile corpus', () => {
  let service: DeckService;
  beforeAll(async () => {
    service = await createDeckService({
      configDir: path.join(corpus.base, 'config'),
      contentRoot: corpus.content,
      exportDir: path.join(corpus.base, 'exports'),
      builtinRoot: path.join(corpus.base, 'no-builtin'),
      watch: false,
    });
  });
  afterAll(() => service.close());

  it('previews and exports the harmless deck without a trace of the outside files', async () => {
    const opened = await service.api['deck:open']({ path: 'decks/ok.yaml' });
    if (!opened.ok) throw new Error(JSON.stringify(opened.diagnostics));
    const preview = await service.api['deck:preview']({ draft: opened.value.draft });
    if (!preview.ok) throw new Error(JSON.stringify(preview.diagnostics));
    const page = service.previewPage(/([0-9a-f]{32})\.html$/.exec(preview.value.url)![1]!);
    expect(page?.html).toContain('Plain words');
    expectNoLeak(page!.html);
    const exported = await service.api['deck:export']({ draft: opened.value.draft, formats: ['html'] });
    if (!exported.ok) throw new Error(JSON.stringify(exported.diagnostics));
    expectNoLeak(readFileSync(exported.value.files[0]!, 'utf8'));
  });

  it.each(CASES)('%s: preview and export refuse, naming %s', async (deck, culprit, message) => {
    const opened = await service.api['deck:open']({ path: `decks/${deck}.yaml` });
    if (!opened.ok) throw new Error(JSON.stringify(opened.diagnostics));
    for (const r of [
      await service.api['deck:preview']({ draft: opened.value.draft }),
      await service.api['deck:export']({ draft: opened.value.draft, formats: ['html'] }),
    ]) {
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      const found = located(r.diagnostics);
      // A deck whose topic is broken says so at the deck's line; the topic's own error comes from validate and the library panel.
      const named = culprit.startsWith('topics/') ? `decks/${deck}.yaml` : culprit;
      expect(
        found.some((l) => l.startsWith(`${named}: `)),
        found.join('\n'),
      ).toBe(true);
      if (!culprit.startsWith('topics/'))
        expect(
          found.some((l) => message.test(l)),
          found.join('\n'),
        ).toBe(true);
      expectNoLeak(JSON.stringify(r));
    }
  });

  it("lists the hostile topics' own errors, with their files, in the library panel", async () => {
    const r = await service.api['library:list']({});
    if (!r.ok) throw new Error('list failed');
    const found = located(r.value.problems);
    for (const [, culprit, message] of CASES.filter(([, c]) => c.startsWith('topics/')))
      expect(
        found.some((l) => l.startsWith(`${culprit}: `) && message.test(l)),
        culprit,
      ).toBe(true);
    expectNoLeak(JSON.stringify(r.value));
  });
});
