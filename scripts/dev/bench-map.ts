// npm run bench:map [-- --places 10000 --runs 3 --dist <built site>]: how long the map page
// takes to first render with many places, in headless Chromium (Debian's /usr/bin/chromium).
// Builds the site (unless --dist names a built one), serves it, and hands the mining-rights
// map page N synthetic places in its data block; reports the time from navigation to the map
// drawn with every marker or cluster (the `place-map-ready` mark), median of the runs.
// A benchmark, not a test: the figure goes in the README.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { jsonForScript } from '../../src/core/html-text.ts';
import { syntheticMapPlaces, type MapData } from '../../src/features/map/index.ts';
import { launchBrowser, serveSite } from '../../tests/helpers/browser.ts';

export interface MapBenchResult {
  places: number;
  runs: number[];
  medianMs: number;
  firstContentfulPaintMs: number;
  /** When the map script started, in the median run: what comes before is HTML and script loading. */
  scriptStartMs: number;
}

const project = resolve(import.meta.dirname, '../..');
const MAP_PAGE = '/maps/mining-rights/';

/** A built map page's HTML with `count` synthetic places in place of its own. */
export function withSyntheticPlaces(html: string, count: number): string {
  return html.replace(/(<script type="application\/json" data-map-data>)([\s\S]*?)(<\/script>)/, (_, open: string, json: string, close: string) => {
    const data = JSON.parse(json) as MapData;
    data.places = syntheticMapPlaces(count, { west: 106.4, south: 31.3, east: 107.7, north: 32.6 });
    return `${open}${jsonForScript(data)}${close}`;
  });
}

/** Builds the Bazhong site into a temporary folder; returns it (the caller removes it). */
function buildSite(): string {
  const out = mkdtempSync(join(tmpdir(), 'ledger-bench-map-'));
  execFileSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return out;
}

/**
 * Time to first render of a map page, median of `runs`. With `places`, the Bazhong
 * mining-rights page gets that many synthetic places in its data block; without, `page` of
 * the built site `dist` (a path under its `base`) is timed as it was built (the scale benchmark builds its places as content).
 */
export async function benchMap(options: { places?: number; runs?: number; dist?: string; base?: string; page?: string } = {}): Promise<MapBenchResult> {
  const count = options.places;
  const mapPage = options.page ?? MAP_PAGE;
  const dist = options.dist ?? buildSite();
  const site = await serveSite(dist, options.base);
  const browser = await launchBrowser();
  const runs: number[] = [];
  const paints: number[] = [];
  const starts: number[] = [];
  let placesDrawn = 0;
  try {
    for (let run = 0; run < (options.runs ?? 3); run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // Nothing leaves the machine; the page gets the synthetic places in its data block.
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (!url.startsWith(site.origin)) return route.abort();
        if (count === undefined || new URL(url).pathname !== new URL(site.url(mapPage)).pathname) return route.continue();
        const response = await route.fetch();
        const html = await response.text();
        const replaced = withSyntheticPlaces(html, count);
        return route.fulfill({ response, body: replaced });
      });
      const page = await context.newPage();
      await page.goto(site.url(mapPage));
      await page.locator('[data-place-map][data-map-ready]').waitFor({ timeout: 120_000 });
      const timing = await page.evaluate(() => ({
        ready: performance.getEntriesByName('place-map-ready')[0]!.startTime,
        start: performance.getEntriesByName('place-map-start')[0]!.startTime,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      }));
      runs.push(timing.ready);
      placesDrawn = await page.evaluate(() => (JSON.parse(document.querySelector('[data-map-data]')!.textContent!) as { places: unknown[] }).places.length);
      paints.push(timing.paint);
      starts.push(timing.start);
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
    if (!options.dist) rmSync(dist, { recursive: true, force: true });
  }
  const median = runs.indexOf([...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!);
  return { places: count ?? placesDrawn, runs, medianMs: runs[median]!, firstContentfulPaintMs: paints[median]!, scriptStartMs: starts[median]! };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { places: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' }, dist: { type: 'string' } } });
  const result = await benchMap({ places: Number(values.places), runs: Number(values.runs), ...(values.dist ? { dist: resolve(values.dist) } : {}) });
  console.log(`地图页首次渲染 map page first render, ${result.places} places: ${result.medianMs.toFixed(0)} ms (median of ${result.runs.map((ms) => ms.toFixed(0)).join(' / ')} ms; first contentful paint ${result.firstContentfulPaintMs.toFixed(0)} ms, map script started ${result.scriptStartMs.toFixed(0)} ms)`);
}
