import { resolve } from 'node:path';
import { loadSiteConfig } from '../../src/features/check/site-config.ts';

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

/** The public address of a test site from its site.yaml, e.g. `https://host/sub/`. */
export function siteUrlOf(name: SiteName): URL {
  return new URL(loadSiteConfig(resolve(PROJECT_ROOT, SITES[name].contentDir)).url);
}

/** The base path a test site is published under (`https://host/sub/` → `/sub/`). */
export function basePathOf(name: SiteName): string {
  return siteUrlOf(name).pathname;
}
