import { existsSync } from 'node:fs';
import path from 'node:path';
import { error, type Diagnostic } from '../errors.js';
import { fail, ok, type Result } from '../result.js';

/** Where Chrome, Chromium and Edge are usually installed, per platform. */
export function candidateBrowserPaths(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return roots.flatMap((r) => [
      path.win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      path.win32.join(r, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
    '/opt/google/chrome/chrome',
  ];
}

/**
 * Find an installed Chromium-family browser: CHROME_PATH first, then the usual install paths.
 * ImmunoDeck never downloads a browser.
 */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (p: string) => boolean = existsSync,
): Result<string> {
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) {
    if (exists(fromEnv)) return ok(fromEnv);
    return fail([browserMissing(`CHROME_PATH is set to "${fromEnv}", but no file is there`)]);
  }
  const found = candidateBrowserPaths(platform, env).find((p) => exists(p));
  return found ? ok(found) : fail([browserMissing('no Chrome, Chromium or Edge was found')]);
}

function browserMissing(what: string): Diagnostic {
  return error(
    'PDF',
    `${what}; PDF export prints the deck with a Chromium-family browser`,
    undefined,
    "Install Chromium (Debian/Ubuntu: sudo apt-get install chromium), Google Chrome or Microsoft Edge, or set CHROME_PATH to the browser's executable.",
  );
}

/**
 * Flags for a headless browser on a locked-down machine: no network chatter, no first-run UI. The
 * sandbox stays on unless {@link needsNoSandbox} says otherwise.
 */
export const HEADLESS_ARGS = [
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
] as const;

/**
 * Chromium's sandbox cannot start as root, and CI containers usually lack the kernel features it
 * needs; everywhere else it stays on.
 */
export function needsNoSandbox(env: NodeJS.ProcessEnv = process.env, uid: number | undefined = process.getuid?.()): boolean {
  const ci = env['CI'];
  return uid === 0 || (!!ci && ci !== 'false' && ci !== '0');
}
