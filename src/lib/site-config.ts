import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { isValidPartialDate } from '../schemas/shared.ts';
import { todayInChina } from './dates.ts';

/**
 * The content folder: `content/` of the project, or LEDGER_CONTENT_DIR so the same code can
 * build another deployment, a test fixture or the benchmark's synthetic content.
 */
export function contentRoot(): string {
  return resolve(process.env.LEDGER_CONTENT_DIR ?? 'content');
}

/** Reads and validates `site.yaml` of the content folder. */
export function loadSiteConfig(root: string = contentRoot()): SiteConfig {
  const file = resolve(root, 'site.yaml');
  return siteSchema.parse(parse(readFileSync(file, 'utf8')));
}

/**
 * The day statuses are derived against: LEDGER_AS_OF, else `asOf` in site.yaml, else today in
 * China. Setting it makes builds and tests reproducible.
 */
export function resolveAsOf(site: Pick<SiteConfig, 'asOf'>, env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.LEDGER_AS_OF?.trim();
  if (fromEnv) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fromEnv) || !isValidPartialDate(fromEnv)) {
      throw new Error(`LEDGER_AS_OF=“${fromEnv}”不是有效日期，请写成 YYYY-MM-DD。\nLEDGER_AS_OF="${fromEnv}" is not a date: write YYYY-MM-DD.`);
    }
    return fromEnv;
  }
  return site.asOf ?? todayInChina();
}
