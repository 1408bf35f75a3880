/**
 * The presenter console and the audience window talk over a BroadcastChannel (same origin, no
 * network): the console is the source of truth; the audience window reports its keys and asks
 * for the state when it opens. Notes never travel on this channel.
 */

/** Name of the channel both windows open. */
export const PRESENT_CHANNEL = 'immunodeck-present';

/** What the audience screen shows besides the slide. */
export type Blank = 'none' | 'black' | 'white';

/** Console → audience. */
export type ConsoleMessage =
  /** `lang`: the deck's language, for the audience window's few words. */
  { type: 'show'; url: string; index: number; blank: Blank; lang?: string } | { type: 'end'; lang?: string };

/** Audience → console. */
export type AudienceMessage = { type: 'hello' } | { type: 'key'; key: string } | { type: 'bye' };

/** A typed BroadcastChannel end. */
export interface PresentLink<Out> {
  send(message: Out): void;
  close(): void;
}

/** Open the channel; `receive` gets every message from the other side. */
export function openLink<In, Out>(receive: (message: In) => void): PresentLink<Out> {
  const channel = new BroadcastChannel(PRESENT_CHANNEL);
  channel.addEventListener('message', (e: MessageEvent<In>) => receive(e.data));
  return { send: (m) => channel.postMessage(m), close: () => channel.close() };
}
