import { readFileSync, statSync } from 'node:fs';
import { listPages, type BuiltPage } from '../../src/features/built-site/pages.ts';
import { routeOf, type PageRoute, pageRoutes } from '../../src/features/built-site/routes.ts';

export { pageRoutes, routeOf, type PageRoute };
import { basePathOf, SITES, type SiteName } from './sites.ts';

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
