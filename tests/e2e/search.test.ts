import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserOnSite } from '../helpers/browser-suite.ts';
import { SITES } from '../helpers/sites.ts';

const env = browserOnSite(SITES.bazhong.outDir);


async function firstResult(page: Page, query: string): Promise<string> {
  await page.goto(env.site.url(`/search/?q=${encodeURIComponent(query)}`));
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 }).toMatch(/找到|没有找到|无法/);
  return new URL((await page.locator('.search-results a').first().getAttribute('href')) ?? '', env.site.origin).pathname;
}

describe('site search, run by Pagefind in Chromium against the built site', () => {
  it('puts the right task first for two- and three-character Chinese queries', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const expected: [string, string][] = [
      ['污泥', '/tasks/bazhong-cei2/08/'],
      ['小水电', '/tasks/bazhong-cei2/02/'],
      ['矿业权', '/tasks/bazhong-cei2/05/'],
      ['地质公园', '/tasks/bazhong-cei2/03/'],
      ['化肥', '/tasks/bazhong-cei2/09/'],
      // 排污口 is in no task of the Bazhong plan, only in its text (三(二)): the plan comes first.
      ['排污口', '/plans/bazhong-cei2/'],
    ];
    const found: [string, string][] = [];
    for (const [query] of expected) found.push([query, await firstResult(page, query)]);
    expect(found).toEqual(expected);
    await context.close();
  });

  it('does not find a task by the words every task page repeats (its citation, its address, its sources and feed link)', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    for (const query of ['引用日期', '永久链接', '订阅本任务']) {
      await page.goto(env.site.url(`/search/?q=${encodeURIComponent(query)}`));
      await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 }).toMatch(/找到|没有找到|无法/);
      const hrefs = await page.locator('.search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.filter((href) => href.includes('/tasks/')), query).toEqual([]);
    }
    await context.close();
  });

  it('says when nothing is found and suggests the task list', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.site.url(`/search/?q=${encodeURIComponent('qwxyzzy')}`));
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 }).toContain('没有找到与“qwxyzzy”相关的内容');
    expect(await page.locator('[data-search-status] a').getAttribute('href')).toBe('/tasks/');
    await context.close();
  });

  it('sends the header box to the search page as a plain form, which explains itself with JavaScript off', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(env.site.url('/tasks/bazhong-cei2/06/'));
    await page.getByRole('search').first().getByRole('searchbox').fill('污泥');
    await page.getByRole('search').first().getByRole('button', { name: '搜索' }).click();
    await expect.poll(() => page.url()).toBe(env.site.url(`/search/?q=${encodeURIComponent('污泥')}`));
    expect(await page.locator('[data-search-needs-js]').textContent()).toContain('站内搜索需要浏览器启用 JavaScript');
    expect(await page.locator('[data-search-needs-js]').isVisible()).toBe(true);
    await context.close();
  });
});
