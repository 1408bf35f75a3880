import type { ApiResult, DeckApi, EventMap, EventName } from '../../../contract/ipc-contract.js';

/** Header that carries the per-run token (see server/security.ts). */
const TOKEN_HEADER = 'X-ImmunoDeck-Token';

/**
 * The {@link DeckApi} for the browser build: each channel is `POST /api/<channel>` with the
 * per-run token, events come from one shared EventSource (`/api/events`). Network failures become
 * diagnostics, like every other failure, so callers handle one shape.
 */
export function createHttpApi(token: string, base = ''): DeckApi {
  let source: EventSource | undefined;
  const call = async (channel: string, request: unknown): Promise<ApiResult<unknown>> => {
    try {
      const res = await fetch(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(request ?? {}),
      });
      if (res.status === 401) return offline('The app address is missing its key. Open the address printed by `immunodeck serve` again.');
      return (await res.json()) as ApiResult<unknown>;
    } catch {
      return offline('The ImmunoDeck server is not answering. Is `immunodeck serve` still running?');
    }
  };
  const on = <E extends EventName>(event: E, callback: (payload: EventMap[E]) => void): (() => void) => {
    source ??= new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    const listener = (e: Event) => callback(JSON.parse((e as MessageEvent<string>).data) as EventMap[E]);
    source.addEventListener(event, listener);
    return () => source?.removeEventListener(event, listener);
  };
  return new Proxy({} as DeckApi, {
    get: (_target, name) => (name === 'on' ? on : typeof name === 'string' ? (request: unknown) => call(name, request) : undefined),
  });
}

function offline(message: string): ApiResult<never> {
  return { ok: false, diagnostics: [{ code: 'FILE', severity: 'error', message }] };
}

/** Read the token from `?token=` (then drop it from the address bar) or from this tab's session. */
export function takeToken(loc: Location = window.location, storage: Storage = window.sessionStorage): string {
  const params = new URLSearchParams(loc.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem('immunodeck-token', fromUrl);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', `${loc.pathname}${rest ? `?${rest}` : ''}${loc.hash}`);
    return fromUrl;
  }
  return storage.getItem('immunodeck-token') ?? '';
}

/**
 * The address of an exported file for a download link (browser version): `exports/<name>` with
 * this tab's token, which a link cannot send as a header. The server serves only files of the
 * export folder, as attachments.
 */
export function downloadUrl(name: string, storage: Storage = window.sessionStorage): string {
  return `exports/${encodeURIComponent(name)}?token=${encodeURIComponent(storage.getItem('immunodeck-token') ?? '')}`;
}

/** The API of the shell the UI runs in: Electron's preload if present, else the local server. */
export function pickApi(): DeckApi {
  return window.deckApi ?? createHttpApi(takeToken());
}
