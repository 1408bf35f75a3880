/** core/render/diagram.ts: what reaches the page from a diagram file, and in which language. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineDiagram, localizeLabels } from '../../core/render/diagram.js';

const hostile = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" width="100" height="50" onload="alert(1)">
  <title id="t">Title</title><desc>Desc</desc>
  <style>text{fill:red}</style>
  <script>alert(2)</script>
  <defs><marker id="arrow"><path d="M0 0 L5 5"/></marker></defs>
  <foreignObject><div>html</div></foreignObject>
  <image href="https://example.com/x.png"/>
  <a href="javascript:alert(3)"><text x="1" y="2">link</text></a>
  <use href="https://example.com/s.svg#x"/><use href="#arrow"/>
  <path d="M0 0" marker-end="url(#arrow)" fill="url(https://example.com/#p)" style="fill:url(javascript:x)" class="f-primary"/>
  <text x="5" y="9" data-label-es="Célula T">T cell</text>
  <text x="5" y="9" translate="no">PD-1</text>
  <text x="5" y="9">Untranslated words</text>
</svg>`;

describe('inlineDiagram', () => {
  const { html } = inlineDiagram(hostile, { lang: 'en', idPrefix: 'dg3-', label: 'A brake, on and released' });

  it('keeps only drawing markup: no script, style, event handler, foreign content or outside link', () => {
    for (const bad of ['<script', 'alert(', '<style', 'onload', 'foreignObject', '<image', 'example.com', 'javascript:', 'style=', '<a '])
      expect(html, bad).not.toContain(bad);
    expect(html).toContain('<path');
    expect(html).toContain('class="f-primary"');
  });

  it('prefixes ids and the references to them, so two diagrams on a page do not clash', () => {
    expect(html).toContain('id="dg3-arrow"');
    expect(html).toContain('marker-end="url(#dg3-arrow)"');
    expect(html).toContain('href="#dg3-arrow"');
  });

  it('is one image named by the slide alt text, sized by the page, without the file title', () => {
    expect(html).toMatch(/^<svg[^>]*class="diagram"[^>]*role="img"[^>]*aria-label="A brake, on and released"/);
    expect(html).toContain('viewBox="0 0 100 50"');
    expect(html).not.toMatch(/<svg[^>]*\swidth=/);
    expect(html).not.toContain('<title');
    expect(html).not.toContain('Desc');
  });

  it('writes labels in the deck language and lists those it has no wording for', () => {
    const es = inlineDiagram(hostile, { lang: 'es', idPrefix: 'x-', label: 'Un freno' });
    expect(es.html).toContain('>Célula T</text>');
    expect(es.html).toContain('>PD-1</text>');
    expect(es.html).not.toContain('data-label-es');
    expect(es.untranslated).toEqual(['link', 'Untranslated words']);
    expect(localizeLabels(hostile, 'en').untranslated).toEqual([]);
  });

  it('every built-in diagram has Spanish wording for every label', () => {
    for (const f of ['checkpoint-pd1.svg', 'car-t-process.svg', 'vaccine-training.svg']) {
      const svg = readFileSync(`content/images/${f}`, 'utf8');
      expect(localizeLabels(svg, 'es').untranslated, f).toEqual([]);
      // Every shape and label that has a colour carries its colour role, so it follows the theme.
      for (const m of svg.matchAll(/<(rect|circle|path|text|g)\b[^>]*\b(fill|stroke)="#[0-9a-f]{6}"[^>]*>/g))
        expect(m[0], f).toMatch(/class="[^"]*\b[fs]-(plate|panel|ink|primary|secondary|tumor|on)\b/);
    }
  });
});
