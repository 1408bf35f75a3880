import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { PACKAGE_ROOT } from '../../core/paths.js';
import { ExitCode } from '../output.js';

/** Options of `immunodeck serve`. */
export interface ServeOptions {
  content?: string;
  port: string;
  open?: boolean;
  exports?: string;
}

/** The built UI served by `immunodeck serve`. */
export const RENDERER_DIR = path.join(PACKAGE_ROOT, 'dist', 'renderer');

/**
 * `immunodeck serve [--content <dir>] [--port N] [--open]`: the app in a web browser, for clinic
 * PCs where installing is not allowed. Listens on 127.0.0.1 only; the printed address carries a
 * random token that the API requires.
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the app in your web browser (local only: 127.0.0.1)')
    .option('--content <dir>', 'content folder to open (default: the built-in library)')
    .option('--port <n>', 'port to listen on (0: any free port)', '0')
    .option('--exports <dir>', 'folder for exported decks (default: ~/ImmunoDeck/exports)')
    .option('--open', 'open the app in the default web browser')
    .action(async (opts: ServeOptions, cmd: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        cmd.error(`error: --port must be a number from 0 to 65535, not "${opts.port}"`, { exitCode: ExitCode.USAGE });
      if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
        process.stderr.write(`immunodeck: the app is not built yet (${RENDERER_DIR}). Run \`npm run build\`.\n`);
        process.exitCode = ExitCode.INVALID;
        return;
      }
      await serve(opts, port);
    });
}

async function serve(opts: ServeOptions, port: number): Promise<void> {
  // The server, the service and the watcher load only for this command.
  const [{ startServer }, { defaultConfigDir }, { createDeckService }, { findBrowser }, { startChromium }, { removeTrackedSync }] =
    await Promise.all([
      import('../../server/http-server.js'),
      import('../../service/app-paths.js'),
      import('../../service/deck-service.js'),
      import('../../core/export/find-browser.js'),
      import('../../core/export/start-chromium.js'),
      import('../../core/export/temp-registry.js'),
    ]);
  let service;
  try {
    service = await createDeckService({
      configDir: defaultConfigDir(),
      contentRoot: opts.content,
      exportDir: opts.exports,
      host: 'browser',
      startPdfEngine: findBrowser().ok ? startChromium : undefined,
    });
  } catch (e) {
    process.stderr.write(`${opts.content ?? 'content'}: error: ${(e as Error).message}\n`);
    process.exitCode = ExitCode.INVALID;
    return;
  }
  const server = await startServer({ service, rendererDir: RENDERER_DIR, port });
  process.stdout.write(
    `ImmunoDeck is running at\n\n  ${server.url}\n\nOpen this address in Chrome, Edge or Firefox on this computer. Press Ctrl+C to stop.\n`,
  );
  // The browser's command line is visible to every local user: give it a one-time code, never the token.
  if (opts.open) openInBrowser(server.openUrl());
  const stop = () =>
    void server
      .close()
      .then(() => service.close())
      .finally(() => {
        // Print folders and `.tmp` files of an export that was running.
        removeTrackedSync();
        process.exit(ExitCode.OK);
      });
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Open a URL in the default browser without a shell (the URL is never parsed by one). */
function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  const child = spawn(cmd as string, args as string[], { detached: true, stdio: 'ignore' });
  child.on('error', () => process.stderr.write('Could not open a browser; open the address above yourself.\n'));
  child.unref();
}
