/** Messages reveal.js posts from a deck frame (the preview page enables `postMessageEvents`). */

/** reveal.js's postMessage event (the preview page enables `postMessageEvents`). */
export interface RevealMessage {
  namespace: 'reveal';
  eventName: string;
  state?: { indexh: number; indexv: number };
}

/** Parse a message from a deck frame; undefined for anything else. */
export function parseRevealMessage(data: unknown): RevealMessage | undefined {
  if (typeof data !== 'string' || !data.startsWith('{')) return undefined;
  try {
    const msg = JSON.parse(data) as RevealMessage;
    return msg.namespace === 'reveal' ? msg : undefined;
  } catch {
    return undefined;
  }
}
