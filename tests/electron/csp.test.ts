import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../core/build.js';
import { deckCsp } from '../../core/render/render-deck.js';
import { COMMON_HEADERS, deckHeaderCsp, scriptHashesFromMeta, UI_CSP } from '../../electron/security/csp.js';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

describe('UI_CSP', () => {
  it('is exactly the app UI policy, adjusted to our schemes', () => {
    expect(UI_CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "frame-src deck:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('never allows inline or evaluated script, remote hosts, or file:', () => {
    const d = directives(UI_CSP);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(UI_CSP).not.toMatch(/unsafe-eval|https?:|file:|\*/);
    expect(d.get('frame-src')).toEqual(['deck:']);
  });

  it('comes with nosniff and no-referrer headers', () => {
    expect(COMMON_HEADERS).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
  });
});

describe('deckHeaderCsp', () => {
  let html: string;
  beforeAll(async () => {
    const built = await buildDeck(path.resolve('content/decks/intro-patients.yaml'));
    if (!built.ok) throw new Error(JSON.stringify(built.diagnostics));
    html = built.value.html;
  });

  it('repeats the policy of a real deck page, with the same script hashes as its <meta> tag', () => {
    const hashes = scriptHashesFromMeta(html);
    expect(hashes.length).toBeGreaterThan(0);
    for (const h of hashes) expect(h).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(deckHeaderCsp(html)).toBe(deckCsp(hashes));
    const d = directives(deckHeaderCsp(html));
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(hashes);
  });

  it("gives a page without a CSP <meta> tag script-src 'none'", () => {
    expect(directives(deckHeaderCsp('<html><head></head><body><script>alert(1)</script></body></html>')).get('script-src')).toEqual([
      "'none'",
    ]);
  });

  it('copies only hash sources from the tag, never keywords or hosts', () => {
    const page = `<meta http-equiv="Content-Security-Policy" content="script-src &#x27;unsafe-inline&#x27; https://evil.example &#x27;sha256-abc&#x3D;&#x27;">`;
    expect(scriptHashesFromMeta(page)).toEqual(["'sha256-abc='"]);
  });

  it("falls back to 'none' when the tag allows no hashed script", () => {
    expect(scriptHashesFromMeta(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`)).toEqual(["'none'"]);
  });
});
