import { areasOf } from '../core/areas.ts';
import { getCollection } from 'astro:content';
import { buildLedger, readLedgerInput, type Ledger } from '../core/ledger.ts';
import { workingDayCalendar } from '../core/working-days.ts';
import { loadSiteConfig, resolveAsOf } from '../features/check/index.ts';
import type { SiteConfig } from '../schemas/site.ts';

let cached: Promise<{ ledger: Ledger; site: SiteConfig }> | undefined;

async function load(): Promise<{ ledger: Ledger; site: SiteConfig }> {
  const site = loadSiteConfig();
  const input = await readLedgerInput((name) => getCollection(name));
  return { ledger: buildLedger(input, resolveAsOf(site), workingDayCalendar(site.holidays), areasOf(site.areas)), site };
}

/** The whole ledger on the build's as-of day, built once per build and shared by every page. */
export function getLedger(): Promise<{ ledger: Ledger; site: SiteConfig }> {
  cached ??= load();
  return cached;
}

// Links: pages import hrefTo from here or from href.ts; components only from href.ts (they never read the ledger).
export { hrefTo, linkTo } from './href.ts';
