import { error } from '../errors.js';
import { fail, ok, type Result } from '../result.js';

/** The pieces of a rendered deck page that handouts reuse, so thumbnails are the slides' own HTML. */
export interface DeckParts {
  /** All of the deck's CSS: reveal.js, deck.css, the theme with its inlined fonts, branding. */
  css: string;
  /** The `<html lang>`. */
  lang: string;
  /** The `<body class>` (audience and theme classes that theme CSS may use). */
  bodyClass: string;
  /** Each slide's `<section>…</section>` markup, in order. */
  sections: string[];
  /** The deck's JSON config block (`<script type="application/json" id="immunodeck-config">`), if any. */
  configBlock?: string;
}

/**
 * Take a deck page rendered by renderDeck apart. Slide text is escaped by the renderer, so a literal
 * `<section` or `<style>` can only come from the templates; sections are matched with nesting.
 */
export function extractDeckParts(html: string): Result<DeckParts> {
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
  const slidesAt = html.indexOf('<div class="slides">');
  if (css === undefined || slidesAt < 0) {
    return fail([
      error(
        'TEMPLATE',
        'the deck page has no <style> or no <div class="slides">, so handouts cannot reuse its slides',
        undefined,
        'Check templates/deck.hbs.',
      ),
    ]);
  }
  return ok({
    css,
    lang: /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? 'en',
    bodyClass: /<body[^>]*\sclass="([^"]*)"/.exec(html)?.[1] ?? '',
    sections: topLevelSections(html.slice(slidesAt, scriptsAt(html, slidesAt))),
    configBlock: /<script type="application\/json" id="immunodeck-config">[\s\S]*?<\/script>/.exec(html)?.[0],
  });
}

/** Where the scripts start (reveal.js's source must not be scanned for tags). */
function scriptsAt(html: string, from: number): number {
  const at = html.indexOf('<script', from);
  return at < 0 ? html.length : at;
}

/** Every top-level <section>…</section> in `html`. */
function topLevelSections(html: string): string[] {
  const tag = /<(\/?)section\b[^>]*>/g;
  const sections: string[] = [];
  let depth = 0;
  let start = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (!m[1]) {
      if (depth++ === 0) start = m.index;
    } else if (depth > 0 && --depth === 0) {
      sections.push(html.slice(start, m.index + m[0].length));
    }
  }
  return sections;
}

/** A slide background colour set with `data-background-color` (reveal.js paints it), if it is a plain colour. */
export function sectionBackground(section: string): string | undefined {
  const value = /^<section\b[^>]*\sdata-background-color="([^"]*)"/.exec(section)?.[1]?.trim();
  // Only colours and custom properties: the value goes into a style attribute.
  return value && /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]+|var\(--[a-zA-Z0-9-]+\)|(rgb|rgba|hsl|hsla)\([0-9.,%\s/]+\))$/.test(value)
    ? value
    : undefined;
}
