/**
 * The search index in parts. Pagefind keeps every page it indexes in memory until it writes the
 * index, about a third of a megabyte a task page: 3.2 GiB for 10,000 of them. Above
 * `PAGES_PER_PART` searchable pages the build writes the index as several, one after another, each
 * by a fresh Pagefind process (900 MiB for the same 10,000 pages in four parts, in the same time),
 * and the search page merges them (Pagefind's `mergeIndex`). Each part takes every n-th page of
 * the whole, so each is a sample of the site and scores its results as the others do.
 */

/** Searchable pages an index part holds at most, unless LEDGER_SEARCH_PAGES_PER_PART says otherwise. */
export const PAGES_PER_PART = 2500;

/** The list of the index's further parts, beside Pagefind's own files in `pagefind/`: `["part-1/", …]`. */
export const SEARCH_PARTS_FILE = 'parts.json';

/** A further part's folder under `pagefind/`, as the parts file names it. */
const PART_PATH = /^part-[1-9]\d*\/$/;

/** The folder of part `index` (the first part is `pagefind/` itself). */
export function partFolder(index: number): string {
  return index === 0 ? '' : `part-${index}/`;
}

/**
 * `pages` dealt into as few parts as hold at most `pagesPerPart` each, one page to each part in
 * turn, so that every part is a sample of the whole; always at least one part.
 */
export function searchParts<T>(pages: readonly T[], pagesPerPart: number): T[][] {
  const count = Math.max(1, Math.ceil(pages.length / pagesPerPart));
  const parts: T[][] = Array.from({ length: count }, () => []);
  pages.forEach((page, index) => parts[index % count]!.push(page));
  return parts;
}

/**
 * The further parts' folders from the parts file's text, for the search page. Anything but a list
 * of part folders is refused: the page then says search is unavailable rather than search a part
 * of the site.
 */
export function partPaths(text: string): string[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string' && PART_PATH.test(item))) {
    throw new Error(`${SEARCH_PARTS_FILE} is not a list of index parts`);
  }
  return value;
}

/**
 * The part size a build was given in LEDGER_SEARCH_PAGES_PER_PART (for a machine with little
 * memory, and for the tests, which split a small site), or the default; a value that is not a
 * whole number of pages is refused with what to write.
 */
export function pagesPerPartFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return PAGES_PER_PART;
  const pages = Number(value.trim());
  if (!Number.isSafeInteger(pages) || pages < 1) {
    throw new Error(
      `环境变量 LEDGER_SEARCH_PAGES_PER_PART 应为正整数（每部分搜索索引最多收录的页面数，默认 ${PAGES_PER_PART}），现在是“${value}”。\n` +
        `LEDGER_SEARCH_PAGES_PER_PART must be a whole number of pages above 0 (default ${PAGES_PER_PART}), not "${value}".`,
    );
  }
  return pages;
}
