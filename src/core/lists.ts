/**
 * Long lists in pages (分页). A filtered list of a 10,000-task deployment ran to 25 MB of
 * HTML; a list page now shows at most `listLength` rows (site.yaml, 200 unless set), and
 * the summary pages (home, unit, county) show the first rows and link to the full list.
 */
export const DEFAULT_LIST_LENGTH = 200;

/** The pages of a list, `size` rows each; an empty list is one empty page. */
export function chunkList<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}


/** The page numbers a pager links to: all of a short run, else the ends and those around `current`, with gaps as null. */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  if (count <= 9) return Array.from({ length: count }, (_, index) => index + 1);
  const shown = [...new Set([1, 2, current - 1, current, current + 1, count - 1, count])].filter((page) => page >= 1 && page <= count).sort((a, b) => a - b);
  return shown.flatMap((page, index) => (index > 0 && page - shown[index - 1]! > 1 ? [null, page] : [page]));
}
