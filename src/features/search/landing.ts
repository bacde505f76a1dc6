import { INVISIBLE, literalTerms } from './literal-terms.ts';

/**
 * Where a search result lands and what its snippet shows. The link carries a text fragment
 * (`#:~:text=…`, the URL Fragment Text Directives of the WICG, in Chromium, Safari and Firefox):
 * the browser opens the page scrolled to the first place the query is written and highlights it,
 * with no script on the page. A directive matches only whole words by the browser's own word
 * breaker (the one `Intl.Segmenter` exposes), so the match is widened to the words it lies in:
 * 龙嘴 in 青龙嘴煤矿 lands as 青龙嘴. A browser without text fragments opens the page at its top.
 */

/** Characters a text directive must carry percent-encoded beyond what encodeURIComponent encodes. */
const DIRECTIVE_SYNTAX = /[-,&]/g;

/** A passage of a page's text around the query: the text before, the match, the text after. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

export interface Landing {
  /** The page's URL with a text fragment of the match, or the page's URL when it has none. */
  href: string;
  /** The passage around the first match, or undefined when the query has no term to find as written. */
  snippet?: Snippet;
}

/**
 * Pagefind ends a heading, a table cell or any other block without a stop of its own with an
 * ASCII ". " in the text it indexes, a stop for English: after Chinese it reads as a slip
 * (整改任务八：污泥处置违法问题突出. 状态：…). A snippet shows it as a separator instead. An
 * authored ". " after anything else (No. 5, 50 mg/L. , m³. ) is left as written.
 */
const BLOCK_STOP = /(?<=[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60])\. /gu;

/**
 * Text of Pagefind's index as a snippet shows it: the stops Pagefind added after Chinese as ` · `.
 * `before` is the text that precedes it on the page (the match, for the passage after it), so a
 * stop at its very start is judged by the character before it.
 */
export function snippetText(text: string, before = ''): string {
  const last = [...before].at(-1) ?? '';
  return `${last}${text}`.replace(BLOCK_STOP, ' · ').slice(last.length);
}

/** How many characters of context a snippet shows on each side of the match. */
const CONTEXT = 36;

/**
 * The landing of a page found for a query: the first place in its indexed text where the query's
 * first literal term (a Chinese word of two or more characters, a number) is written. Queries
 * without one (a Latin word, one character) land on the page as Pagefind found it.
 */
export function landing(url: string, indexed: string, query: string): Landing {
  const page = url.split('#')[0]!;
  // Pagefind's text of a page has an invisible space between the words it segmented; the page has none.
  const content = indexed.replace(INVISIBLE, '');
  const found = firstMatch(content, literalTerms(query));
  if (!found) return { href: page };
  const [start, end] = wordsAround(content, found.start, found.end);
  const text = content.slice(start, end);
  return {
    href: `${page}#:~:text=${encodeURIComponent(text).replace(DIRECTIVE_SYNTAX, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    snippet: {
      before: `${start - CONTEXT > 0 ? '…' : ''}${snippetText(content.slice(Math.max(0, start - CONTEXT), start).trimStart())}`,
      match: text,
      after: `${snippetText(content.slice(end, end + CONTEXT), text).trimEnd()}${end + CONTEXT < content.length ? '…' : ''}`,
    },
  };
}

/** The first place any of the terms is written (case and full-width forms folded), as offsets into `content`. */
function firstMatch(content: string, terms: readonly string[]): { start: number; end: number } | undefined {
  // NFKC folds full-width letters and digits one for one, so offsets stay those of `content`
  // for what a query can hold; a text that NFKC would change in length is searched as it is.
  const folded = content.normalize('NFKC').toLowerCase();
  const text = folded.length === content.length ? folded : content.toLowerCase();
  let best: { start: number; end: number } | undefined;
  for (const term of terms) {
    const at = text.indexOf(term);
    if (at >= 0 && (!best || at < best.start)) best = { start: at, end: at + term.length };
  }
  return best;
}

/** The match widened to the words it starts and ends in, by the same word breaker the browser uses. */
function wordsAround(content: string, start: number, end: number): [number, number] {
  const from = Math.max(0, start - 16);
  const window = content.slice(from, Math.min(content.length, end + 16));
  let wordStart = start;
  let wordEnd = end;
  for (const { index, segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(window)) {
    const segmentStart = from + index;
    const segmentEnd = segmentStart + segment.length;
    if (segmentStart <= start && start < segmentEnd) wordStart = segmentStart;
    if (segmentStart < end && end <= segmentEnd) wordEnd = segmentEnd;
  }
  return [wordStart, wordEnd];
}
