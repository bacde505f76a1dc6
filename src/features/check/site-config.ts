import { resolve } from 'node:path';
import { siteSchema, type SiteConfig } from '../../schemas/site.ts';
import { ContentProblems } from './problem.ts';
import { readSiteFile } from './site-file.ts';
import { isValidPartialDate } from '../../schemas/shared.ts';
import { todayInChina } from '../../core/dates.ts';

/**
 * The content folder: `content/` of the project, or LEDGER_CONTENT_DIR so the same code can
 * build another deployment, a test fixture or the benchmark's synthetic content.
 */
export function contentRoot(): string {
  return resolve(process.env.LEDGER_CONTENT_DIR ?? 'content');
}

/**
 * Reads and validates `site.yaml` of the content folder through the content reader; throws
 * ContentProblems (file, line, field, fix) when it cannot be used.
 */
export function loadSiteConfig(root: string = contentRoot()): SiteConfig {
  const { site, problems } = readSiteFile(process.cwd(), resolve(root));
  if (!site) throw new ContentProblems(problems);
  return site;
}

/**
 * The settings astro.config needs before the content check has run: those of site.yaml, or
 * stand-ins when it cannot be read, so that Astro starts and the content check stops the
 * build naming each problem of site.yaml (instead of a stack trace from the config file).
 */
export function siteConfigForAstro(root: string = contentRoot()): SiteConfig {
  const { site } = readSiteFile(process.cwd(), resolve(root));
  return site ?? siteSchema.parse({ title: '整改台账', shortTitle: '整改台账', publisher: '整改台账', description: '整改台账', url: 'https://example.invalid/', dataLicence: 'CC-BY-4.0' });
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

/**
 * Host names set aside for examples and tests (RFC 2606, RFC 6761): example.com, .net and .org,
 * and any name under .example, .test, .invalid or .localhost, and localhost itself.
 */
const PLACEHOLDER_HOST = /(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$|^127\.|^\[::1\]$/i;

/**
 * A notice, not a problem, when `url` in site.yaml is a placeholder (a new deployment trying the
 * product, a test): every permanent link, QR code, citation, feed, the sitemap and the open data
 * carry that address, so a site published with it points readers nowhere. Printed by
 * `npm run check` and the build, which both go on.
 */
export function placeholderAddressNotice(site: Pick<SiteConfig, 'url'> | null): string | undefined {
  if (!site) return undefined;
  // A fully qualified name may end with a dot (example.org.).
  const host = new URL(site.url).hostname.replace(/\.$/, '');
  if (!PLACEHOLDER_HOST.test(host)) return undefined;
  return (
    `提醒：content/site.yaml 的 url 是示例地址（${site.url}）。永久链接、二维码、引用格式、订阅源、站点地图和开放数据里的网址都用它；正式发布前请改为本站的真实网址。\n` +
    `(Notice: url in content/site.yaml is a placeholder (${site.url}): permanent links, QR codes, citations, feeds, the sitemap and the open data all carry it. Set the site's real address before publishing.)`
  );
}

/**
 * A notice, not a problem, when the content has places but site.yaml no `map:` (the county
 * outlines every map is drawn on): each layer's page is then a table, and the check has nothing
 * to hold a point against.
 */
export function missingMapNotice(site: Pick<SiteConfig, 'map' | 'placeLayers'> | null, placeCount: number): string | undefined {
  if (!site || site.map || placeCount === 0) return undefined;
  return (
    `提醒：content/site.yaml 没有 map（地图底图的县区界线），${placeCount} 处地点只列在表格中，地图页不画地图，经纬度也无从核对落在哪个县区。要画地图，请按 README 的“Maps”配置 map.outlines。\n` +
    `(Notice: content/site.yaml has no map (the county outlines maps are drawn on): the ${placeCount} place(s) are listed in tables only, no map is drawn, and no point can be checked against its county. See "Maps" in the README to set map.outlines.)`
  );
}
