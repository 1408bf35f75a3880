import { describe, expect, it } from 'vitest';
import { buildDeck } from '../helpers/build.js';
import { renderBlock, renderInline } from '../../core/render/markdown.js';

const deckFile = 'tests/fixtures/library/decks/intro.yaml';

async function built(options: Parameters<typeof buildDeck>[1] = {}) {
  const r = await buildDeck(deckFile, options);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

describe('buildDeck', () => {
  it('composes title, topic slides for the audience, picked slides and references', async () => {
    const { model } = await built();
    expect(model.slides.map((s) => s.key)).toEqual([
      'intro#title',
      'checkpoint-basics#brakes',
      'checkpoint-basics#diagram',
      // slide 3 is professional-only and left out of this patient deck
      'checkpoint-basics#4',
      'checkpoint-basics#5',
      'checkpoint-basics#6',
      'checkpoint-basics#brakes',
      'checkpoint-basics#5',
      'deck#references-1',
    ]);
    expect(model.slides[1]!.title).toBe('Your immune system has brakes');
    // Only the source the chosen slides cite is listed (sharma-2017 is not cited).
    expect(model.references.map((r) => r.text)).toEqual(['National Cancer Institute. Immune checkpoint inhibitors. 2022.']);
    expect(model.slides[1]!.citations).toEqual([1]);
  });

  it('uses professional wording and slides when built for professionals', async () => {
    const { model, html } = await built({ audience: 'professional' });
    expect(model.slides[1]!.title).toBe('Immune checkpoints limit T-cell activation');
    expect(model.slides.some((s) => s.layout === 'two-column')).toBe(true);
    expect(html).toContain('CTLA-4 competes with CD28 for B7 ligands during priming.');
  });

  it('renders speaker notes as reveal.js notes and numbers references', async () => {
    const { html } = await built();
    expect(html).toContain('<aside class="notes"><p>Ask the listener to say in their own words what a T cell does.</p>');
    expect(html).toMatch(/<ol class="references">\s*<li value="1">National Cancer Institute/);
    expect(html).toContain('<span class="cite">[1]</span>');
  });

  it('inlines scripts, styles, fonts and images so the file needs no network', async () => {
    const { html } = await built();
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="(https?:)?\/\//);
    // SVG diagrams are drawn inline (core/render/diagram.ts), named by the slide's alt text.
    expect(html).toMatch(/<svg [^>]*role="img" class="diagram" aria-label="\w/);
    expect(html).toMatch(/font-family:'Atkinson Hyperlegible'.*src:url\(data:font\/woff2;base64,/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; script-src &#x27;sha256-/);
  });

  it('escapes hostile Markdown and attributes from a shared topic and deck file', async () => {
    const r = await buildDeck('tests/fixtures/hostile-library/decks/hostile.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const body = r.value.html.slice(r.value.html.indexOf('<div class="reveal">'), r.value.html.indexOf('<script type="application/json"'));
    // Payloads may appear as visible text, never as tags or attributes.
    expect(body).not.toMatch(/<(script|iframe|style|object|embed)\b/i);
    expect(body).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(body).not.toMatch(/href="\s*javascript:/i);
    expect(body).toContain('&lt;script&gt;window.__pwned = ‘script’&lt;/script&gt;');
    expect(body).toContain('<strong>Safe bold</strong>');
    expect(body).toContain('href="https://www.cancer.gov"');
  });
});

describe('Markdown sanitizing', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['[x](javascript:alert(1))', '[x](javascript:alert(1))'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['[d](data:text/html,hi)', '[d](data:text/html,hi)'],
    ['**bold** and *it*', '<strong>bold</strong> and <em>it</em>'],
  ])('renders %s safely', (input, expected) => {
    expect(renderInline(input)).toBe(expected);
  });

  it('keeps lists in notes and drops handlers', () => {
    const html = renderBlock('- a\n- <b onclick="x()">b</b>');
    expect(html).toMatch(/^<ul>\n<li>a<\/li>\n<li>&lt;b onclick=.x\(\).&gt;b&lt;\/b&gt;<\/li>\n<\/ul>\n$/);
  });
});

describe('references option', () => {
  it('leaves citation marks off when the deck has no references slide', async () => {
    const { mkdtempSync, cpSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const root = mkdtempSync(path.join(tmpdir(), 'immunodeck-refs-'));
    cpSync('tests/fixtures/library', root, { recursive: true });
    const deck = path.join(root, 'decks', 'no-refs.yaml');
    writeFileSync(deck, 'title: No refs\naudience: patient\ntopics: [checkpoint-basics]\noptions: { references: false }\n');
    const r = await buildDeck(deck);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.value.model.slides.every((s) => s.citations.length === 0 && s.layout !== 'references')).toBe(true);
    expect(r.value.html).not.toContain('class="citations"');
  });
});
