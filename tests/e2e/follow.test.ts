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
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy, 'x-content-type-options': 'nosniff' } });
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
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
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
    expect(requests.map((url) => new URL(url).pathname).sort()).toEqual(['/favicon.svg', '/feeds/feed.css', '/feeds/feed.xsl', '/feeds/tasks/bazhong-cei2/07.xml']);
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).setLegacyMode(true).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
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
