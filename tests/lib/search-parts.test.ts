import { describe, expect, it } from 'vitest';
import { PAGES_PER_PART, pagesPerPartFrom, partPaths, searchParts } from '../../src/features/search/index.ts';

describe('the search index in parts', () => {
  it('keeps a site within the part size in one part, in order', () => {
    expect(searchParts(['a', 'b', 'c'], 3)).toEqual([['a', 'b', 'c']]);
    expect(searchParts([], 3)).toEqual([[]]);
  });

  it('deals a larger site into as few parts as hold at most the part size, each page once, each part a sample of the whole', () => {
    const pages = Array.from({ length: 10 }, (_, index) => index);
    const parts = searchParts(pages, 4);
    expect(parts).toEqual([
      [0, 3, 6, 9],
      [1, 4, 7],
      [2, 5, 8],
    ]);
    expect(searchParts(Array.from({ length: 10_001 }, (_, index) => index), 2500).map((part) => part.length)).toEqual([2001, 2000, 2000, 2000, 2000]);
  });

  it('reads the search page’s list of further parts, and refuses anything else', () => {
    expect(partPaths('["part-1/","part-2/"]')).toEqual(['part-1/', 'part-2/']);
    expect(partPaths('[]')).toEqual([]);
    for (const text of ['{}', '["../x/"]', '["https://other.example/pagefind/"]', '["part-0/"]', '["part-1"]', '[1]', 'part-1/']) {
      expect(() => partPaths(text), text).toThrow();
    }
  });

  it('takes its part size from LEDGER_SEARCH_PAGES_PER_PART when set, and refuses what is not a whole number of pages in Chinese and English', () => {
    expect(pagesPerPartFrom(undefined)).toBe(PAGES_PER_PART);
    expect(pagesPerPartFrom(' ')).toBe(PAGES_PER_PART);
    expect(pagesPerPartFrom(' 800 ')).toBe(800);
    for (const value of ['0', '-5', '2.5', '一千', '1e400', '12abc']) {
      expect(() => pagesPerPartFrom(value), value).toThrow(new RegExp(`LEDGER_SEARCH_PAGES_PER_PART 应为正整数.*“${value.replace(/[.+]/g, '\\$&')}”[\\s\\S]*must be a whole number`));
    }
  });
});
