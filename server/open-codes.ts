import { randomBytes } from 'node:crypto';
import { tokenMatches } from './security.js';

/** How long a one-time code to open the app stays valid. */
export const OPEN_CODE_TTL_MS = 60_000;

/**
 * One-time codes that stand for the session token in the address `serve --open` gives the browser.
 * A browser's command line is readable by every local user (`ps`), so it never carries the token:
 * it carries a code that works once, within {@link OPEN_CODE_TTL_MS}, and is exchanged for the token.
 */
export class OpenCodes {
  private readonly codes = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A new code (128 bits, URL-safe). */
  issue(): string {
    const code = randomBytes(16).toString('base64url');
    this.codes.set(code, this.now() + OPEN_CODE_TTL_MS);
    return code;
  }

  /** True once for a code that was issued and has not expired; the code is used up either way. */
  redeem(presented: string | null): boolean {
    if (!presented) return false;
    for (const [code, expires] of this.codes) {
      if (expires < this.now()) this.codes.delete(code);
      else if (tokenMatches(code, presented)) {
        this.codes.delete(code);
        return true;
      }
    }
    return false;
  }
}
