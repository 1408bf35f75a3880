import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** What a CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const BIN = path.resolve('bin/immunodeck.js');

/** Run the built `immunodeck` command as a user would (needs `npm run build` first). */
export function runImmunodeck(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  if (process.env['IMMUNODECK_FAST_LANE'])
    throw new Error('The CLI spawned in the fast lane: add this test file to SLOW_TESTS in tests/lanes.ts');
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
