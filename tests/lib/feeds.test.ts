import { xml2js, type Element } from 'xml-js';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/features/check/index.ts';
import { atomFeed, bulletinsFeed, findingsFeed, newsFeed } from '../../src/features/publish/feeds.ts';
import { withFeedPage } from '../../src/features/publish/feed-page.ts';
import { escapeHtml } from '../../src/core/html-text.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { copyFixture } from '../helpers/fixture-copy.ts';
import { CITY, DEFAULTS, INSPECTION, ledgerOf, PLAN, place, task, update } from '../helpers/ledger-builder.ts';

const AS_OF = '2026-01-15';
const HOSTILE = '<script>alert(1)</script> COD<50毫克/升 & 氨氮>5 ]]> <img src=x onerror=alert(2)> &amp;';
const SITE = { title: '示例 & <b>市</b>', url: 'https://example.org', publisher: '<i>生态</i>环境局', dataLicence: 'CC BY 4.0' };

/** The ledger of the two-inspection fixture with hostile text in every update and news item. */
function hostileLedger() {
  const { root } = copyFixture();
  const checked = checkContent({ projectRoot: root, contentDir: 'content', asOf: AS_OF });
  const ledger = buildLedger(checked.input, AS_OF);
  for (const update of ledger.updates) (update.data as { summary: string }).summary = HOSTILE;
  for (const article of ledger.news) Object.assign(article.data, { title: HOSTILE, summary: HOSTILE });
  for (const finding of ledger.findings) Object.assign(finding.data, { text: HOSTILE, label: HOSTILE });
  return ledger;
}

/** What a feed reader shows for an Atom text construct: the text itself, or the HTML decoded once. */
function shownText(element: Element): { type: string; text: string; tags: boolean } {
  const type = String(element.attributes?.type ?? 'text');
  const raw = (element.elements ?? []).map((child) => child.cdata ?? child.text ?? '').join('');
  if (type === 'text') return { type, text: String(raw), tags: false };
  const html = String(raw);
  const decoded = html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
  return { type, text: decoded, tags: /<[a-z!/]/i.test(html) };
}

function entries(xml: string): Element[] {
  const feed = (xml2js(xml) as Element).elements!.find((element) => element.name === 'feed')!;
  return feed.elements!.filter((element) => element.name === 'entry');
}
const child = (element: Element, name: string) => element.elements!.find((found) => found.name === name)!;

describe('Atom feeds carry text as text', () => {
  it('shows a summary with <script>, < and & exactly as written, with no element a reader would interpret', () => {
    const ledger = hostileLedger();
    const xml = atomFeed({ ledger, site: SITE, title: '全部整改进展', page: '/', self: '/feeds/all.xml', updates: ledger.updates });
    const found = entries(xml);
    expect(found.length).toBeGreaterThan(0);
    for (const entry of found) {
      const summary = shownText(child(entry, 'summary'));
      expect(summary.tags).toBe(false);
      expect(summary.text.startsWith(HOSTILE)).toBe(true);
      expect(shownText(child(entry, 'title')).tags).toBe(false);
    }
  });

  it('shows a finding exactly as written, dated by its feedback, linking to its page', () => {
    const ledger = hostileLedger();
    const found = entries(findingsFeed({ ledger, site: SITE, self: '/feeds/findings.xml' }));
    for (const entry of found) {
      const title = shownText(child(entry, 'title'));
      expect([title.tags, title.text.endsWith(HOSTILE)]).toEqual([false, true]);
      const summary = shownText(child(entry, 'summary'));
      expect([summary.tags, summary.text.startsWith(HOSTILE)]).toEqual([false, true]);
    }
    // The fixture's municipal inspection fed back three findings on 2026-01-05 (the central
    // inspection's one finding, central-demo/03, was fed back on another day).
    const municipal = found.filter((entry) => String(child(entry, 'link').attributes!.href).includes('/findings/muni-2026/'));
    expect([found.length, municipal.length]).toEqual([4, 3]);
    for (const entry of municipal) {
      expect(child(entry, 'updated').elements![0]!.text).toBe('2026-01-04T16:00:00.000Z');
      // The title says the day as written, which the instant above gives only in China time.
      expect(shownText(child(entry, 'title')).text.startsWith('2026年1月5日反馈 · ')).toBe(true);
      expect(String(child(entry, 'link').attributes!.href)).toMatch(/^https:\/\/example\.org\/findings\/muni-2026\/0[123]\/$/);
    }
  });

  it('shows a news title (after its date as written) and summary exactly as written', () => {
    const ledger = hostileLedger();
    const found = entries(newsFeed({ ledger, site: SITE, self: '/feeds/news.xml' }));
    expect(found.length).toBeGreaterThan(0);
    for (const entry of found) {
      const title = shownText(child(entry, 'title'));
      expect([title.type, title.tags]).toEqual(['html', false]);
      expect(title.text).toMatch(/^\d{4}年(\d{1,2}月(\d{1,2}日)?)? · /);
      expect(title.text.endsWith(` · ${HOSTILE}`)).toBe(true);
      const summary = shownText(child(entry, 'summary'));
      expect([summary.type, summary.tags, summary.text]).toEqual(['html', false, HOSTILE]);
    }
  });

  it('keeps the site title and publisher from site.yaml as text in the feed head', () => {
    const ledger = hostileLedger();
    const feed = (xml2js(newsFeed({ ledger, site: SITE, self: '/feeds/news.xml' })) as Element).elements!.find((element) => element.name === 'feed')!;
    expect(shownText(child(feed, 'title'))).toEqual({ type: 'text', text: `整改动态 · ${SITE.title}`, tags: false });
    expect(shownText(child(child(feed, 'author'), 'name')).text).toBe(SITE.publisher);
  });

  it('escapes every character HTML gives a meaning to', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('the page a browser shows a feed as (feed-page.ts)', () => {
  /** The processing instructions before a feed's root element. */
  const instructions = (xml: string) => ((xml2js(xml) as Element).elements ?? []).filter((node) => node.type === 'instruction');
  const XHTML = 'http://www.w3.org/1999/xhtml';
  /** The feed element's children, in order. */
  const children = (xml: string) => (xml2js(xml) as Element).elements!.find((node) => node.name === 'feed')!.elements!.filter((node) => node.type === 'element');
  /** The text of an element and all it holds, as a browser shows it. */
  const textOf = (node: Element): string => (node.type === 'text' ? String(node.text) : (node.elements ?? []).map(textOf).join(''));
  const all = (node: Element, name: string): Element[] => [...(node.name === name ? [node] : []), ...(node.elements ?? []).flatMap((inner) => all(inner, name))];

  it('names the site’s CSS, under its base path, as the stylesheet of every feed, and says its language; no XSLT', () => {
    const ledger = hostileLedger();
    const underBase = { ...SITE, url: 'https://ledger.example.test/sub/' };
    const feeds = [
      atomFeed({ ledger, site: underBase, title: '全部整改进展', page: '/', self: '/feeds/all.xml', updates: ledger.updates }),
      newsFeed({ ledger, site: underBase, self: '/feeds/news.xml' }),
      findingsFeed({ ledger, site: underBase, self: '/feeds/findings.xml' }),
      bulletinsFeed({ ledger, site: underBase, self: '/feeds/bulletins.xml', kind: 'bimonth' }),
    ];
    for (const xml of feeds) {
      expect(instructions(xml).map((node) => [node.name, node.instruction])).toEqual([['xml-stylesheet', 'href="/sub/feeds/feed.css" type="text/css"']]);
      const root = (xml2js(xml) as Element).elements!.find((node) => node.name === 'feed')!;
      expect(root.attributes).toEqual({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'zh-CN' });
      expect(xml).not.toMatch(/xsl/i);
    }
    const atRoot = atomFeed({ ledger, site: SITE, title: '全部整改进展', page: '/', self: '/feeds/all.xml', updates: [] });
    expect(instructions(atRoot)[0]!.instruction).toBe('href="/feeds/feed.css" type="text/css"');
  });

  it('carries the page as one XHTML element after the feed’s metadata and before its entries, where Atom allows foreign markup', () => {
    const ledger = hostileLedger();
    for (const xml of [
      atomFeed({ ledger, site: SITE, title: '全部整改进展', page: '/', self: '/feeds/all.xml', updates: ledger.updates }),
      atomFeed({ ledger, site: SITE, title: '全部整改进展', page: '/', self: '/feeds/all.xml', updates: [] }),
    ]) {
      const names = children(xml).map((node) => node.name);
      const page = names.indexOf('div');
      expect(names.filter((name) => name === 'div')).toHaveLength(1);
      expect(children(xml)[page]!.attributes).toEqual({ xmlns: XHTML, class: 'feed-page', lang: 'zh-CN' });
      // Exactly the library's metadata before it today: a new version that writes more is to be looked at.
      expect(names.slice(0, page)).toEqual(['id', 'title', 'updated', 'generator', 'author', 'link', 'link', 'rights']);
      expect(names.slice(page + 1).every((name) => name === 'entry')).toBe(true);
    }
  });

  it('stops, rather than put the page where Atom does not allow it, when the library writes a feed of another shape', () => {
    const page = { title: 't', self: 'https://x.test/f.xml', page: 'https://x.test/', publisher: 'p', rights: '', limit: 100, cssHref: '/feeds/feed.css' };
    const entry = { title: 'e', link: 'https://x.test/e/', summary: 's' };
    const atom = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<id>x</id>\n<entry xml:lang="en"><id>e</id></entry>\n</feed>';
    expect(withFeedPage(atom, { ...page, entries: [entry] }).indexOf('<div xmlns=')).toBeLessThan(withFeedPage(atom, { ...page, entries: [entry] }).indexOf('<entry'));
    expect(() => withFeedPage(atom, { ...page, entries: [] })).toThrow(/unexpected shape \(1 entries for 0\)/);
    expect(() => withFeedPage(atom.replace('<feed xmlns="http://www.w3.org/2005/Atom">', '<feed>'), { ...page, entries: [entry] })).toThrow(/unexpected shape/);
  });

  it('lists the entries a reader gets, each title a link to its record and its summary under it, as text', () => {
    const ledger = hostileLedger();
    for (const xml of [
      atomFeed({ ledger, site: SITE, title: '全部整改进展', page: '/', self: '/feeds/all.xml', updates: ledger.updates }),
      newsFeed({ ledger, site: SITE, self: '/feeds/news.xml' }),
      findingsFeed({ ledger, site: SITE, self: '/feeds/findings.xml' }),
    ]) {
      const page = children(xml).find((node) => node.name === 'div')!;
      const shown = all(page, 'li')
        .filter((item) => all(item, 'h3').length)
        .map((item) => ({ title: textOf(all(item, 'a')[0]!), link: String(all(item, 'a')[0]!.attributes!.href), summary: textOf(all(item, 'p')[0]!) }));
      const read = entries(xml).map((entry) => ({ title: shownText(child(entry, 'title')).text, link: String(child(entry, 'link').attributes!.href), summary: shownText(child(entry, 'summary')).text }));
      expect(read.length).toBeGreaterThan(0);
      expect(shown).toEqual(read);
      expect(shown.some((entry) => entry.summary.includes(HOSTILE) || entry.title.includes(HOSTILE))).toBe(true);
      // Hostile text stays text: no element but the page's own, no inline style, nothing that runs.
      const names = (node: Element): string[] => [String(node.name), ...(node.elements ?? []).filter((inner) => inner.type === 'element').flatMap(names)];
      expect([...new Set(names(page))].sort()).toEqual(['a', 'code', 'div', 'h1', 'h2', 'h3', 'li', 'main', 'meta', 'ol', 'p', 'section', 'title']);
      expect(xml).not.toMatch(/style=|<script|<style/);
    }
  });

  it('says how to subscribe with the feed’s own address, links the page it follows, and says plainly when there is no entry yet', () => {
    const ledger = hostileLedger();
    const xml = atomFeed({ ledger, site: { ...SITE, url: 'https://ledger.example.test/sub/' }, title: '整改任务一', page: '/tasks/x/', self: '/feeds/tasks/x.xml', updates: [] });
    const page = children(xml).find((node) => node.name === 'div')!;
    expect(textOf(all(page, 'title')[0]!)).toBe(`整改任务一 · ${SITE.title}（订阅源）`);
    expect(textOf(all(page, 'h1')[0]!)).toBe(`整改任务一 · ${SITE.title}`);
    expect(textOf(all(page, 'code')[0]!)).toBe('https://ledger.example.test/sub/feeds/tasks/x.xml');
    expect(all(page, 'a').map((link) => link.attributes!.href)).toEqual(['https://ledger.example.test/sub/tasks/x/']);
    expect(textOf(page)).toContain('最近的条目（0条）目前还没有条目。有新内容时，订阅了的阅读器会收到。');
    expect(textOf(page)).toContain(`发布：${SITE.publisher}。许可：CC BY 4.0。`);
  });
});

describe('feed entries of a site with two plans', () => {
  it('name the plan of a task, since each plan has its 任务一', () => {
    const second = { id: 'second-plan', title: '第二个整改方案', shortTitle: '省督察方案', issuer: '示例市', jurisdiction: CITY, date: '2024-01', inspection: INSPECTION, document: 'demo-plan-text' };
    const ledger = ledgerOf({
      plans: [...DEFAULTS.plans!, second],
      tasks: [task({ number: 1 }), task({ number: 1, plan: 'second-plan' })],
      updates: [update({ task: `${PLAN}/01`, measure: 1, date: '2025-01', status: '序时推进' }), update({ task: 'second-plan/01', date: '2025-02', status: '序时推进' })],
    });
    const xml = atomFeed({ ledger, site: SITE, title: '全部整改进展', page: '/', self: '/feeds/all.xml', updates: ledger.updates });
    const titles = [...xml.matchAll(/<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((match) => match[1]).filter((title) => title?.includes('任务'));
    expect(titles).toEqual(['省督察方案任务一 · 2025年2月 · 序时推进', '示例整改方案任务一第1条措施 · 2025年1月 · 序时推进']);
  });
});

describe('a feed entry of a report on one place', () => {
  it('names the place, so that one place done never reads as its whole measure done', () => {
    const ledger = ledgerOf({
      tasks: [task({ number: 5 })],
      places: [place('demo/mine', { name: '锅洞河煤矿', task: `${PLAN}/05`, measure: 1 })],
      updates: [update({ task: `${PLAN}/05`, measure: 1, place: 'demo/mine', date: '2022', status: '已完成' })],
    });
    const xml = atomFeed({ ledger, site: SITE, title: '全部整改进展', page: '/', self: '/feeds/all.xml', updates: ledger.updates });
    expect(xml).toContain('<![CDATA[任务五第1条措施（锅洞河煤矿） · 2022年 · 已完成]]>');
  });
});
