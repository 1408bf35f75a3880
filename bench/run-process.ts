import { spawn } from 'node:child_process';

/** A finished process: wall time and the peak resident memory of the process itself. */
export interface ProcessRun {
  ms: number;
  peakRssBytes: number;
}

/**
 * Run a command to the end and measure it from spawn to exit. Peak RSS comes from the kernel's
 * accounting of the child (getrusage through /usr/bin/time's %M when available, else 0).
 */
export async function runProcess(command: string, args: string[]): Promise<ProcessRun> {
  const timeBin = '/usr/bin/time';
  const useTime = process.platform === 'linux' && (await exists(timeBin));
  const argv = useTime ? ['-f', '%M', command, ...args] : args;
  const start = performance.now();
  const child = spawn(useTime ? timeBin : command, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`);
  const kb = Number(/(\d+)\s*$/.exec(stderr.trim())?.[1] ?? 0);
  return { ms, peakRssBytes: kb * 1024 };
}

async function exists(file: string): Promise<boolean> {
  const { access } = await import('node:fs/promises');
  return access(file).then(
    () => true,
    () => false,
  );
}
