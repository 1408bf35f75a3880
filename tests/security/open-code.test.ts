// Issue 15, failure 4: `serve --open` must not put the session token on the browser's command line
// (any local user can read it with `ps`). It passes a one-time code that is exchanged for the session.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http-server.js';
import { OPEN_CODE_TTL_MS, OpenCodes } from '../../server/open-codes.js';
import { createDeckService, type DeckService } from '../../service/deck-service.js';

function get(port: number, pathname: string): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, headers: { host: `127.0.0.1:${port}` } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('one-time codes', () => {
  it('work once, and not after they expire', () => {
    let now = 1000;
    const codes = new OpenCodes(() => now);
    const a = codes.issue();
    const b = codes.issue();
    expect(codes.redeem(a)).toBe(true);
    expect(codes.redeem(a)).toBe(false);
    now += OPEN_CODE_TTL_MS + 1;
    expect(codes.redeem(b)).toBe(false);
    expect(codes.redeem(null)).toBe(false);
    expect(codes.redeem('made-up')).toBe(false);
  });
});

describe('the server exchanges a code for the session', () => {
  let tmp: string;
  let service: DeckService;
  let server: RunningServer;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'immunodeck-open-'));
    service = await createDeckService({ configDir: path.join(tmp, 'config'), exportDir: path.join(tmp, 'exports'), watch: false });
    server = await startServer({ service, rendererDir: tmp });
  });
  afterAll(async () => {
    await server.close();
    await service.close();
    await rm(tmp, { recursive: true, force: true });
  });

  it('gives an address without the token that redirects once to the UI with it', async () => {
    const url = server.openUrl();
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/open\\?code=[\\w-]{20,}$`));
    expect(url).not.toContain(server.token);
    const first = await get(server.port, new URL(url).pathname + new URL(url).search);
    expect(first).toMatchObject({ status: 302, location: `/?token=${server.token}` });
    const again = await get(server.port, new URL(url).pathname + new URL(url).search);
    expect(again.status).toBe(403);
    expect(again.body).toMatch(/used or has expired.*printed in the terminal/);
  });
});

describe('immunodeck serve --open', () => {
  it('starts the browser with a one-time address, never the token', async () => {
    const bin = await mkdtemp(path.join(tmpdir(), 'immunodeck-fake-browser-'));
    const argvFile = path.join(bin, 'argv.txt');
    // A stand-in for xdg-open that records the command line it was given.
    await writeFile(path.join(bin, 'xdg-open'), `#!/bin/sh\necho "$@" > "${argvFile}"\n`);
    await chmod(path.join(bin, 'xdg-open'), 0o755);
    const child = spawn(process.execPath, [path.resolve('bin/immunodeck.js'), 'serve', '--open', '--exports', path.join(bin, 'exports')], {
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, HOME: bin, XDG_CONFIG_HOME: bin },
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    try {
      const started = Date.now();
      let argv = '';
      while (Date.now() - started < 20_000) {
        argv = await readFile(argvFile, 'utf8').catch(() => '');
        if (argv && /token=/.test(stdout)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const token = /token=([\w-]+)/.exec(stdout)?.[1];
      expect(token).toBeTruthy();
      expect(argv.trim()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/open\?code=[\w-]+$/);
      expect(argv).not.toContain(token!);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await rm(bin, { recursive: true, force: true });
    }
  }, 30_000);
});
