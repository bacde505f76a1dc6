import { spawn } from 'node:child_process';
import pidtree from 'pidtree';
import pidusage from 'pidusage';

/** What a command took: wall seconds, and the resident memory of it and every process it started. */
export interface MeasuredRun {
  seconds: number;
  /** The most memory its processes held at one time, together: what the machine must have. */
  peakMiB: number;
  /** The most one of its processes held (Node's own peak alone, or a child's such as Pagefind's). */
  largestMiB: number;
}

const MIB = 1024 * 1024;

/** The resident memory of a process and its descendants now, each in bytes (a process that just ended is left out). */
async function treeMemory(pid: number): Promise<number[]> {
  const pids = [pid, ...(await pidtree(pid).catch(() => [] as number[]))];
  const read = await Promise.allSettled(pids.map((each) => pidusage(each)));
  return read.flatMap((result) => (result.status === 'fulfilled' ? [result.value.memory] : []));
}

/**
 * Runs a command (standard output dropped, errors shown) and samples the memory of its whole
 * process tree every `everyMs`. `/usr/bin/time` alone reports the largest process it waited
 * for: a child the command starts and does not wait for, such as Pagefind's indexer in the
 * build, escapes it, and so did its gigabytes.
 */
export async function measureRun(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; everyMs?: number }): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  let running = true;
  const stopSampling = () => (running = false);
  exited.then(stopSampling, stopSampling);
  let peak = 0;
  let largest = 0;
  while (running) {
    const sizes = await treeMemory(child.pid!);
    peak = Math.max(peak, sizes.reduce((sum, size) => sum + size, 0));
    largest = Math.max(largest, ...sizes);
    await new Promise((resolve) => setTimeout(resolve, options.everyMs ?? 200));
  }
  const status = await exited;
  pidusage.clear();
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${status}`);
  return { seconds: (performance.now() - started) / 1000, peakMiB: peak / MIB, largestMiB: largest / MIB };
}
