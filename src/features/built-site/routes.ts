import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** The project's page files. */
const PAGES = resolve(import.meta.dirname, '../../pages');

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
export function pageRoutes(pagesDir: string = PAGES): PageRoute[] {
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
