/**
 * What of a query a page must hold as written. Pagefind finds Chinese by words: it splits the
 * page into words when it indexes (jieba, in its extended binary) and the query with the
 * browser's own segmenter (Intl.Segmenter), and a page matches when it has a word starting with
 * each piece of the query, anywhere. 巴南 is split into 巴 and 南, so every page naming 巴中 and
 * 南江县 matched; a number it does not know is cut to the longest word it does (12369 to 12). The
 * search page keeps only the results that hold each such term as written, or a Chinese term in
 * words of it of two characters or more written apart (巴州区逾期: 巴州区 and 逾期).
 */

/** Han, kana and hangul: scripts written without spaces between words. */
const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const UNSPACED_RUN = new RegExp(`[${UNSPACED}]+`, 'gu');
const UNSPACED_TERM = new RegExp(`^[${UNSPACED}]+$`, 'u');

/** The invisible characters Pagefind puts between the words it segments, and their kin. */
export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]+/gu;
const INVISIBLE_OR_SPACE = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]+/gu;

/**
 * The terms of a query a result must hold as written: each run of two or more Chinese (or
 * Japanese, Korean) characters, and each word with a digit in it (`12369`, `PM2.5`). Latin
 * words are left to Pagefind, which finds `reports` by `report`. Lower case, full-width forms
 * folded (NFKC), each term once.
 */
export function literalTerms(query: string): string[] {
  const normal = query.normalize('NFKC').toLowerCase();
  const unspaced = [...normal.matchAll(UNSPACED_RUN)].map(([run]) => run).filter((run) => [...run].length >= 2);
  const numbered = normal
    .replace(UNSPACED_RUN, ' ')
    .split(/[\s,，、;；:：()（）"“”'‘’]+/u)
    .map((word) => word.replace(/^\p{P}+|\p{P}+$/gu, ''))
    .filter((word) => /\d/.test(word));
  return [...new Set([...unspaced, ...numbered])];
}

/**
 * Whether a page's texts (its indexed text, its title) hold every literal term, each within one
 * text. Between Chinese characters any space or invisible character is passed over (a line break
 * in the page's HTML, the marks Pagefind puts between the words it segments); a number must be
 * written without a break.
 */
export function holdsEveryTerm(texts: readonly string[], terms: readonly string[]): boolean {
  const normal = texts.map((text) => text.normalize('NFKC').toLowerCase().replace(INVISIBLE, ''));
  const compact = texts.map((text) => text.normalize('NFKC').toLowerCase().replace(INVISIBLE_OR_SPACE, ''));
  return terms.every((term) => (UNSPACED_TERM.test(term) ? compact.some((text) => holdsInWords(text, term)) : normal.some((text) => text.includes(term))));
}

/**
 * Whether a text holds a Chinese term as written, or in words of it written apart: readers type
 * a place and a topic without a space (巴州区逾期), which a page says in two places. The term is
 * cut into pieces of two characters or more that each stand in the text. A single character is
 * never a piece: 巴南 finds no page of 巴中 and 南江, 长江县 none of 长江 and 县, and 巴州区不逾期
 * none that says 逾期 without 不 (a reader types a space before a one-character word: 南江县 矿).
 */
function holdsInWords(text: string, term: string): boolean {
  if (text.includes(term)) return true;
  const chars = [...term];
  // covered[i]: the first i characters are pieces of two characters or more found in the text.
  const covered = new Array<boolean>(chars.length + 1).fill(false);
  covered[0] = true;
  for (let start = 0; start < chars.length - 1; start++) {
    if (!covered[start]) continue;
    for (let end = start + 2; end <= chars.length; end++) {
      if (!text.includes(chars.slice(start, end).join(''))) break;
      covered[end] = true;
    }
  }
  return covered[chars.length]!;
}
