import { getCollection } from 'astro:content';
import { buildLedger, readLedgerInput, type Ledger } from '../core/ledger.ts';
import { loadSiteConfig, resolveAsOf } from '../features/check/index.ts';
import { withBase } from '../core/urls.ts';
import type { SiteConfig } from '../schemas/site.ts';

let cached: Promise<{ ledger: Ledger; site: SiteConfig }> | undefined;

async function load(): Promise<{ ledger: Ledger; site: SiteConfig }> {
  const site = loadSiteConfig();
  const input = await readLedgerInput((name) => getCollection(name));
  return { ledger: buildLedger(input, resolveAsOf(site)), site };
}

/** The whole ledger on the build's as-of day, built once per build and shared by every page. */
export function getLedger(): Promise<{ ledger: Ledger; site: SiteConfig }> {
  cached ??= load();
  return cached;
}

// The base path comes from the site's public address in site.yaml (`https://host/sub/` → `/sub/`),
// the same place astro.config.mjs takes it from.
const basePath = new URL(loadSiteConfig().url).pathname;

/** A site path (`/tasks/x/`) as a link that works under the site's base path. */
export function hrefTo(path: string): string {
  return withBase(path, basePath);
}
