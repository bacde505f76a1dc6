/**
 * How the site search (站内搜索) ranks pages, in Pagefind's own terms: what a page marks for the
 * index (`searchMarks`, spread on an element) and the ranking the search page asks for
 * (`SEARCH_RANKING`). The rule they make: the page of the thing a query names comes first (a
 * task, a finding, an inspection, a plan; then a unit, an indicator), then the list page named so
 * (a county), then the pages that mention it, lists last.
 */

/**
 * What a page's name is, by kind of page: the Pagefind metadata field that holds it and how much a
 * query found in it weighs (times the query's IDF, added to the score of the page's text).
 */
const NAMES = {
  /** The page of one thing of the programme: a task, a finding, an inspection, a plan, how to report. */
  thing: { field: 'name', weight: 10 },
  /** The page of who acts or of what is measured: a unit, an indicator. */
  party: { field: 'partyName', weight: 5 },
  /** A list page named after what it lists for: a county. */
  list: { field: 'listName', weight: 3 },
} as const;

/** Scripts written without spaces between words: Han, kana, hangul. */
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** The longest piece of a name written to the index: longer than the words a query is split into. */
const LONGEST_PIECE = 8;

/**
 * A name as Pagefind's metadata index can find any part of it: the pieces of the name that start at
 * each Chinese character (and at each Latin word or number), up to eight characters long, with
 * spaces between. Pagefind splits metadata at spaces only, and finds a query word at the start of
 * a metadata word: `整改任务八：污泥处置违法问题突出` as one word is found by 整改 but not by 污泥,
 * while its piece `污泥处置违法问题` is. Punctuation is left out, as Pagefind leaves it out.
 */
export function nameInPieces(name: string): string {
  const chars = [...name.normalize('NFKC').toLowerCase()].filter((char) => /[\p{L}\p{N}]/u.test(char));
  const pieces = chars.flatMap((char, index) => {
    const continuesWord = index > 0 && !UNSPACED_CHAR.test(char) && !UNSPACED_CHAR.test(chars[index - 1]!);
    return continuesWord ? [] : [chars.slice(index, index + LONGEST_PIECE).join('')];
  });
  return [...new Set(pieces)].join(' ');
}

export const searchMarks = {
  /**
   * On the heading that names the page: `<h1 {...searchMarks.name('thing', heading)}>`. Pagefind
   * boosts a page whose metadata holds every word of the query (`metaWeights`, below); the page's
   * `title` would do, but a Chinese title is one long word to Pagefind, found only by its first
   * characters.
   */
  name: (kind: keyof typeof NAMES, name: string) => ({ 'data-pagefind-meta': `${NAMES[kind].field}:${nameInPieces(name)}` }),
  /**
   * A block that repeats what other pages are about: a county's findings, targets, places and
   * tasks, a unit's lists, an inspection's list of findings. It stays searchable (a query for
   * 南江县 and 排水管网 together still finds the county), at a tenth of the weight of a page's own
   * text. Pagefind counts a word's weight linearly and saturates repeated words (BM25), so a
   * county's list that names 排水管网 twenty-six times came out level with the task page itself.
   * Headings inside take this weight too (Pagefind applies its heading weights only outside
   * weighted blocks).
   */
  listed: { 'data-pagefind-weight': '0.1' },
} as const;

/**
 * Pagefind's ranking options for the search page (`pagefind.options({ ranking })`): a query found
 * in a page's name adds ten, five or three times its weight to the score of the page's text
 * (`NAMES`), so the task named 化肥农药减量化 comes before the indicator 化肥利用率, both before
 * a county page of the name and that before the pages that only mention it. The `title` field
 * (Pagefind's default boost of five) counts nothing: a Chinese title is one word to Pagefind and
 * was boosted only when it began with the query. The BM25 parameters stay at Pagefind's
 * defaults: `pageLength` 0.75 favours the short page of one thing over a long list,
 * `termSaturation` 1.4 keeps a list from winning by repetition.
 */
export const SEARCH_RANKING = {
  metaWeights: { title: 0, ...Object.fromEntries(Object.values(NAMES).map(({ field, weight }) => [field, weight])) },
};
