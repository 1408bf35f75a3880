import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../helpers/build.js';
import { deckCsp } from '../../core/render/render-deck.js';
import { COMMON_HEADERS, deckHeaderCsp } from '../../contract/csp.js';
import { UI_CSP } from '../../electron/security/ui-csp.js';

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
  let csp = '';
  let hashes: string[] = [];
  beforeAll(async () => {
    const built = await buildDeck(path.resolve('content/decks/intro-patients.yaml'));
    if (!built.ok) throw new Error(JSON.stringify(built.diagnostics));
    csp = built.value.rendered.parts.csp;
    hashes = built.value.rendered.parts.scriptHashes;
  });

  it('sends the policy the renderer returned with a real deck page, with its script hashes', () => {
    expect(hashes.length).toBeGreaterThan(0);
    for (const h of hashes) expect(h).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(deckHeaderCsp(csp)).toBe(deckCsp(hashes));
    const d = directives(deckHeaderCsp(csp));
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(hashes);
  });

  it("gives a page served without its policy script-src 'none'", () => {
    expect(directives(deckHeaderCsp(undefined)).get('script-src')).toEqual(["'none'"]);
  });
});
