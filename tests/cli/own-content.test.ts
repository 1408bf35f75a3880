/**
 * An educator's own content folder (issue 16): built-in topics used without copying, and every
 * mistake that used to pass silently reported with its exit code, message and file:line:col.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImmunodeck, type CliRun } from '../helpers/cli.js';

/** Topic file: the slides (YAML, indented 2) start on line 10. */
function topic(slides: string, title = 'My topic'): string {
  return [
    `title: ${title}`,
    'category: basics',
    'summary: A test topic.',
    'lastReviewed: 2026-11-01',
    'references:',
    '  - id: r1',
    '    text: Some source.',
    '    url: https://www.cancer.gov',
    'slides:',
    slides,
  ].join('\n');
}

const BULLETS = '  - id: one\n    layout: bullets\n    title: Hello\n    items: [First point, Second point]\n    cite: [r1]\n';

/** A fresh content folder with topics/, decks/ and the given files. */
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'immunodeck-own-'));
  for (const dir of ['topics', 'decks', 'images']) mkdirSync(path.join(root, dir));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

function deck(topics: string[], extra = ''): string {
  return ['title: My deck', 'audience: patient', extra, 'topics:', ...topics.map((t) => `  - ${t}`)].filter(Boolean).join('\n') + '\n';
}

const run = (root: string, args: string[]): CliRun => runImmunodeck(args, { cwd: root });
const lines = (r: CliRun) => r.stderr.split('\n').filter((l) => / (error|warning): /.test(l));

describe('own content with the built-in library', () => {
  it('builds a deck mixing own topics, built-in topics and single built-in slides, without copying a file', () => {
    const root = folder({
      'topics/my-topic.yaml': topic(BULLETS),
      'decks/mine.yaml': deck([
        'my-topic',
        'immune-system-basics',
        '{ topic: when-to-call-your-care-team, slides: [any-new] }',
        'educational-disclaimer',
      ]),
    });
    const r = run(root, ['build', 'decks/mine.yaml', '--out', 'out', '--format', 'html']);
    expect(lines(r).filter((l) => l.includes(' error: '))).toEqual([]);
    expect(r.code).toBe(0);
    const html = readFileSync(path.join(root, 'out', 'mine.html'), 'utf8');
    expect(html).toContain('First point');
    expect(html).toContain('data-key="educational-disclaimer#disclaimer"');
    expect(html).toContain('data-key="when-to-call-your-care-team#any-new"');
  });

  it('notes a local copy that replaces a built-in topic at the deck line; builtin:<id> picks the built-in one', () => {
    const root = folder({
      'topics/educational-disclaimer.yaml': topic(BULLETS, 'Our disclaimer'),
      'decks/mine.yaml': deck(['educational-disclaimer', 'builtin:educational-disclaimer']),
    });
    const r = run(root, ['build', 'decks/mine.yaml', '--out', 'out']);
    expect(r.code).toBe(0);
    expect(lines(r)).toContainEqual(
      'decks/mine.yaml:4:5 warning: topic "educational-disclaimer" is your own copy (topics/educational-disclaimer.yaml); it replaces the built-in topic of the same name',
    );
    const html = readFileSync(path.join(root, 'out', 'mine.html'), 'utf8');
    expect(html).toContain('data-key="educational-disclaimer#one"');
    expect(html).toContain('data-key="builtin:educational-disclaimer#disclaimer"');
  });

  it('lists own and built-in topics, marked, and names --content in the hint for an unknown topic', () => {
    const root = folder({ 'topics/educational-disclaimer.yaml': topic(BULLETS), 'decks/mine.yaml': deck(['no-such-topic']) });
    const list = run(root, ['list', '--content', '.']);
    expect(list.stdout).toMatch(/^topic +educational-disclaimer +own, replaces built-in /m);
    expect(list.stdout).toMatch(/^topic +builtin:educational-disclaimer +built-in /m);
    expect(list.stdout).toMatch(/^topic +car-t-cell-therapy +built-in /m);
    const r = run(root, ['validate', 'decks/mine.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('decks/mine.yaml:4:5 error: topic "no-such-topic" was not found in');
    expect(r.stderr).toContain('Run `immunodeck list --content .` to see the topic ids.');
  });
});

describe('mistakes that passed silently', () => {
  it('warns about a topic listed twice, at the second entry', () => {
    const root = folder({ 'topics/my-topic.yaml': topic(BULLETS), 'decks/mine.yaml': deck(['my-topic', 'my-topic']) });
    const r = run(root, ['validate', 'decks/mine.yaml']);
    expect(r.code).toBe(0);
    expect(lines(r)).toEqual([
      'decks/mine.yaml:5:5 warning: topic "my-topic" is listed twice in this deck (first on line 4), so patients would see it twice',
    ]);
  });

  it('errors on a table row with more cells than headings, at the row', () => {
    const table =
      '  - layout: table\n    title: Medicines\n    columns: [Target, Medicine]\n    rows:\n      - [PD-1, pembrolizumab, nivolumab]\n';
    const root = folder({ 'topics/my-topic.yaml': topic(table) });
    const r = run(root, ['validate', 'topics/my-topic.yaml']);
    expect(r.code).toBe(1);
    expect(lines(r)).toEqual(['topics/my-topic.yaml:14:9 error: slide 1 (table): row 1 has 3 cells but the table has 2 columns']);
    expect(r.stderr).toContain('put a cell that contains a comma in quotes');
  });

  it('warns where base text survives a professional: block, in professional decks only', () => {
    const slide =
      '  - layout: bullets\n    title: Brakes\n    text: Your body has brakes.\n    items: [Plain words]\n    professional:\n      items: [PD-1 binds PD-L1]\n';
    const files = { 'topics/my-topic.yaml': topic(slide), 'decks/pro.yaml': deck(['my-topic']).replace('patient', 'professional') };
    const root = folder({ ...files, 'decks/patients.yaml': deck(['my-topic']) });
    expect(lines(run(root, ['validate', 'decks/patients.yaml']))).toEqual([]);
    const r = run(root, ['validate', 'decks/pro.yaml']);
    expect(lines(r)).toEqual([
      'topics/my-topic.yaml:12:5 warning: slide 1 (bullets): the professional: wording replaces items but not "text", so professional decks also show this text',
    ]);
  });

  it('leaves out the generated section slide when the topic starts with its own, and says so', () => {
    const slides = '  - layout: section\n    title: Part one\n' + BULLETS;
    const root = folder({ 'topics/my-topic.yaml': topic(slides), 'decks/mine.yaml': deck(['my-topic'], 'options: { sections: true }') });
    const r = run(root, ['build', 'decks/mine.yaml', '--out', 'out']);
    expect(r.code).toBe(0);
    expect(lines(r)).toEqual([
      'decks/mine.yaml:5:5 warning: topic "my-topic" starts with its own section slide (topics/my-topic.yaml:10), so the deck\'s "sections" slide for it is left out',
    ]);
    expect(readFileSync(path.join(root, 'out', 'mine.html'), 'utf8').match(/<section class="slide layout-section"/g)).toHaveLength(1);
  });

  it("warns when a topic's references slide repeats the deck's", () => {
    const root = folder({ 'topics/my-topic.yaml': topic(BULLETS + '  - layout: references\n'), 'decks/mine.yaml': deck(['my-topic']) });
    const r = run(root, ['validate', 'decks/mine.yaml']);
    expect(lines(r)).toEqual([
      'decks/mine.yaml:4:5 warning: topic "my-topic" brings its own references slide (topics/my-topic.yaml:15), which repeats the deck\'s references slides at the end',
    ]);
  });
});

describe('validate covers what build needs', () => {
  it('reports an unknown theme at the deck line, with did-you-mean', () => {
    const root = folder({ 'topics/my-topic.yaml': topic(BULLETS), 'decks/mine.yaml': deck(['my-topic'], 'theme: clinicl') });
    const r = run(root, ['validate', 'decks/mine.yaml']);
    expect(r.code).toBe(1);
    expect(lines(r)).toEqual(['decks/mine.yaml:3:8 error: theme "clinicl" not found']);
    expect(r.stderr).toContain('Did you mean "clinical"?');
  });

  it('reads a theme.json with a byte-order mark, and reports a bad colour at its line', () => {
    const manifest = JSON.parse(readFileSync('templates/themes/clinical/theme.json', 'utf8')) as { palette: Record<string, string> };
    const css = readFileSync('templates/themes/clinical/theme.css', 'utf8');
    const good: Record<string, unknown> = { ...manifest, name: 'ours' };
    const root = folder({
      'topics/my-topic.yaml': topic(BULLETS),
      'decks/mine.yaml': deck(['my-topic'], 'theme: ours'),
      'themes/ours/theme.json': '\uFEFF' + JSON.stringify(good, null, 2),
      'themes/ours/theme.css': css,
    });
    const ok = run(root, ['validate', 'decks/mine.yaml']);
    expect(lines(ok)).toEqual([]);
    expect(ok.code).toBe(0);
    const bad = { ...good, palette: { ...(good['palette'] as object), text: 'grey' } };
    writeFileSync(path.join(root, 'themes/ours/theme.json'), JSON.stringify(bad, null, 2));
    const r = run(root, ['validate', 'decks/mine.yaml']);
    expect(r.code).toBe(1);
    expect(lines(r)[0]).toMatch(
      /^themes\/ours\/theme\.json:\d+:\d+ error: theme\.json: "palette\.text" must be a colour written as #RRGGBB/,
    );
  });
});

describe('YAML traps', () => {
  it('reports one tab-indented line, not a cascade', () => {
    const root = folder({ 'topics/my-topic.yaml': topic('  - layout: bullets\n\ttitle: X\n\titems: [a]\n') });
    const r = run(root, ['validate', 'topics/my-topic.yaml']);
    expect(r.code).toBe(1);
    expect(lines(r)).toEqual(['topics/my-topic.yaml:11:1 error: line 11 is indented with a tab']);
  });

  it('says to quote a list item that contains ": "', () => {
    const root = folder({ 'topics/my-topic.yaml': topic('  - layout: bullets\n    title: X\n    items:\n      - Ask: what is this\n') });
    const r = run(root, ['validate', 'topics/my-topic.yaml']);
    expect(r.code).toBe(1);
    expect(lines(r)).toEqual(['topics/my-topic.yaml:13:9 error: slide 1 (bullets): entry 1 of "items" must be text, found a mapping']);
    expect(r.stderr).toContain('Put the whole text in quotes: "Ask: what is this".');
  });

  it('says to use / in an image path written with backslashes', () => {
    const image = '  - layout: image\n    title: X\n    image: ..\\images\\a.png\n    alt: A drawing.\n';
    const r = run(folder({ 'topics/my-topic.yaml': topic(image) }), ['validate', 'topics/my-topic.yaml']);
    expect(r.code).toBe(1);
    expect(lines(r)).toEqual([
      'topics/my-topic.yaml:12:12 error: slide 1 (image): the image path "..\\images\\a.png" uses \\ (a Windows path)',
    ]);
    expect(r.stderr).toContain('Write paths with / on every system: "../images/a.png".');
  });

  it('reports characters the theme font cannot draw, at the slide', () => {
    const slide = '  - layout: bullets\n    title: Call us ☎\n    items: [We are here 🙂]\n';
    const root = folder({ 'topics/my-topic.yaml': topic(slide), 'decks/mine.yaml': deck(['my-topic']) });
    const r = run(root, ['validate', 'decks/mine.yaml']);
    expect(lines(r)).toEqual([
      'topics/my-topic.yaml:10:5 warning: slide "my-topic#1": Atkinson Hyperlegible cannot draw "☎" (U+260E), "🙂" (U+1F642); they may print as empty boxes',
    ]);
  });
});

describe('fit report (real browser)', () => {
  const items = Array.from(
    { length: 24 },
    (_, i) => `      - Bullet ${i + 1} has far too many words to fit on one slide with the others here`,
  ).join('\n');
  const slides = `  - id: full\n    layout: bullets\n    title: Too much\n    items:\n${items}\n  - id: word\n    layout: bullets\n    title: Supercalifragilisticexpialidociousnessimmunotherapy\n    items: [Fine]\n`;

  it('--measure-fit: warns about a cut-off slide and a heading word broken mid-word, measured in the browser', () => {
    const root = folder({ 'topics/my-topic.yaml': topic(slides), 'decks/mine.yaml': deck(['my-topic']) });
    const r = run(root, ['build', 'decks/mine.yaml', '--out', 'out', '--measure-fit']);
    expect(r.code).toBe(0);
    expect(lines(r)).toEqual([
      expect.stringMatching(/^topics\/my-topic\.yaml:10:5 warning: slide "my-topic#full": text is cut off: it does not fit even at 24px$/),
      'topics/my-topic.yaml:38:5 warning: slide "my-topic#word": the heading word "Supercalifragilisticexpialidociousnessimmunotherapy" is wider than the slide, so it breaks in the middle',
    ]);
  });

  it('HTML alone (no browser started): the same two slides, estimated, said once to be estimates', () => {
    const root = folder({ 'topics/my-topic.yaml': topic(slides), 'decks/mine.yaml': deck(['my-topic']) });
    const r = run(root, ['build', 'decks/mine.yaml', '--out', 'out']);
    expect(r.code).toBe(0);
    expect(lines(r)).toEqual([
      expect.stringMatching(/^topics\/my-topic\.yaml:10:5 warning: slide "my-topic#full": \d+ words on the slide; about \d+ fit/),
      expect.stringMatching(
        /^topics\/my-topic\.yaml:38:5 warning: slide "my-topic#word": the heading word "Supercalifragilisticexpialidociousnessimmunotherapy" \(51 letters\) is probably too long/,
      ),
    ]);
    const note = /^warning: text that does not fit is estimated from word counts: an HTML-only build does not start a browser/gm;
    expect(r.stderr.match(note)).toHaveLength(1);
    expect(r.stderr).toContain('Add --measure-fit');
  });

  it('--strict with a slides PDF: measured in the page printed, exit 1, and nothing written', () => {
    const root = folder({ 'topics/my-topic.yaml': topic(slides), 'decks/mine.yaml': deck(['my-topic']) });
    const strict = run(root, ['build', 'decks/mine.yaml', '--out', 'strict', '--format', 'html,pdf', '--strict']);
    expect(strict.code).toBe(1);
    expect(lines(strict)).toEqual([
      expect.stringMatching(/^topics\/my-topic\.yaml:10:5 error: slide "my-topic#full": text is cut off: it does not fit even at 24px$/),
      expect.stringMatching(/^topics\/my-topic\.yaml:38:5 error: slide "my-topic#word": the heading word .* breaks in the middle$/),
    ]);
    expect(strict.stderr).toMatch(/✗ decks\/mine\.yaml: not built \(--strict/);
    expect(existsSync(path.join(root, 'strict', 'mine.html'))).toBe(false);
    expect(existsSync(path.join(root, 'strict', 'mine.pdf'))).toBe(false);
  });
});
