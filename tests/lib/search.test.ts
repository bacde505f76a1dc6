import { describe, expect, it } from 'vitest';
import { searchMarks } from '../../src/features/search/index.ts';
import { SEARCH_RANKING } from '../../src/features/search/browser.ts';
import { nameInPieces } from '../../src/features/search/ranking.ts';

describe('what pages mark for the search index', () => {
  it('writes a name as pieces starting at each Chinese character and each Latin word, so any part of it begins a word', () => {
    expect(nameInPieces('巴南区')).toBe('巴南区 南区 区');
    expect(nameInPieces('整改任务八：污泥处置违法问题突出').split(' ')).toContain('污泥处置违法问题');
    expect(nameInPieces('细颗粒物（PM2.5）浓度').split(' ')).toEqual(['细颗粒物pm25', '颗粒物pm25浓', '粒物pm25浓度', '物pm25浓度', 'pm25浓度', '浓度', '度']);
  });

  it('marks a page’s name in a metadata field the ranking weighs, the thing’s own page above a unit’s and a county’s', () => {
    const field = (kind: Parameters<typeof searchMarks.name>[0]) => searchMarks.name(kind, '巴南区')['data-pagefind-meta'].split(':')[0]!;
    const weights = SEARCH_RANKING.metaWeights as Record<string, number>;
    expect(searchMarks.name('thing', '巴南区')['data-pagefind-meta']).toBe(`${field('thing')}:巴南区 南区 区`);
    expect(weights[field('thing')]).toBeGreaterThan(weights[field('party')]!);
    expect(weights[field('party')]).toBeGreaterThan(weights[field('list')]!);
    expect(weights.title).toBe(0);
  });
});
