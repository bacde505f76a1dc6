import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xml2js, type Element } from 'xml-js';
import { launchBrowser, serveSite, WCAG_22_AA } from '../helpers/browser.ts';
import { ACCEPTED, basePathOf, SITES } from '../helpers/sites.ts';

type ServedSite = Awaited<ReturnType<typeof serveSite>>;

// Bazhong's site; the two-inspection fixture and the hostile but acceptable content, both under a base path.
let browser: Browser;
let bazhong: ServedSite;
let fixture: ServedSite;
let accepted: ServedSite;
beforeAll(async () => {
  browser = await launchBrowser();
  bazhong = await serveSite(SITES.bazhong.outDir);
  fixture = await serveSite(SITES.fixture.outDir, basePathOf('fixture'));
  accepted = await serveSite(ACCEPTED.outDir, basePathOf('fixture'));
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([bazhong?.close(), fixture?.close(), accepted?.close()]);
});

/**
 * A browser context that receives every response with the headers a static host sends from the
 * build's `_headers` (its Content Security Policy and nosniff), and records what a page requests
 * and every policy violation it reports.
 */
async function asPublished(outDir: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const headers = readFileSync(join(outDir, '_headers'), 'utf8');
  const policy = /Content-Security-Policy: (.+)/.exec(headers)![1]!;
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  await context.route('**/*', async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy, 'x-content-type-options': 'nosniff' } });
    } catch {
      // The test closed the context while this request was still in flight (Playwright then
      // rejects with "Fetch response has been disposed"). A request left unanswered while a test
      // runs fails that test on its own: its page does not load what it asserts on.
    }
  });
  const requests: string[] = [];
  const violations: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return { context, requests, violations };
}

/** What a feed reader reads from a feed file: each entry's title and summary (decoded once: they are type="html") and link. */
function atomEntries(outDir: string, file: string): { title: string; summary: string; link: string }[] {
  const decode = (html: string) => html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
  const text = (element: Element | undefined) => decode((element?.elements ?? []).map((node) => String(node.cdata ?? node.text ?? '')).join(''));
  const feed = (xml2js(readFileSync(join(outDir, file), 'utf8')) as Element).elements!.find((node) => node.name === 'feed')!;
  return feed.elements!.filter((node) => node.name === 'entry').map((entry) => {
    const child = (name: string) => entry.elements!.find((node) => node.name === name);
    return { title: text(child('title')), summary: text(child('summary')), link: String(child('link')!.attributes!.href) };
  });
}

/** The entries the page made of a feed shows: each title, its link and the text under it. */
const shownEntries = (page: Page) =>
  page.locator('.feed-entries > li').evaluateAll((items) =>
    items.map((item) => ({ title: item.querySelector('h3')!.textContent ?? '', summary: item.querySelector('p')?.textContent ?? '', link: item.querySelector('a')!.getAttribute('href') ?? '' })),
  );

describe('a feed opened in a browser (Chromium), as a static host serves it', () => {
  it('reads as a page in Chinese: what the feed is, how to subscribe with its address, its entries with their dates and links', async () => {
    const { context, requests, violations } = await asPublished(SITES.bazhong.outDir, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(bazhong.url('/feeds/tasks/bazhong-cei2/07.xml'));
    // The document is the feed itself (Atom, as readers get it), showing the page it carries.
    expect(await page.evaluate(() => [document.documentElement.localName, document.documentElement.namespaceURI])).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
    expect(await page.locator('.feed-page').getAttribute('lang')).toBe('zh-CN');
    expect(await page.title()).toMatch(/^整改任务七：.+ · 巴中市生态环境保护督察整改台账（订阅源）$/);
    expect(await page.locator('h1').textContent()).toMatch(/^整改任务七：.+ · 巴中市生态环境保护督察整改台账$/);
    const help = page.locator('.feed-help');
    expect(await help.getByRole('heading').textContent()).toBe('这是一个订阅源，怎样订阅');
    expect(await help.textContent()).toContain('RSS 阅读器');
    expect(await page.locator('.feed-address').textContent()).toBe('https://example.org/feeds/tasks/bazhong-cei2/07.xml');
    expect(await help.getByRole('link').getAttribute('href')).toBe('https://example.org/tasks/bazhong-cei2/07/');
    // The entries a feed reader reads, each dated in its title as the record dates it.
    const entries = await shownEntries(page);
    expect(entries.map((entry) => entry.title)).toEqual(['任务七第2条措施 · 2021年12月 · 已完成', '任务七第1条措施 · 2021年12月 · 已完成', '任务七第1条措施 · 2021年10月 · 序时推进']);
    expect(entries).toEqual(atomEntries(SITES.bazhong.outDir, 'feeds/tasks/bazhong-cei2/07.xml'));
    expect(await page.getByRole('heading', { level: 2, name: '最近的条目（3条）' }).count()).toBe(1);
    // Styled by the site's own stylesheet, under its security policy, with nothing from elsewhere.
    expect(await help.evaluate((element) => getComputedStyle(element).borderLeftWidth)).toBe('4px');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(violations).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(bazhong.origin))).toEqual([]);
    expect(requests.map((url) => new URL(url).pathname).sort()).toEqual(['/feeds/feed.css', '/feeds/tasks/bazhong-cei2/07.xml']);
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).setLegacyMode(true).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    // axe read the page the feed carries: its links, lists and language.
    expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['link-name', 'list', 'listitem', 'valid-lang']));
    await context.close();
  });

  it('fits a phone, hides the Atom it is made of, and prints at the site’s paper size', async () => {
    const { context, violations } = await asPublished(SITES.bazhong.outDir, { viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(bazhong.url('/feeds/all.xml'));
    // Laid out at the phone's width (without its viewport tag, 980 px wide and shrunk to small print).
    expect(await page.evaluate(() => [window.innerWidth, document.documentElement.scrollWidth, window.visualViewport!.scale])).toEqual([390, 390, 1]);
    // Only the page shows: every Atom element beside it, and its tab title, take no room.
    const shown = () =>
      page.evaluate(() => [...document.documentElement.children, document.querySelector('.feed-page > title')!].filter((element) => getComputedStyle(element).display !== 'none').map((element) => element.localName));
    expect(await shown()).toEqual(['div']);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('13.3333px');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('takes its stylesheet from under the base path', async () => {
    const { context, requests, violations } = await asPublished(SITES.fixture.outDir);
    const page = await context.newPage();
    await page.goto(fixture.url('/feeds/bulletins.xml'));
    expect(await page.locator('h1').textContent()).toMatch(/^整改情况通报 · /);
    expect(await page.locator('.feed-address').textContent()).toBe('https://ledger.example.test/sub/feeds/bulletins.xml');
    expect(await shownEntries(page)).toEqual(atomEntries(SITES.fixture.outDir, 'feeds/bulletins.xml'));
    expect(requests.map((url) => new URL(url).pathname)).toContain('/sub/feeds/feed.css');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('says plainly when a feed has no entry yet', async () => {
    const feeds = readdirSync(join(SITES.bazhong.outDir, 'feeds'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.xml'));
    const empty = feeds.find((file) => atomEntries(SITES.bazhong.outDir, `feeds/${file}`).length === 0);
    expect(empty).toBeDefined();
    const page = await browser.newPage();
    await page.goto(bazhong.url(`/feeds/${empty}`));
    expect(await page.getByRole('heading', { level: 2, name: '最近的条目（0条）' }).count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('目前还没有条目。有新内容时，订阅了的阅读器会收到。');
    await page.close();
  });

  it('shows text that looks like markup exactly as written, running nothing', async () => {
    const { context, violations } = await asPublished(ACCEPTED.outDir);
    const page = await context.newPage();
    await page.goto(accepted.url('/feeds/news.xml'));
    const entries = await shownEntries(page);
    expect(entries).toEqual(atomEntries(ACCEPTED.outDir, 'feeds/news.xml'));
    expect(entries.map((entry) => entry.summary)).toContain('出水 COD<50毫克/升。{process.exit(7)}（测试用示例）');
    expect(await page.locator('.feed-entries script, .feed-entries img, .feed-entries sub').count()).toBe(0);
    expect(violations).toEqual([]);
    await context.close();
  });
});

/** The follow block of a page: its one-line control and what it opens. */
const FOLLOW = '订阅更新、复制链接、扫码';
const FOLLOWED = [
  { path: '/tasks/bazhong-cei2/06/', feed: '/feeds/tasks/bazhong-cei2/06.xml', feedText: '订阅本任务的整改进展' },
  { path: '/units/bazhong/ecology/', feed: '/feeds/units/bazhong/ecology.xml', feedText: '订阅与本单位相关的整改进展' },
  { path: '/counties/nanjiang/', feed: '/feeds/counties/nanjiang.xml', feedText: '订阅南江县的整改进展' },
];

describe('the follow block of task, unit and county pages', () => {
  it.for(FOLLOWED)('$path: one line under the status on a 390 px phone in 长辈模式, before the first section, the only QR code of the page', async ({ path }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(bazhong.url(path));
    await page.evaluate(() => document.documentElement.setAttribute('data-reading', 'large'));
    const summary = page.locator('details.follow > summary');
    expect(await summary.textContent()).toBe(FOLLOW);
    const lines = await summary.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lines).toBe(1);
    expect(await page.locator('details.follow').getAttribute('open')).toBeNull();
    expect(await page.locator('details.follow a').first().isVisible()).toBe(false);
    // Near the top: before the page's first section heading.
    expect(await page.evaluate(() => Boolean(document.querySelector('details.follow')!.compareDocumentPosition(document.querySelector('main h2')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    expect(await page.locator('.qr-code').count()).toBe(1);
    expect(await page.getByText('手机扫码', { exact: true }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it.for(FOLLOWED)('$path: opens with JavaScript off to the feed, the permanent link and the QR code', async ({ path, feed, feedText }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(bazhong.url(path));
    await page.getByText(FOLLOW, { exact: true }).click();
    const block = page.locator('details.follow');
    expect(await block.getByRole('link', { name: feedText }).getAttribute('href')).toBe(feed);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(await block.locator('#follow-url').textContent()).toBe(canonical);
    expect(await block.getByRole('img', { name: '本页网址的二维码' }).isVisible()).toBe(true);
    // The copy button needs the script; the link is there to select.
    expect(await block.locator('button').isVisible()).toBe(false);
    await context.close();
  });

  it('copies the permanent link with its button', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(bazhong.url('/counties/nanjiang/'));
    await page.getByText(FOLLOW, { exact: true }).click();
    await page.locator('details.follow').getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => page.locator('details.follow [data-copy-status]').textContent()).toBe('已复制。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://example.org/counties/nanjiang/');
    await context.close();
  });
});

describe('citing one measure', () => {
  const TASK = '/tasks/bazhong-cei2/06/';
  const MEASURE = 'https://example.org/tasks/bazhong-cei2/06/#measure-3';

  it("shows each measure's permanent address, and copies its address and its citation with today's date in China", async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    // 17:30 UTC on 4 March is already 5 March in China: the access date is China's.
    await context.clock.setFixedTime(new Date('2026-03-04T17:30:00Z'));
    const page = await context.newPage();
    await page.goto(bazhong.url(TASK));
    const measures = page.locator('li.measure');
    for (let index = 0; index < (await measures.count()); index++) {
      const measure = measures.nth(index);
      const number = (await measure.getAttribute('id'))!.replace('measure-', '');
      expect(await measure.locator('.measure-link a').textContent()).toBe(`https://example.org/tasks/bazhong-cei2/06/#measure-${number}`);
    }
    const third = page.locator('#measure-3');
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await third.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(clipboard).toBe(MEASURE);
    await third.getByText('引用本条措施', { exact: true }).click();
    expect(await third.locator('[data-access-note]').textContent()).toBe('引用日期已填为今天（北京时间 2026年3月5日），复制的引用带有这个日期。');
    await third.getByRole('button', { name: '复制GB/T 7714 格式' }).click();
    await expect.poll(clipboard).toMatch(
      /^巴中市生态环境保护督察整改台账\. 整改任务六：污水收集处理能力不足（第3条措施）\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[2026-03-05\]\. https:\/\/example\.org\/tasks\/bazhong-cei2\/06\/#measure-3\.$/,
    );
    await third.getByRole('button', { name: '复制一般格式' }).click();
    await expect.poll(clipboard).toMatch(/《整改任务六：污水收集处理能力不足（第3条措施）》，内容更新于 \d{4}-\d{2}-\d{2}，https:\/\/example\.org\/tasks\/bazhong-cei2\/06\/#measure-3（访问日期：2026年3月5日）。$/);
    expect(await third.locator('[data-copy-status]').textContent()).toBe('已复制。');
    // The page's own citation carries the date too; the measure's status line is its own.
    await page.locator('section.cite').getByRole('button', { name: '复制GB/T 7714 格式' }).click();
    await expect.poll(clipboard).toMatch(/\[2026-03-05\]\. https:\/\/example\.org\/tasks\/bazhong-cei2\/06\/\.$/);
    expect(await page.locator('section.cite [data-copy-status]').textContent()).toBe('已复制。');
    // Its address leads to the measure on the page.
    await third.locator('.measure-link a').click();
    expect(new URL(page.url()).hash).toBe('#measure-3');
    await context.close();
  });

  it('without JavaScript, shows the access date as a marked blank to fill in, and the text to select', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(bazhong.url(TASK));
    const third = page.locator('#measure-3');
    await third.getByText('引用本条措施', { exact: true }).click();
    expect(await third.locator('[data-access-blank-note]').isVisible()).toBe(true);
    expect(await third.locator('[data-access-note]').isVisible()).toBe(false);
    const gbt = third.locator('.cite-text').first();
    expect(await gbt.textContent()).toMatch(/\[请填写引用日期\]\. https:\/\/example\.org\/tasks\/bazhong-cei2\/06\/#measure-3\.$/);
    expect(await gbt.locator('.fill-in').evaluate((element) => getComputedStyle(element).borderBottomStyle)).toBe('dashed');
    expect(await third.locator('button').count()).toBe(3);
    for (const button of await third.locator('button').all()) expect(await button.isVisible()).toBe(false);
    await context.close();
  });
});
