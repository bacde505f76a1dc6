import { describe, expect, it } from 'vitest';
import { holdsEveryTerm, literalTerms, searchMarks } from '../../src/features/search/index.ts';
import { foundPages, landing, SEARCH_RANKING, snippetText, type FoundPage, type PagefindResult } from '../../src/features/search/browser.ts';
import { nameInPieces } from '../../src/features/search/ranking.ts';

/** A Pagefind result whose page is `text`, counting how often its page was loaded. */
function result(url: string, text: string, loads: string[]): PagefindResult {
  return {
    data: async () => {
      loads.push(url);
      return { url, excerpt: text, content: text, meta: { title: url } } satisfies FoundPage;
    },
  };
}

describe('the terms a result must hold as written', () => {
  it('takes each run of two or more Chinese characters, and each word with a digit, folded to lower case and half width', () => {
    expect(literalTerms('巴南')).toEqual(['巴南']);
    expect(literalTerms('巴中 南江县')).toEqual(['巴中', '南江县']);
    expect(literalTerms('整改任务六：排水管网')).toEqual(['整改任务六', '排水管网']);
    expect(literalTerms('ＰＭ２.５浓度')).toEqual(['浓度', 'pm2.5']);
    expect(literalTerms('（12369）')).toEqual(['12369']);
  });

  it('leaves single Chinese characters and Latin words to Pagefind, which finds words by their stems and beginnings', () => {
    expect(literalTerms('巴')).toEqual([]);
    expect(literalTerms('reports')).toEqual([]);
    expect(literalTerms('巴 南')).toEqual([]);
  });

  it('finds a Chinese term across spaces and the invisible marks Pagefind puts between words, a number only unbroken', () => {
    expect(holdsEveryTerm(['巴南\u200B区人民政府'], ['巴南'])).toBe(true);
    expect(holdsEveryTerm(['巴南\n区'], ['南区'])).toBe(true);
    expect(holdsEveryTerm(['巴中市南江县'], ['巴南'])).toBe(false);
    expect(holdsEveryTerm(['2021年12月'], ['12369'])).toBe(false);
    expect(holdsEveryTerm(['拨打 12369 举报'], ['12369'])).toBe(true);
    expect(holdsEveryTerm(['123 69'], ['12369'])).toBe(false);
    expect(holdsEveryTerm(['细颗粒物（PM2.5）浓度'], ['pm2.5', '浓度'])).toBe(true);
  });

  it('finds a place and a topic typed together, which a page writes apart, but never a two-character term in single characters', () => {
    const page = '巴州区：整改任务六 逾期（推算）。南江县 矿业权 9 个';
    expect(holdsEveryTerm([page], literalTerms('巴州区逾期'))).toBe(true);
    expect(holdsEveryTerm([page], literalTerms('南江县矿业权'))).toBe(true);
    expect(holdsEveryTerm([page], literalTerms('巴州区已完成'))).toBe(false);
    expect(holdsEveryTerm(['巴中市南江县'], literalTerms('巴南'))).toBe(false);
    // A single character is never a word of the query: no 长江县 made of 长江 and 县, no 不 dropped from 不逾期.
    expect(holdsEveryTerm(['长江经济带，通江县'], literalTerms('长江县'))).toBe(false);
    expect(holdsEveryTerm([page], literalTerms('巴州区不逾期'))).toBe(false);
    const apart = '南江县：整改任务五。自然保护区内的矿业权';
    expect(holdsEveryTerm([apart], literalTerms('南江县矿'))).toBe(false);
    expect(holdsEveryTerm([apart], literalTerms('南江县 矿'))).toBe(true);
  });

  it('wants every term, each within one of the texts, never across two of them', () => {
    expect(holdsEveryTerm(['污泥处置', '巴中市'], ['污泥', '巴中'])).toBe(true);
    expect(holdsEveryTerm(['污泥处置'], ['污泥', '巴中'])).toBe(false);
    expect(holdsEveryTerm(['南江', '县'], ['江县'])).toBe(false);
  });
});

describe('the pages the search page lists', () => {
  it('keeps the pages that hold 巴南, in Pagefind’s order, and counts them exactly when it looked at every result', async () => {
    const loads: string[] = [];
    const results = [result('/tasks/a/', '巴中市南江县', loads), result('/inspections/b/', '重庆市巴南区', loads), result('/counties/c/', '巴南区', loads)];
    const found = await foundPages(results, '巴南', { shown: 20, checkAtMost: 100 });
    expect(found.pages.map((page) => page.url)).toEqual(['/inspections/b/', '/counties/c/']);
    expect(found.count).toEqual({ exactly: 2 });
  });

  it('loads only the pages it lists when the query has nothing to hold as written', async () => {
    const loads: string[] = [];
    const results = Array.from({ length: 30 }, (_, index) => result(`/p/${index}/`, '巴', loads));
    const found = await foundPages(results, '巴', { shown: 20, checkAtMost: 100 });
    expect(found.pages).toHaveLength(20);
    expect(found.count).toEqual({ exactly: 30 });
    expect(loads).toHaveLength(20);
  });

  it('stops loading pages once the list is full, and says there are at least that many', async () => {
    const loads: string[] = [];
    const results = Array.from({ length: 100 }, (_, index) => result(`/p/${index}/`, index % 2 === 0 ? '巴南区' : '巴中南江', loads));
    const found = await foundPages(results, '巴南', { shown: 5, checkAtMost: 100 });
    expect(found.pages.map((page) => page.url)).toEqual(['/p/0/', '/p/2/', '/p/4/', '/p/6/', '/p/8/']);
    expect(found.count).toEqual({ atLeast: 5 });
    expect(loads).toHaveLength(10);
  });

  it('looks at no more than checkAtMost results, and says how many it looked at', async () => {
    const loads: string[] = [];
    const results = Array.from({ length: 500 }, (_, index) => result(`/p/${index}/`, index === 3 ? '巴南区' : '巴中南江', loads));
    const found = await foundPages(results, '巴南', { shown: 20, checkAtMost: 100 });
    expect(found.pages.map((page) => page.url)).toEqual(['/p/3/']);
    expect(found.count).toEqual({ among: 1, checked: 100 });
    expect(loads).toHaveLength(100);
  });
});

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

describe('where a result lands', () => {
  const ZW = '\u200b';
  // Pagefind's text of a page: an invisible space between the words it segmented.
  const indexed = ['整改', '任务', '六', '. ', '推进', '光雾山', '景区', '污水', '处理', '和', '排水', '管网', '建设', '，', '青龙嘴', '煤矿', '关闭', '。'].join(ZW);

  it('opens the page at the query written in it, as a text fragment without the invisible spaces, and shows the passage with the query', () => {
    const landed = landing('/tasks/x/06/', indexed, '排水管网');
    expect(landed.href).toBe(`/tasks/x/06/#:~:text=${encodeURIComponent('排水管网')}`);
    expect(landed.snippet).toEqual({ before: '整改任务六 · 推进光雾山景区污水处理和', match: '排水管网', after: '建设，青龙嘴煤矿关闭。' });
  });

  it('shows the stop Pagefind adds after a block that has none (a heading) as a separator after Chinese, and an authored one after Latin as written', () => {
    expect(snippetText('污泥处置违法问题突出. 状态：整改中')).toBe('污泥处置违法问题突出 · 状态：整改中');
    expect(snippetText('（2023-12-31）. 责任单位')).toBe('（2023-12-31） · 责任单位');
    expect(snippetText('浓度低于 50 mg/L. 状态')).toBe('浓度低于 50 mg/L. 状态');
    expect(snippetText('见 No. 5 文件，占比 54.4%。')).toBe('见 No. 5 文件，占比 54.4%。');
    const ending = landing('/a/', ['排水', '管网', '建设', '. ', '状态'].join(ZW), '排水管网').snippet!;
    expect(ending.after).toBe('建设 · 状态');
    // A stop right after the match is judged by the match's last character.
    expect(landing('/a/', ['排水', '管网', '建设', '. ', '状态'].join(ZW), '建设').snippet!.after).toBe(' · 状态');
    expect(snippetText('. 状态', '突出')).toBe(' · 状态');
    expect(snippetText('. 状态', 'mg/L')).toBe('. 状态');
    // After letters with marks or unit signs, as written.
    expect(snippetText('浓度 5 m³. 状态，café. 下一')).toBe('浓度 5 m³. 状态，café. 下一');
  });

  it('widens a match inside a word to the whole words, which a text fragment needs', () => {
    const match = landing('/tasks/x/06/', indexed, '龙嘴').snippet!.match;
    expect(match).toContain('龙嘴');
    expect(match.length).toBeGreaterThan(2);
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(indexed.replaceAll(ZW, ''))].map((part) => part.index);
    const start = indexed.replaceAll(ZW, '').indexOf(match);
    expect(words).toContain(start);
    expect([...words, indexed.replaceAll(ZW, '').length]).toContain(start + match.length);
  });

  it('lands at the earliest of the query’s terms, and encodes what a text directive gives a meaning to', () => {
    expect(landing('/a/', 'PM2.5-年均浓度，COD', 'COD PM2.5').href).toBe('/a/#:~:text=PM2.5');
    expect(landing('/a/', '指标 2023-12 达到', '2023-12').href).toBe('/a/#:~:text=2023%2D12');
    // A page's own fragment is replaced, not stacked.
    expect(landing('/a/#measure-2', '排水管网', '排水管网').href).toBe(`/a/#:~:text=${encodeURIComponent('排水管网')}`);
  });

  it('lands on the page as found when the query has nothing to find as written (a Latin word, one character) or the page does not hold it', () => {
    expect(landing('/a/', indexed, 'sewage')).toEqual({ href: '/a/' });
    expect(landing('/a/', indexed, '水')).toEqual({ href: '/a/' });
    expect(landing('/a/', indexed, '巴南')).toEqual({ href: '/a/' });
  });
});
