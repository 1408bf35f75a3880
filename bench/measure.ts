import { readdirSync, readFileSync } from 'node:fs';

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds taken by `work`. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

interface ProcInfo {
  parent: number;
  /** Start time in clock ticks since boot. */
  start: number;
}

function processes(): Map<number, ProcInfo> {
  const all = new Map<number, ProcInfo>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      all.set(Number(entry), { parent: Number(fields[1]), start: Number(fields[19]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return all;
}

/** Proportional set size (shared pages split between the processes sharing them), in bytes. */
function pss(pid: number): number {
  try {
    const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/**
 * Memory of this process plus the first browser it started (the one ImmunoDeck prints with; a
 * benchmark may start a second one for the floor), as PSS summed over the browser's processes.
 */
function oursMemory(): number {
  const all = processes();
  const browsers = [...all].filter(([, p]) => p.parent === process.pid).sort((a, b) => a[1].start - b[1].start);
  const root = browsers[0]?.[0];
  let total = pss(process.pid);
  if (root === undefined) return total;
  for (const [pid] of all) {
    for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = all.get(p)?.parent, hops++) {
      if (p === root) {
        total += pss(pid);
        break;
      }
    }
  }
  return total;
}

/** Samples the memory of this process and its (first) browser every `everyMs`; `stop()` gives the peak in bytes. */
export function memorySampler(everyMs = 100): { stop(): number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, process.platform === 'linux' ? oursMemory() : process.memoryUsage().rss);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** The CPU model and core count, as /proc/cpuinfo and os report them. */
export function cpuModel(): string {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
