import { describe, expect, it } from 'vitest';
import { chunkList, pagerNumbers } from '../../src/core/lists.ts';
import { listPagePath } from '../../src/core/urls.ts';

describe('long lists in pages', () => {
  it('splits a list into pages of the given length, and an empty list into one empty page', () => {
    expect(chunkList([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunkList([1, 2], 2)).toEqual([[1, 2]]);
    expect(chunkList([], 200)).toEqual([[]]);
  });

  it('keeps the first page at the list’s own address and numbers the others under it', () => {
    expect(listPagePath('/filter/county/nanjiang/', 1)).toBe('/filter/county/nanjiang/');
    expect(listPagePath('/filter/county/nanjiang/', 3)).toBe('/filter/county/nanjiang/page-3/');
  });

  it('links every page of a short run, and the ends and neighbours of a long one', () => {
    expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(1, 50)).toEqual([1, 2, null, 49, 50]);
    expect(pagerNumbers(25, 50)).toEqual([1, 2, null, 24, 25, 26, null, 49, 50]);
    expect(pagerNumbers(49, 50)).toEqual([1, 2, null, 48, 49, 50]);
    expect(pagerNumbers(4, 12)).toEqual([1, 2, 3, 4, 5, null, 11, 12]);
  });
});
