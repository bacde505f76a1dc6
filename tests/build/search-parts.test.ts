import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listPages } from '../../src/features/built-site/index.ts';
import { loadSiteConfig } from '../../src/features/check/index.ts';
import { TWO_CITIES } from '../helpers/sites.ts';

// The two-city site is built with its search index in parts of 100 pages (TWO_CITIES.env), as a
// site of many thousand pages is (src/features/search/parts.ts); the search tests search it.
const dist = TWO_CITIES.outDir;
const index = join(dist, 'pagefind');

/** The addresses of the pages an index part holds, read from its fragments (gzipped `pagefind_dcd` + JSON). */
function pagesOfPart(folder: string): string[] {
  return readdirSync(join(folder, 'fragment')).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, 'fragment', name))).toString('utf8');
    expect(text.startsWith('pagefind_dcd')).toBe(true);
    return (JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string }).url;
  });
}

describe('a search index in parts', () => {
  const parts = JSON.parse(readFileSync(join(index, 'parts.json'), 'utf8')) as string[];
  const folders = [index, ...parts.map((part) => join(index, part))];

  it('lists its further parts for the search page', () => {
    expect(parts.length).toBeGreaterThanOrEqual(1);
    expect(parts).toEqual(parts.map((_, position) => `part-${position + 1}/`));
  });

  it('holds every searchable page of the site once, in one of its parts, each part within the part size', () => {
    const base = new URL(loadSiteConfig(TWO_CITIES.contentDir).url).pathname;
    const searchable = listPages(dist, base)
      .filter((page) => /<main[^>]*\sdata-pagefind-body[\s>=]/.test(readFileSync(page.file, 'utf8')))
      .map((page) => `/${page.path.slice(base.length)}`);
    const held = folders.map(pagesOfPart);
    for (const part of held) expect(part.length).toBeLessThanOrEqual(Number(TWO_CITIES.env.LEDGER_SEARCH_PAGES_PER_PART));
    expect(held.flat().sort()).toEqual(searchable.sort());
    const counted = folders.map((folder) => {
      const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    });
    expect(counted).toEqual(held.map((part) => part.length));
  });

  it('publishes the search engine once, with the first part, and no folder it linked the pages through', () => {
    expect(existsSync(join(index, 'pagefind.js'))).toBe(true);
    for (const part of parts) expect(readdirSync(join(index, part)).filter((name) => /\.js$|^wasm\./.test(name)), part).toEqual([]);
    expect(readdirSync(dist).filter((name) => name.startsWith('.search-part-'))).toEqual([]);
  });
});
