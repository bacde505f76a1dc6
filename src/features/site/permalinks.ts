import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../schemas/collections.ts';
import type { Redirect } from '../../schemas/redirect.ts';
import type { SitePath } from './site-paths.ts';
import { periodById } from '../../core/periods.ts';
import { paths, withBase } from '../../core/urls.ts';
import { escapeHtml } from '../../core/html-text.ts';
import { RETIRED_STATUS_SLUGS } from '../../core/status.ts';

/**
 * Permalinks never break (永久链接): the build lists every URL it published; the deployment
 * keeps the list of every URL published so far in `content/published-urls.txt`; a URL on that
 * list that the build no longer publishes, and that `content/redirects.yaml` does not send
 * elsewhere, fails the build by name.
 */
export const PUBLISHED_URLS_FILE = 'published-urls.txt';
export const REDIRECTS_FILE = 'redirects.yaml';

/**
 * Addresses the product itself stopped writing, each sent on to the one that took its place, as
 * `content/redirects.yaml` sends a renamed entry's: the filtered list of a status slug the
 * vocabulary retired (`/filter/status/behind/` → `/filter/status/overdue/`, issue 18). Every
 * deployment gets them, whatever its content.
 */
export function productRedirects(): Redirect[] {
  return Object.entries(RETIRED_STATUS_SLUGS).map(([from, to]) => ({
    from: paths.filter('status', from),
    to: paths.filter('status', to),
    note: '状态用语统一：原“滞后”并入“逾期”',
  }));
}

/**
 * Files the product itself stopped writing that are no page anyone cites, so that no redirect can
 * stand for them: a promise of one is kept by its retirement here, for every deployment.
 * `/feeds/feed.xsl` is the XSLT stylesheet feeds named until browsers dropped XSLT; feeds now carry
 * the page a browser shows them as (src/features/publish/feed-page.ts).
 */
export const RETIRED_FILES: readonly string[] = ['/feeds/feed.xsl'];

/** The addresses the product itself retired, worked out once: a deployment's promised list may hold tens of thousands. */
const RETIRED = new Set([...RETIRED_FILES, ...productRedirects().map((redirect) => redirect.from)]);

/** Whether the product itself retired an address: sent on by every build (productRedirects), or a file no one cites (RETIRED_FILES). */
export function isRetiredAddress(path: string): boolean {
  return RETIRED.has(path);
}

/**
 * Where a request for an old address goes, as the built site sends it on: the new address under
 * the base path, or undefined when the request is for no address of `redirects`. For the dev
 * server (`npm run dev`), so that staff who renamed an id see its old address answer as it will
 * once published. A page's old address is matched with or without its final slash.
 */
export function redirectTarget(requestUrl: string, base: string, redirects: readonly Redirect[]): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const pathname = requestUrl.split(/[?#]/)[0]!;
  if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return undefined;
  let path: string;
  try {
    path = `/${decodeURIComponent(pathname.slice(prefix.length))}`;
  } catch {
    return undefined;
  }
  const found = redirects.find((redirect) => redirect.from === path || (redirect.from.endsWith('/') && redirect.from === `${path}/`));
  return found && withBase(found.to, prefix);
}

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

// Hashed build assets, the site's own scripts and search-index fragments change with builds, and the numbered
// pages of a long list come and go as it grows and shrinks (its first page stays): not permalinks.
const NOT_PERMALINKS = [/^_astro\//, /^scripts\//, /^pagefind\//, /^published-urls\.txt$/, /(^|\/)page-\d+\/index\.html$/];

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

/**
 * The plan of a bulletin whose period begins after the as-of day (`/bulletins/<plan>/2026-b6/` on
 * a site built as of 2022-07-15, as the tests build it), else undefined. Such a bulletin is due
 * later, not gone: a site built as of an earlier day does not publish it yet.
 */
export function laterBulletinPlan(path: string, asOf: string): string | undefined {
  if (!path.startsWith(paths.bulletins()) || !path.endsWith('/')) return undefined;
  const segments = path.slice(paths.bulletins().length, -1).split('/');
  const period = periodById(segments.pop() ?? '');
  return period && period.start > asOf && segments.length > 0 ? segments.join('/') : undefined;
}

/** Promised URLs that are neither published, redirected, retired by the product nor due later: each one a broken permalink. */
export function missingPermalinks(promised: readonly string[], published: ReadonlySet<string>, redirects: readonly Redirect[], asOf: string): string[] {
  const moved = new Set(redirects.map((redirect) => redirect.from));
  return promised.filter((path) => !published.has(path) && !moved.has(path) && !isRetiredAddress(path) && laterBulletinPlan(path, asOf) === undefined);
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
  suffix: string;
  /** What the entry is, in Chinese, for messages. */
  label: string;
  ids: string[];
}

/**
 * The families of addresses the content decides (one page, feed or chart per task, unit, area,
 * inspection, plan, document, news item, case, indicator and filter value), read off the site's
 * own list of addresses (src/features/site/site-paths.ts), so that no second list of routes exists.
 */
export function entryRoutes(addresses: readonly SitePath[]): EntryRoute[] {
  const routes = new Map<string, EntryRoute>();
  for (const { path, entry } of addresses) {
    if (!entry || !isPermalink(path)) continue;
    const at = path.lastIndexOf(`/${entry.id}`);
    if (at < 0) continue;
    const prefix = path.slice(0, at + 1);
    const suffix = path.slice(at + 1 + entry.id.length);
    const key = `${prefix}\0${suffix}`;
    const route = routes.get(key) ?? { prefix, suffix, label: COLLECTIONS[entry.collection].label, ids: [] };
    route.ids.push(entry.id);
    routes.set(key, route);
  }
  // The most particular family first: `/indicators/<id>/embed/` before `/indicators/<id>/`.
  return [...routes.values()].sort((a, b) => b.suffix.length - a.suffix.length);
}

/**
 * The entry an address belonged to when that entry no longer exists (`/tasks/demo/6/` → task
 * `demo/6`), so a message can say what went; undefined when the address is not an entry's or its
 * entry (or an entry it lies under) still exists.
 */
export function goneEntryOf(path: string, routes: readonly EntryRoute[]): { route: EntryRoute; id: string } | undefined {
  for (const route of routes) {
    if (!path.startsWith(route.prefix) || !path.endsWith(route.suffix) || path.length <= route.prefix.length + route.suffix.length) continue;
    const key = path.slice(route.prefix.length, path.length - route.suffix.length);
    if (route.ids.some((id) => key === id || key.startsWith(`${id}/`))) return undefined;
    return { route, id: key };
  }
  return undefined;
}

/**
 * The page left at a redirected address (content/redirects.yaml): it sends the reader on at once,
 * says so in Chinese with a link for a browser that does not follow, and points search engines at
 * the new address. Written by the build rather than by Astro's redirects, whose page is in English,
 * has no language and writes `0;url=`, which the W3C checker refuses (the HTML standard wants a
 * space after the semicolon). It carries the policy every other page carries (`policy`), so that
 * `_headers` still needs one rule for the whole site.
 */
export function redirectPage(options: { href: string; canonical: string; siteTitle: string; icon: string; policy?: string }): string {
  const href = escapeHtml(options.href);
  const canonical = escapeHtml(options.canonical);
  const policy = options.policy ? `\n<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.policy)}">` : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">${policy}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>本页已迁至新网址 · ${escapeHtml(options.siteTitle)}</title>
<meta http-equiv="refresh" content="0; url=${href}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<link rel="icon" href="${escapeHtml(options.icon)}" type="image/svg+xml">
</head>
<body>
<p>本页已迁至新网址：<a href="${href}">${canonical}</a></p>
<p lang="en">This page has moved to the address above.</p>
</body>
</html>
`;
}
