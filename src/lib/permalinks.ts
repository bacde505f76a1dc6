import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redirect } from '../schemas/redirect.ts';
import { FILTER_DIMENSIONS, filterOptions, isArea } from './filters.ts';
import type { Ledger } from './ledger.ts';

/**
 * Permalinks never break (永久链接): the build lists every URL it published; the deployment
 * keeps the list of every URL published so far in `content/published-urls.txt`; a URL on that
 * list that the build no longer publishes, and that `content/redirects.yaml` does not send
 * elsewhere, fails the build by name.
 */
export const PUBLISHED_URLS_FILE = 'published-urls.txt';
export const REDIRECTS_FILE = 'redirects.yaml';

/** Site paths from a URL list: one a line; blank lines and `#` comments ignored. */
export function parseUrlList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** A URL list as a file: sorted, one a line, with a header saying what it is. */
export function formatUrlList(paths: Iterable<string>, header: string): string {
  return `${header
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n')}\n${[...new Set(paths)].sort().join('\n')}\n`;
}

// Hashed build assets and search-index fragments change with every build, and the numbered
// pages of a long list come and go as it grows and shrinks (its first page stays): not permalinks.
const NOT_PERMALINKS = [/^_astro\//, /^pagefind\//, /^published-urls\.txt$/, /(^|\/)page-\d+\/index\.html$/];

/** Whether a line of a URL list is a site path: `/`, `/tasks/x/`, `/data/tasks.json`. */
export function isSitePath(path: string): boolean {
  return /^\/(?:[A-Za-z0-9._~-]+\/)*(?:[A-Za-z0-9._~-]+\.[A-Za-z0-9]+)?$/.test(path);
}

/** Whether a site path is one a reader may cite: not an asset, a search fragment or a numbered list page. */
export function isPermalink(path: string): boolean {
  const file = path.replace(/^\//, '').replace(/\/$|^$/, (end) => `${end}index.html`);
  return !NOT_PERMALINKS.some((pattern) => pattern.test(file));
}

/**
 * The site paths of the files a build wrote (paths relative to the output folder, `/`-separated):
 * `tasks/x/index.html` → `/tasks/x/`, `data/tasks.json` → `/data/tasks.json`.
 */
export function publishedPaths(files: readonly string[]): string[] {
  return files
    .filter((file) => !NOT_PERMALINKS.some((pattern) => pattern.test(file)))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** Promised URLs that are neither published nor redirected: each one a broken permalink. */
export function missingPermalinks(promised: readonly string[], published: ReadonlySet<string>, redirects: readonly Redirect[]): string[] {
  const moved = new Set(redirects.map((redirect) => redirect.from));
  return promised.filter((path) => !published.has(path) && !moved.has(path));
}

/** Redirects whose target is not published: a redirect must lead to a page. */
export function danglingRedirects(redirects: readonly Redirect[], published: ReadonlySet<string>): Redirect[] {
  return redirects.filter((redirect) => !published.has(redirect.to));
}

/** Reads the promised URL list of a content folder, or null when the deployment keeps none yet. */
export function loadPromisedUrls(contentDir: string): string[] | null {
  const file = join(contentDir, PUBLISHED_URLS_FILE);
  return existsSync(file) ? parseUrlList(readFileSync(file, 'utf8')) : null;
}

/** A family of addresses that exist exactly when their entry does: `/tasks/<id>/`, `/feeds/units/<id>.xml`. */
export interface EntryRoute {
  prefix: string;
  suffix: '/' | '.xml';
  /** What the entry is, in Chinese, for messages. */
  label: string;
  ids: readonly string[];
}

/**
 * The addresses the content decides: one page (or feed) per task, unit, area, inspection,
 * plan, document, news item, typical case, indicator and filter value. The content check
 * holds promised URLs and redirects against them, so a renamed entry without a redirect is a
 * content problem named before the build, not a failed build.
 */
export function entryRoutes(ledger: Ledger): EntryRoute[] {
  const tasks = ledger.tasks.map((view) => view.id);
  const units = [...ledger.units.keys()];
  const areas = [...ledger.jurisdictions.values()].filter(isArea).map((area) => area.id);
  const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);
  const options = filterOptions(ledger);
  return [
    { prefix: '/tasks/', suffix: '/', label: '整改任务', ids: tasks },
    { prefix: '/feeds/tasks/', suffix: '.xml', label: '整改任务', ids: tasks },
    { prefix: '/units/', suffix: '/', label: '单位', ids: units },
    { prefix: '/feeds/units/', suffix: '.xml', label: '单位', ids: units },
    { prefix: '/counties/', suffix: '/', label: '县（区）', ids: areas },
    { prefix: '/feeds/counties/', suffix: '.xml', label: '县（区）', ids: areas },
    { prefix: '/inspections/', suffix: '/', label: '督察', ids: ids(ledger.inspections) },
    { prefix: '/plans/', suffix: '/', label: '整改方案', ids: ids(ledger.plans) },
    { prefix: '/documents/', suffix: '/', label: '文件', ids: [...ledger.documents.keys()] },
    { prefix: '/news/', suffix: '/', label: '整改动态', ids: ids(ledger.news) },
    { prefix: '/cases/', suffix: '/', label: '典型案例', ids: ids(ledger.cases) },
    { prefix: '/indicators/', suffix: '/', label: '指标', ids: ids(ledger.indicators) },
    ...FILTER_DIMENSIONS.map(
      (dimension): EntryRoute => ({
        prefix: `/filter/${dimension}/`,
        suffix: '/',
        label: '筛选',
        ids: options.filter((option) => option.dimension === dimension).map((option) => option.value),
      }),
    ),
  ];
}

/**
 * Whether the entry a site path belongs to still exists: `published` (the page of an entry that
 * exists, or a page under it such as `/indicators/<id>/embed/`), `gone` with the family, or
 * `unknown` when the path is not an entry's (a list page, a data file), which the build judges.
 */
export function entryOfPath(
  path: string,
  routes: readonly EntryRoute[],
): { state: 'unknown' } | { state: 'published'; exact: boolean } | { state: 'gone'; route: EntryRoute; id: string } {
  for (const route of routes) {
    if (!path.startsWith(route.prefix) || !path.endsWith(route.suffix)) continue;
    const key = path.slice(route.prefix.length, path.length - route.suffix.length);
    if (key === '') continue;
    if (route.ids.includes(key)) return { state: 'published', exact: true };
    if (route.ids.some((id) => key.startsWith(`${id}/`))) return { state: 'published', exact: false };
    return { state: 'gone', route, id: key };
  }
  return { state: 'unknown' };
}

