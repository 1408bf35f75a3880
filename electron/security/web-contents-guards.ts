/**
 * Handlers installed on every WebContents from `app.on('web-contents-created')`: block navigation
 * and new windows, refuse `<webview>`, deny every permission. No `electron` value import: tests call
 * it with a fake WebContents (tests/electron/web-contents-guards.test.ts).
 */
import type {
  Event,
  WebContents,
  WebContentsWillFrameNavigateEventParams,
  WebContentsWillNavigateEventParams,
  WebContentsWillRedirectEventParams,
  WindowOpenHandlerResponse,
} from 'electron';
import { EXTERNAL_HOSTS, isAllowedExternalUrl, isAllowedNavigation } from './navigation.js';
import { hasOrigin, PREVIEW_ORIGIN, UI_ORIGIN } from './schemes.js';

/** What {@link hardenWebContents} needs from the outside. */
export interface GuardOptions {
  /** `shell.openExternal`, called only for allow-listed `https:` links. */
  openExternal: (url: string) => Promise<void>;
  /** Hosts allowed for {@link GuardOptions.openExternal}. @default EXTERNAL_HOSTS */
  externalHosts?: readonly string[];
  /**
   * Windows the app itself opens (the presentation's audience window): an `allow` answer for the
   * URL, or undefined to refuse it like every other window. @default refuse all
   */
  openWindow?: (url: string) => WindowOpenHandlerResponse | undefined;
  /** Told about every blocked attempt. @default no-op */
  onBlocked?: (what: string, url: string) => void;
}

/** Install the navigation, window-open, webview and permission guards on `contents` and its session. */
export function hardenWebContents(contents: WebContents, options: GuardOptions): void {
  const hosts = options.externalHosts ?? EXTERNAL_HOSTS;
  const blocked = options.onBlocked ?? (() => undefined);
  const maybeOpen = (url: string): void => {
    if (isAllowedExternalUrl(url, hosts)) options.openExternal(url).catch(() => blocked('open-external-failed', url));
  };
  contents.on('will-navigate', (event: Event<WebContentsWillNavigateEventParams>) => {
    if (isAllowedNavigation(event.url, true)) return;
    event.preventDefault();
    blocked('navigate', event.url);
    maybeOpen(event.url);
  });
  contents.on('will-frame-navigate', (event: Event<WebContentsWillFrameNavigateEventParams>) => {
    if (event.isMainFrame || isAllowedNavigation(event.url, false)) return; // main frame: will-navigate
    event.preventDefault();
    blocked('frame-navigate', event.url);
    maybeOpen(event.url);
  });
  contents.on('will-redirect', (event: Event<WebContentsWillRedirectEventParams>) => {
    if (isAllowedNavigation(event.url, event.isMainFrame)) return;
    event.preventDefault();
    blocked('redirect', event.url);
  });
  contents.on('will-attach-webview', (event: Event) => {
    event.preventDefault();
    blocked('webview', '');
  });
  contents.setWindowOpenHandler(({ url }) => {
    const allowed = options.openWindow?.(url);
    if (allowed?.action === 'allow') return allowed;
    blocked('window-open', url);
    maybeOpen(url);
    return { action: 'deny' };
  });
  denyPermissions(contents);
}

/**
 * The one permission ever granted: full screen for presenter mode, asked by our own UI or preview.
 * Everything else (camera, notifications, geolocation, …) is refused.
 */
export function isAllowedPermission(permission: string, requestingUrl: string | undefined): boolean {
  return (
    permission === 'fullscreen' && !!requestingUrl && (hasOrigin(requestingUrl, UI_ORIGIN) || hasOrigin(requestingUrl, PREVIEW_ORIGIN))
  );
}

/** Deny every permission request and check in the session of `contents` but full screen for our own pages (checklist item 5). */
export function denyPermissions(contents: WebContents): void {
  contents.session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isAllowedPermission(permission, details?.requestingUrl)),
  );
  contents.session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin),
  );
}
