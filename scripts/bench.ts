// npm run bench [-- --tasks N --updates M --map P]: builds N synthetic tasks with M updates each and a
// bare Astro site of the same page count in the same run, and prints seconds, peak memory and
// their ratio; with --map, also the map page's first render with P synthetic places. A benchmark, not a test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareAstro, writeSyntheticContent } from './bench/synthetic.ts';

const { values } = parseArgs({
  options: {
    tasks: { type: 'string', default: '1000' },
    updates: { type: 'string', default: '10' },
    keep: { type: 'boolean', default: false },
    // --map N: also time the map page's first render with N synthetic places (scripts/bench-map.ts).
    map: { type: 'string' },
  },
});
const tasks = Number(values.tasks);
const updatesPerTask = Number(values.updates);
if (!Number.isInteger(tasks) || tasks < 1 || !Number.isInteger(updatesPerTask) || updatesPerTask < 0) {
  console.error('用法 usage: npm run bench -- --tasks 1000 --updates 10');
  process.exit(2);
}

const project = resolve(import.meta.dirname, '..');
// Run Astro on this very Node (22, from the `node` dev dependency), whatever PATH says.
const ASTRO_BIN = join(project, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
const content = join(work, 'content');
const bare = join(work, 'bare');
const { pages } = writeSyntheticContent({ fixture: join(project, 'tests/fixtures/content-two-inspections'), target: content, tasks, updatesPerTask });
writeBareAstro({ target: bare, pages });
symlinkSync(join(project, 'node_modules'), join(bare, 'node_modules'), 'dir');

/** Runs one build under /usr/bin/time and returns wall seconds and peak resident memory. */
function timedBuild(cwd: string, outDir: string, env: Record<string, string>): { seconds: number; peakMiB: number } {
  const timing = join(work, `time-${Date.now()}.txt`);
  execFileSync('/usr/bin/time', ['-f', '%e %M', '-o', timing, process.execPath, ASTRO_BIN, 'build', '--outDir', outDir], {
    cwd,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [seconds, kib] = execFileSync('tail', ['-n', '1', timing], { encoding: 'utf8' }).trim().split(' ').map(Number);
  return { seconds: seconds!, peakMiB: kib! / 1024 };
}

console.log(`合成内容 synthetic content: ${tasks} tasks × ${updatesPerTask} updates, ${pages} pages → ${work}`);
const ledger = timedBuild(project, join(work, 'dist-ledger'), { LEDGER_CONTENT_DIR: content, LEDGER_AS_OF: '2026-01-15' });
const astro = timedBuild(bare, join(work, 'dist-bare'), {});
const row = (name: string, run: { seconds: number; peakMiB: number }) =>
  `${name.padEnd(12)} ${run.seconds.toFixed(2).padStart(8)} s ${run.peakMiB.toFixed(0).padStart(8)} MiB`;
console.log(row('ledger', ledger));
console.log(row('bare astro', astro));
console.log(`ratio        ${(ledger.seconds / astro.seconds).toFixed(2).padStart(8)} × time ${(ledger.peakMiB / astro.peakMiB).toFixed(2).padStart(6)} × memory`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
if (values.map) {
  const { benchMap } = await import('./bench-map.ts');
  const map = await benchMap({ places: Number(values.map) });
  console.log(`map page     ${map.medianMs.toFixed(0).padStart(8)} ms to first render with ${map.places} places (median of ${map.runs.length})`);
}
