// npm run bench [-- --tasks N --updates M --places P --runs R --keep]: the scale benchmark.
// Writes N synthetic tasks with M updates each and P places (default: as many as tasks),
// builds them, then builds a bare Astro site of the same page count in the same run, and
// prints seconds, peak memory (every process of the build together, sampled) and their ratio,
// the search index size, and the map page's time to first render with the P places (median of
// R runs in headless Chromium; --places 0 skips it).
// A benchmark, not a test: the figures go in the README.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listPages } from '../../src/features/built-site/index.ts';
import { loadSiteConfig } from '../../src/features/check/index.ts';
import { partPaths, SEARCH_PARTS_FILE } from '../../src/features/search/index.ts';
import { measureRun, type MeasuredRun } from './bench/memory.ts';
import { writeBareAstro, writeSyntheticContent } from './bench/synthetic.ts';

const { values } = parseArgs({
  options: {
    tasks: { type: 'string', default: '1000' },
    updates: { type: 'string', default: '10' },
    places: { type: 'string' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const tasks = Number(values.tasks);
const updatesPerTask = Number(values.updates);
const places = Number(values.places ?? values.tasks);
const runs = Number(values.runs);
if (![tasks, updatesPerTask, places, runs].every(Number.isInteger) || tasks < 1 || updatesPerTask < 0 || places < 0 || runs < 1) {
  console.error('用法 usage: npm run bench -- --tasks 10000 --updates 10 [--places 10000] [--runs 3] [--keep]');
  process.exit(2);
}

const project = resolve(import.meta.dirname, '../..');
// Run Astro on this very Node (22, from the `node` dev dependency), whatever PATH says.
const ASTRO_BIN = join(project, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
const content = join(work, 'content');
const bare = join(work, 'bare');
const distLedger = join(work, 'dist-ledger');

/** Runs one build and returns its wall seconds and the memory of its processes (scripts/dev/bench/memory.ts). */
function timedBuild(cwd: string, outDir: string, env: Record<string, string>): Promise<MeasuredRun> {
  return measureRun(process.execPath, [ASTRO_BIN, 'build', '--outDir', outDir], { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
}

/** Total bytes and number of files under a folder. */
function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const row = (name: string, run: MeasuredRun) =>
  `${name.padEnd(12)} ${run.seconds.toFixed(2).padStart(8)} s ${run.peakMiB.toFixed(0).padStart(8)} MiB at peak, all processes together (${run.largestMiB.toFixed(0)} MiB the largest one)`;

try {
  writeSyntheticContent({ fixture: join(project, 'tests/fixtures/content-two-inspections'), target: content, tasks, updatesPerTask, places });
  console.log(`合成内容 synthetic content: ${tasks} tasks × ${updatesPerTask} updates, ${places} places → ${work}`);
  const ledger = await timedBuild(project, distLedger, { LEDGER_CONTENT_DIR: content, LEDGER_AS_OF: '2026-01-15' });
  // The bare site builds as many pages as the ledger wrote, each a heading and a paragraph.
  const pages = listPages(distLedger).length;
  writeBareAstro({ target: bare, pages });
  symlinkSync(join(project, 'node_modules'), join(bare, 'node_modules'), 'dir');
  const astro = await timedBuild(bare, join(work, 'dist-bare'), {});
  console.log(`${pages} pages each`);
  console.log(row('ledger', ledger));
  console.log(row('bare astro', astro));
  console.log(`ratio        ${(ledger.seconds / astro.seconds).toFixed(2).padStart(8)} × time ${(ledger.peakMiB / astro.peakMiB).toFixed(2).padStart(6)} × memory`);

  const search = folderSize(join(distLedger, 'pagefind'));
  // A large site's index is in parts (src/features/search/parts.ts): a search first loads each part's metadata.
  const parts = ['', ...partPaths(readFileSync(join(distLedger, 'pagefind', SEARCH_PARTS_FILE), 'utf8'))].map((part) => join(distLedger, 'pagefind', part));
  const metaBytes = parts.reduce((sum, folder) => sum + readdirSync(folder).filter((name) => name.endsWith('.pf_meta')).reduce((bytes, name) => bytes + statSync(join(folder, name)).size, 0), 0);
  console.log(
    `search index ${mib(search.bytes).padStart(10)} in ${search.files} files (engine included), in ${parts.length} part(s); a search first loads their metadata, ${(metaBytes / 1024).toFixed(0)} KiB`,
  );

  if (places > 0) {
    const { benchMap } = await import('./bench-map.ts');
    const base = new URL(loadSiteConfig(content).url).pathname;
    const map = await benchMap({ dist: distLedger, base, page: '/maps/sewage/', runs });
    const mapHtml = statSync(join(distLedger, 'maps/sewage/index.html')).size;
    console.log(
      `map page     ${map.medianMs.toFixed(0).padStart(8)} ms to first render with ${map.places} places (median of ${map.runs.map((ms) => ms.toFixed(0)).join(' / ')} ms; ` +
        `first contentful paint ${map.firstContentfulPaintMs.toFixed(0)} ms; page HTML ${mib(mapHtml)})`,
    );
  }
} finally {
  if (values.keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
