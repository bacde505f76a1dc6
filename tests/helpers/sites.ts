import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSiteConfig } from '../../src/features/check/site-config.ts';
import type { BuildResult } from './astro-build.ts';

/** The as-of day every test build uses, so derived statuses are reproducible. */
export const TEST_AS_OF = '2022-07-15';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const TEST_OUT = resolve(PROJECT_ROOT, 'node_modules/.test-builds');

/** The sites the tests build once: the real content, and a two-inspection fixture. */
export const SITES = {
  bazhong: { contentDir: 'content', outDir: resolve(TEST_OUT, 'bazhong'), asOf: TEST_AS_OF as string | undefined },
  // The fixture sets its own as-of day in its site.yaml (2026-01-15).
  fixture: { contentDir: 'tests/fixtures/content-two-inspections', outDir: resolve(TEST_OUT, 'fixture'), asOf: undefined },
  // Made-up indicators with and without measured values, for the charts (as-of 2024-03-01 in its site.yaml).
  charts: { contentDir: 'tests/fixtures/content-indicators', outDir: resolve(TEST_OUT, 'charts'), asOf: undefined },
} as const;

export type SiteName = keyof typeof SITES;

/**
 * A site of two cities, for the search: the frozen Bazhong copy (tests/fixtures/bazhong/content)
 * with a made-up inspection of 巴南区 added (tests/fixtures/second-city/, whose README says why),
 * copied together and built once by the global setup with the sites above.
 */
export const TWO_CITIES = {
  parts: [resolve(PROJECT_ROOT, 'tests/fixtures/bazhong/content'), resolve(PROJECT_ROOT, 'tests/fixtures/second-city')],
  /** The copy of the content the global setup builds. */
  contentDir: resolve(TEST_OUT, 'two-cities/content'),
  outDir: resolve(TEST_OUT, 'two-cities/dist'),
  asOf: TEST_AS_OF,
  /** Its search index in parts, as a site of many thousand pages has it (src/features/search/parts.ts), so that the search tests search one. */
  env: { LEDGER_SEARCH_PAGES_PER_PART: '100' },
};

/**
 * Hostile but acceptable content (tests/fixtures/accepted-content/): a copy of the two-inspection
 * fixture with every case added, built once with the sites above and read by the build tests.
 */
export const ACCEPTED = {
  cases: resolve(PROJECT_ROOT, 'tests/fixtures/accepted-content'),
  /** The copy of the content the global setup builds. */
  contentDir: resolve(TEST_OUT, 'accepted/content'),
  /** An output folder whose parent does not exist before the build, as on a first build. */
  outDir: resolve(TEST_OUT, 'accepted/new-folder/dist'),
  /** The build's exit status and output (`BuildResult` as JSON): the build tests judge it. */
  result: resolve(TEST_OUT, 'accepted/build.json'),
  /** A file the hostile content tries to write if anything in it runs during the build. */
  ranCode: '/tmp/ledger-body-ran-code',
};

/** How the shared build of ACCEPTED ended (written by the global setup), for the tests that judge it. */
export function acceptedBuildResult(): BuildResult {
  return JSON.parse(readFileSync(ACCEPTED.result, 'utf8')) as BuildResult;
}

/** The public address of a test site from its site.yaml, e.g. `https://host/sub/`. */
export function siteUrlOf(name: SiteName): URL {
  return new URL(loadSiteConfig(resolve(PROJECT_ROOT, SITES[name].contentDir)).url);
}

/** The base path a test site is published under (`https://host/sub/` → `/sub/`). */
export function basePathOf(name: SiteName): string {
  return siteUrlOf(name).pathname;
}

/** The cases of hostile but acceptable content, each a folder of files added to the fixture. */
export function acceptedCases(): string[] {
  return readdirSync(ACCEPTED.cases, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Where the shared build of a site left what it printed. */
export function buildLogOf(outDir: string): string {
  return `${outDir}.build.log`;
}
