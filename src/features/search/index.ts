import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export { searchMarks } from './ranking.ts';
export { holdsEveryTerm, literalTerms } from './literal-terms.ts';

/**
 * Site search (站内搜索), the build side: which pages are searchable and the index Pagefind makes
 * of them. A page is searchable when its layout passes `searchable` (src/layouts/Base.astro marks
 * it `data-pagefind-body`; tables and the map mark what is not to be indexed with
 * `data-pagefind-ignore`, and `searchMarks` what ranks higher or lower); the search page's code
 * is src/browser/site-search.ts.
 */

/**
 * The sections whose pages are searchable. Pagefind reads only these folders: reading every page
 * of a 10,000-task site to find the marked ones took longer than indexing them. A test checks that
 * every marked page lies in one of them.
 */
export const SEARCHABLE_SECTIONS = [
  'tasks',
  'findings',
  'plans',
  'inspections',
  'units',
  'counties',
  'indicators',
  'report',
  'cases',
  'news',
  'documents',
  // The site's own charts; a measure's target chart (charts/targets/…, one per target) repeats its task page.
  'charts/status',
  'charts/overdue',
  'charts/progress',
] as const;
const SEARCHABLE_GLOB = `{${SEARCHABLE_SECTIONS.join(',')}}/**/*.html`;

/**
 * Indexes the searchable pages of a built site (the folder Astro wrote) and writes the index to
 * its `pagefind/` folder; returns how many pages it indexed. Chinese is segmented into words by
 * the extended Pagefind binary, which the platform package (`@pagefind/linux-x64` and the like,
 * installed by `npm ci`) ships. Throws with Pagefind's own messages when it fails.
 */
export async function indexSite(site: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: site, glob: SEARCHABLE_GLOB });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    removeUnusedUi(join(site, 'pagefind'));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * Pagefind also writes its ready-made search interfaces; the site's search page
 * (src/browser/site-search.ts) uses only the engine (pagefind.js, its worker and WebAssembly)
 * and the index, so the interfaces (about 370 KB) are not published.
 */
function removeUnusedUi(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(name)) rmSync(join(folder, name));
  }
}
