import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { listPages, type BuiltPage } from '../../src/features/built-site/pages.ts';
import { basePathOf, PROJECT_ROOT, SITES, type SiteName } from './sites.ts';

/** A page route of Astro: a page file of src/pages (`tasks/[...id].astro`) and the paths it builds. */
export interface PageRoute {
  /** The file under src/pages, e.g. `charts/[...id]/embed.astro`. */
  file: string;
  /** Matches the site paths (without the base path) of the pages it builds: `/tasks/x/06/`. */
  pattern: RegExp;
  /** How Astro ranks routes that match the same path: more fixed segments first, then fewer rest parameters. */
  fixed: number;
  rest: number;
}

/** File kinds Astro renders as HTML pages; the others (`.ts`) are endpoints that write data files. */
const PAGE_FILE = /\.(astro|md|mdx|html)$/;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page routes of src/pages, each with the pattern of the paths it builds. */
export function pageRoutes(pagesDir: string = resolve(PROJECT_ROOT, 'src/pages')): PageRoute[] {
  return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replace(/\\/g, '/'))
    .filter((file) => PAGE_FILE.test(file) && statSync(resolve(pagesDir, file)).isFile())
    .sort()
    .map((file) => {
      const segments = file.replace(PAGE_FILE, '').split('/');
      if (segments.at(-1) === 'index') segments.pop();
      // The 404 page is written as 404.html (Astro's rule), every other page as a folder.
      if (segments.join('/') === '404') return { file, pattern: /^\/404\.html$/, fixed: 1, rest: 0 };
      let source = '^/';
      let fixed = 0;
      let rest = 0;
      for (const segment of segments) {
        if (/^\[\.\.\.[^\]]+\]$/.test(segment)) {
          source += '(?:[^?#]+/)?';
          rest++;
        } else {
          source += `${segment.split(/(\[[^\]]+\])/).map((part) => (/^\[[^\]]+\]$/.test(part) ? '[^/]+' : escape(part))).join('')}/`;
          if (!segment.includes('[')) fixed++;
        }
      }
      return { file, pattern: new RegExp(`${source}$`), fixed, rest };
    });
}

/** The route that builds a site path (`/tasks/x/06/`, without the base path), as Astro ranks them. */
export function routeOf(path: string, routes: readonly PageRoute[]): PageRoute | undefined {
  return routes
    .filter((route) => route.pattern.test(path))
    .sort((a, b) => b.fixed - a.fixed || a.rest - b.rest)[0];
}

/** A built page of a test site, with the route that built it. */
export interface RoutePage extends BuiltPage {
  site: SiteName;
  /** Its path without the base path: `/tasks/x/06/`. */
  sitePath: string;
  bytes: number;
}

/** A page Astro writes for a redirect of content/redirects.yaml: no page file of ours made it. */
const isRedirectPage = (file: string) => /<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8').slice(0, 2000));

/** Every built page of the test sites (redirect pages aside), grouped by the route that built it. */
export function pagesByRoute(sites: readonly SiteName[], routes: readonly PageRoute[] = pageRoutes()): { byRoute: Map<PageRoute, RoutePage[]>; unmatched: RoutePage[] } {
  const byRoute = new Map<PageRoute, RoutePage[]>(routes.map((route) => [route, []]));
  const unmatched: RoutePage[] = [];
  for (const site of sites) {
    const basePath = basePathOf(site);
    for (const page of listPages(SITES[site].outDir, basePath)) {
      if (isRedirectPage(page.file)) continue;
      const sitePath = `/${page.path.slice(basePath.length)}`;
      const entry = { ...page, site, sitePath, bytes: statSync(page.file).size };
      const route = routeOf(sitePath, routes);
      if (route) byRoute.get(route)!.push(entry);
      else unmatched.push(entry);
    }
  }
  return { byRoute, unmatched };
}

/**
 * One page of each route: from the first site (in the order given) that built the route, its
 * largest page, so that the checks meet as much of what the route can show as one page holds.
 */
export function oneSamplePerRoute(byRoute: Map<PageRoute, RoutePage[]>, sites: readonly SiteName[]): Map<PageRoute, RoutePage> {
  const sample = new Map<PageRoute, RoutePage>();
  for (const [route, pages] of byRoute) {
    const site = sites.find((name) => pages.some((page) => page.site === name));
    if (!site) continue;
    const largest = pages.filter((page) => page.site === site).sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))[0]!;
    sample.set(route, largest);
  }
  return sample;
}
