import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRenderer } from '../../scripts/build-renderer.js';
import { startServer, type RunningServer } from '../../server/http-server.js';
import { createDeckService, type DeckService, type DeckServiceOptions } from '../../service/deck-service.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** A temporary folder that removes itself. */
export interface TempDir extends AsyncDisposable {
  path: string;
}

/** Make a temporary folder. */
export async function tempDir(prefix = 'immunodeck-app-'): Promise<TempDir> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { path: dir, [Symbol.asyncDispose]: () => rm(dir, { recursive: true, force: true }) };
}

/** Copy tests/fixtures/library plus the app's own fixture topics into `dest`. */
export async function copyFixtureLibrary(dest: string): Promise<string> {
  await cp(path.join(FIXTURES, 'library'), dest, { recursive: true });
  await cp(path.join(FIXTURES, 'app', 'topics'), path.join(dest, 'topics'), { recursive: true });
  return dest;
}

/**
 * The real service over `contentRoot`, with its config, exports and a copy of the fixture library as
 * the built-in one inside `root`, and no file watching (the security tests' setup).
 */
export async function serviceOver(root: string, contentRoot: string, options: Partial<DeckServiceOptions> = {}): Promise<DeckService> {
  return createDeckService({
    configDir: path.join(root, 'config'),
    contentRoot,
    exportDir: path.join(root, 'exports'),
    builtinRoot: await copyFixtureLibrary(path.join(root, 'builtin')),
    watch: false,
    ...options,
  });
}

/** A running app: service + server over a temporary library, and where everything lives. */
export interface TestApp {
  service: DeckService;
  server: RunningServer;
  content: string;
  exportDir: string;
  configDir: string;
  close(): Promise<void>;
}

/** Start the real service and server over a fresh copy of the fixture library and a fresh build of the UI. */
export async function startTestApp(options: Partial<DeckServiceOptions> = {}): Promise<TestApp> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'immunodeck-e2e-'));
  const content = await copyFixtureLibrary(path.join(root, 'content'));
  const exportDir = path.join(root, 'exports');
  const configDir = path.join(root, 'config');
  const service = await createDeckService({
    configDir,
    contentRoot: content,
    exportDir,
    defaultCustomRoot: path.join(root, 'my-content'),
    ...options,
  });
  const server = await startServer({ service, rendererDir: await buildRenderer({ outDir: path.join(root, 'ui'), dev: true }) });
  return {
    service,
    server,
    content,
    exportDir,
    configDir,
    close: async () => {
      await server.close();
      await service.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
