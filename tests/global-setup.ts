/**
 * Builds what the tests run as a user would (the CLI from dist/, the bundled UI), so `npm test`
 * passes right after `npm ci`. `tsc -b` is incremental: when nothing changed this takes seconds.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
