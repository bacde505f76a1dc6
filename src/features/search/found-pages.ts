import { holdsEveryTerm, literalTerms } from './literal-terms.ts';

/** What Pagefind's browser API gives for a page found (the part the search page uses). */
export interface FoundPage {
  url: string;
  /** The page's text around the matches, with the matches in `<mark>`. */
  excerpt: string;
  /** All the page's indexed text. */
  content: string;
  meta: { title?: string } & Record<string, string | undefined>;
}

/** A result of Pagefind's search: its page is loaded on demand, one small file each. */
export interface PagefindResult {
  data(): Promise<FoundPage>;
}

/**
 * How many pages hold the query: `exactly` when every result was looked at (or none had to be);
 * `atLeast` when enough were found to fill the list before the last result; `among` when only
 * the `checked` best results were looked at, so there may be more.
 */
export type FoundCount = { exactly: number } | { atLeast: number } | { among: number; checked: number };

export interface FoundPages {
  /** The pages to list, best first, at most `shown`. */
  pages: FoundPage[];
  count: FoundCount;
}

/**
 * The pages to list for a query, in Pagefind's order, and how many there are. When the query has
 * literal terms (a Chinese word of two or more characters, a number: `literalTerms`), a result
 * counts only if its page holds each as written: the pages are loaded `shown` at a time until
 * `shown` pages hold them, or `checkAtMost` results have been looked at (a query that matches
 * every page by its single characters must not load them all).
 */
export async function foundPages(results: readonly PagefindResult[], query: string, { shown, checkAtMost }: { shown: number; checkAtMost: number }): Promise<FoundPages> {
  const terms = literalTerms(query);
  if (terms.length === 0) {
    return { pages: await Promise.all(results.slice(0, shown).map((result) => result.data())), count: { exactly: results.length } };
  }
  const holding: FoundPage[] = [];
  const limit = Math.min(results.length, checkAtMost);
  let checked = 0;
  while (holding.length < shown && checked < limit) {
    const batch = await Promise.all(results.slice(checked, Math.min(checked + shown, limit)).map((result) => result.data()));
    checked += batch.length;
    holding.push(...batch.filter((page) => holdsEveryTerm([page.content, page.meta.title ?? ''], terms)));
  }
  const pages = holding.slice(0, shown);
  if (checked === results.length) return { pages, count: { exactly: holding.length } };
  if (holding.length >= shown) return { pages, count: { atLeast: holding.length } };
  return { pages, count: { among: holding.length, checked } };
}
