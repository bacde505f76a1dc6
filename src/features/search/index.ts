import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';

export { searchMarks } from './ranking.ts';
export { holdsEveryTerm, literalTerms } from './literal-terms.ts';
import { PAGES_PER_PART, partFolder, SEARCH_PARTS_FILE, searchParts } from './parts.ts';
export { PAGES_PER_PART, pagesPerPartFrom, partPaths, SEARCH_PARTS_FILE, searchParts } from './parts.ts';

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
/** The searchable pages of a built site, as paths under it, in a stable order. */
function searchablePages(site: string): string[] {
  const pages = new Set<string>();
  for (const section of SEARCHABLE_SECTIONS) {
    const folder = join(site, section);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.html')) pages.add(relative(site, join(entry.parentPath, entry.name)));
    }
  }
  return [...pages].sort();
}

/**
 * Indexes the searchable pages of a built site (the folder Astro wrote) and writes the index to
 * its `pagefind/` folder, in parts above `pagesPerPart` pages (parts.ts); returns how many pages
 * it indexed, in how many parts. Chinese is segmented into words by the extended Pagefind binary, which the platform
 * package (`@pagefind/linux-x64` and the like, installed by `npm ci`) ships. Throws with
 * Pagefind's own messages when it fails.
 */
export async function indexSite(site: string, { pagesPerPart = PAGES_PER_PART }: { pagesPerPart?: number } = {}): Promise<{ pages: number; parts: number }> {
  const parts = searchParts(searchablePages(site), pagesPerPart);
  // Pagefind reads a folder: each part's pages are linked (or copied) into one of their own.
  const linked = mkdtempSync(join(site, '.search-part-'));
  try {
    let indexed = 0;
    for (const [index, pages] of parts.entries()) {
      const folder = join(linked, String(index));
      mkdirSync(folder);
      for (const page of pages) {
        mkdirSync(dirname(join(folder, page)), { recursive: true });
        linkOrCopy(join(site, page), join(folder, page));
      }
      indexed += await writePart(folder, join(site, 'pagefind', partFolder(index)), { engine: index === 0 });
    }
    writeFileSync(join(site, 'pagefind', SEARCH_PARTS_FILE), `${JSON.stringify(parts.slice(1).map((_, index) => partFolder(index + 1)))}\n`);
    return { pages: indexed, parts: parts.length };
  } finally {
    rmSync(linked, { recursive: true, force: true });
  }
}

/** Indexes one folder of pages into `output`, by a Pagefind process that ends with it (and frees its memory). */
async function writePart(folder: string, output: string, keep: { engine: boolean }): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: folder });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    removeUnused(output, keep);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** A hard link where the file system allows one (no copy of the page's bytes), else a copy. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Pagefind also writes its ready-made search interfaces; the site's search page
 * (src/browser/site-search.ts) uses only the engine (pagefind.js, its worker and WebAssembly)
 * and the index, so the interfaces (about 370 KB) are not published. A further part of the index
 * needs no engine of its own either: the first part's loads it (`mergeIndex`).
 */
function removeUnused(folder: string, { engine }: { engine: boolean }): void {
  for (const name of readdirSync(folder)) {
    const unused = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(name) || (!engine && /^(pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/.test(name));
    if (unused) rmSync(join(folder, name));
  }
}
