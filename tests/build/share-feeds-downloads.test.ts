import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { xml2js, type Element } from 'xml-js';
import { SITES } from '../helpers/sites.ts';
import { STATUS_ORDER, STATUS_SLUGS } from '../../src/core/status.ts';

const dist = SITES.bazhong.outDir;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const children = (element: Element | undefined, name: string) => (element?.elements ?? []).filter((child) => child.name === name);
const text = (element: Element | undefined) => element?.elements?.map((child) => child.text ?? child.cdata ?? '').join('') ?? '';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function atom(path: string) {
  const document = xml2js(read(path)) as Element;
  const feed = children(document, 'feed')[0];
  return { feed, entries: children(feed, 'entry') };
}

describe('feeds', () => {
  const feeds = readdirSync(join(dist, 'feeds'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.xml'));

  it('publishes a feed for the site, every task, unit and county', () => {
    expect(feeds).toContain('all.xml');
    expect(feeds.filter((file) => file.startsWith('tasks/'))).toHaveLength(10);
    expect(feeds.filter((file) => file.startsWith('counties/'))).toHaveLength(8);
    expect(feeds.filter((file) => file.startsWith('units/')).length).toBeGreaterThan(20);
  });

  it('writes every feed as Atom 1.0 with the elements RFC 4287 requires', () => {
    // The checks of entries below must meet some entries.
    expect(feeds.reduce((sum, file) => sum + atom(join('feeds', file)).entries.length, 0)).toBeGreaterThan(10);
    for (const file of feeds) {
      const { feed, entries } = atom(join('feeds', file));
      expect(feed?.attributes?.xmlns, file).toBe('http://www.w3.org/2005/Atom');
      for (const name of ['id', 'title', 'updated', 'author']) expect(children(feed, name), `${file} ${name}`).toHaveLength(1);
      expect(text(children(feed, 'updated')[0]), file).toMatch(RFC3339);
      expect(children(feed, 'link').some((link) => link.attributes?.rel === 'self'), file).toBe(true);
      const ids = entries.map((entry) => text(children(entry, 'id')[0]));
      expect(new Set(ids).size, file).toBe(ids.length);
      for (const entry of entries) {
        for (const name of ['id', 'title', 'updated', 'link']) expect(children(entry, name).length, `${file} entry ${name}`).toBeGreaterThan(0);
        expect(text(children(entry, 'updated')[0])).toMatch(RFC3339);
        // Update feeds link to the task page; the bulletins, findings and news feeds to their own pages.
        const section = { 'bulletins.xml': 'bulletins', 'findings.xml': 'findings', 'news.xml': 'news' }[file] ?? 'tasks';
        expect(children(entry, 'link')[0]!.attributes!.href, file).toMatch(new RegExp(`^https://example\\.org/${section}/`));
      }
    }
  });

  it('follows one case: a task’s feed has its updates newest first; a county’s feed has its own places', () => {
    const seven = atom('feeds/tasks/bazhong-cei2/07.xml').entries.map((entry) => text(children(entry, 'title')[0]));
    expect(seven).toEqual(['任务七第2条措施 · 2021年12月 · 已完成', '任务七第1条措施 · 2021年12月 · 已完成', '任务七第1条措施 · 2021年10月 · 序时推进']);
    const pingchang = read('feeds/counties/pingchang.xml');
    expect(pingchang).toContain('俱兴砖厂页岩矿');
    expect(pingchang).not.toContain('锅洞河煤矿');
    expect(read('feeds/counties/tongjiang.xml')).toContain('锅洞河煤矿');
  });
});

describe('sharing, citing and downloads', () => {
  const page = read('tasks/bazhong-cei2/06/index.html');

  it('gives a task page canonical URL, description, Open Graph tags, a share image and its feed', () => {
    expect(page).toContain('<link rel="canonical" href="https://example.org/tasks/bazhong-cei2/06/">');
    expect(page).toMatch(/<meta property="og:title" content="整改任务六：污水收集处理能力不足 · [^"]+">/);
    expect(page).toContain('<meta property="og:type" content="article">');
    // The share image names the site (and so the city) and shows the task's status: one image per status.
    // (Only its measures reported progress by the as-of day, so its status is under way, derived.)
    expect(page).toContain('<meta property="og:image" content="https://example.org/share/on-schedule.png">');
    expect(page).toContain('<meta property="og:image:alt" content="巴中市生态环境保护督察整改台账：序时推进">');
    expect(read('index.html')).toContain('<meta property="og:image" content="https://example.org/share/site.png">');
    // What is shared is the answer, not the finding cut mid-sentence: the city, the task, its status, deadline and units.
    expect(page).toContain('<meta name="description" content="巴中市督察整改任务六：污水收集处理能力不足。截至2022年7月15日，状态：序时推进（本站推算）。整改时限：2025年12月。责任单位：各县（区）党委和人民政府、巴中经开区。">');
    expect(page).toMatch(/<meta property="og:description" content="巴中市督察整改任务六：[^"]+状态：序时推进（本站推算）。[^"]+">/);
    expect(page).toContain('<link rel="alternate" type="application/atom+xml" href="/feeds/tasks/bazhong-cei2/06.xml"');
    expect(readFileSync(join(dist, 'share.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('draws a 1200 × 630 share image for the site and for every status, at build time', () => {
    const names = ['site', ...STATUS_ORDER.map((status) => STATUS_SLUGS[status])];
    for (const name of names) {
      const png = readFileSync(join(dist, `share/${name}.png`));
      expect(png.subarray(1, 4).toString(), name).toBe('PNG');
      // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([1200, 630]);
      expect(png.length, name).toBeLessThan(60 * 1024);
    }
    // Each status draws its own picture.
    expect(new Set(names.map((name) => readFileSync(join(dist, `share/${name}.png`)).toString('base64'))).size).toBe(names.length);
  });

  it('offers a citation of the page and of each measure in GB/T 7714 and plain form, the access date a marked blank, and lists what changed', () => {
    const blank = (style: string, text: string) => `<span class="fill-in" data-access-date="${style}">${text}</span>`;
    expect(page).toMatch(/巴中市生态环境保护督察整改台账\. 整改任务六：污水收集处理能力不足\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[/);
    expect(page).toContain(`[${blank('gbt7714', '请填写引用日期')}]. https://example.org/tasks/bazhong-cei2/06/.`);
    expect(page).toContain(`https://example.org/tasks/bazhong-cei2/06/（访问日期：${blank('plain', '请填写')}）。`);
    expect(page).toContain('data-copy="cite-gbt" hidden');
    // Each measure: its permanent address (the task's with its anchor) and its own citation.
    const measures = [...page.matchAll(/<li class="measure" id="measure-(\d+)">/g)].map(([, number]) => number);
    expect(measures.length).toBeGreaterThan(1);
    for (const number of measures) {
      const url = `https://example.org/tasks/bazhong-cei2/06/#measure-${number}`;
      expect(page).toContain(`<a id="measure-${number}-cite-url" href="#measure-${number}">${url}</a>`);
      expect(page).toContain(`整改任务六：污水收集处理能力不足（第${number}条措施）[EB/OL]`);
      expect(page).toContain(`[${blank('gbt7714', '请填写引用日期')}]. ${url}.`);
    }
    expect(page).toMatch(/<h2 id="changes"[^>]*>修改记录<\/h2>/);
    expect(page).toMatch(/<time datetime="2021-12">2021年12月<\/time>：<a href="#update-bazhong-cei2-06-1-2021-12">整改进展：第1条措施报告已完成<\/a>/);
  });

  it('points robots.txt at the sitemap, which lists every task page', () => {
    expect(read('robots.txt')).toContain('Sitemap: https://example.org/sitemap-index.xml');
    expect(read('sitemap-0.xml')).toContain('<loc>https://example.org/tasks/bazhong-cei2/06/</loc>');
  });

  it('serves the site icon as /favicon.ico, which feed pages, readers and bookmarks ask the host for', () => {
    const ico = readFileSync(join(dist, 'favicon.ico'));
    // An icon file (type 1) with the three sizes src/features/publish/favicon.ts draws.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
  });

  it('writes the CSV downloads for programs in UTF-8 without a byte-order mark, their Chinese read back intact', () => {
    const bytes = readFileSync(join(dist, 'data/targets.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([...Buffer.from('tas')]);
    const lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\r\n');
    expect(lines[0]).toBe('task,measure,metric,unit,due,comparison,cumulative,jurisdiction,scope,value');
    expect(lines).toContain('bazhong-cei2/06,3,新改建排水管网,公里,2022-12,exactly,true,巴中市,通江县,55');
    const pkg = JSON.parse(read('data/datapackage.json'));
    expect(pkg.resources.map((resource: { path: string }) => resource.path)).toContain('targets.csv');
  });
});
