import { describe, expect, it } from 'vitest';
import { browserOnSite } from '../helpers/browser-suite.ts';
import { SITES } from '../helpers/sites.ts';

const env = browserOnSite(SITES.bazhong.outDir);

describe('a reader in Chromium, on a phone, with JavaScript off', () => {
  it('goes from the home page to the task list to a task with all its measures and targets', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await page.goto(env.site.url('/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    // On a phone the main menu is behind 菜单 in the header bar, and opens without JavaScript.
    expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(false);
    await page.locator('.site-menu > summary').click();
    // Open, it holds its links and no empty space below them (it held 216 px, the height of its
    // links laid out in one column where they stand in two).
    const [nav, links] = await Promise.all([page.getByRole('navigation', { name: '主导航' }).boundingBox(), page.locator('.site-nav ul').boundingBox()]);
    expect(nav!.y + nav!.height - (links!.y + links!.height)).toBeLessThan(24);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '整改任务' }).click();
    await expect.poll(() => page.url()).toBe(env.site.url('/tasks/'));
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(10);

    await page.getByRole('link', { name: /经开区污水处理厂进水COD浓度不足50毫克/ }).first().click();
    await expect.poll(() => page.url()).toBe(env.site.url('/tasks/bazhong-cei2/07/'));
    expect(await page.locator('h1').textContent()).toBe('整改任务七：经开区污水处理厂进水COD浓度不足50毫克/升');
    expect(await page.locator('li.measure').count()).toBe(2);
    expect(await page.locator('.as-of').textContent()).toContain('截至 2022年7月15日');

    // The page fits a phone: nothing wider than the viewport but scrollable tables.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(375);

    expect(requests.filter((url) => !url.startsWith(env.site.origin))).toEqual([]);
    await context.close();
  });

  it('shows every per-county target of the pipeline task as table rows', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.url('/tasks/bazhong-cei2/06/'));
    expect(await page.locator('li.measure').count()).toBe(10);
    const table = page.locator('table', { has: page.locator('caption', { hasText: '第3条措施量化目标：新改建排水管网' }) });
    const cells = await table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('th')?.textContent?.trim(), row.querySelector('td')?.textContent?.trim()]),
    );
    expect(cells).toEqual([
      ['市本级', '8.6'],
      ['巴州区', '46.5'],
      ['恩阳区', '15'],
      ['通江县', '55'],
      ['平昌县', '15.4'],
      ['巴中经济开发区', '4.5'],
    ]);
    expect(await table.locator('tfoot').textContent()).toContain('145');
    await context.close();
  });
});

describe('a reader on a phone, with the keyboard', () => {
  it('closes 菜单 with Escape, focus back on its button, and opens it again with Enter', async () => {
    const context = await env.browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(env.site.url('/'));
    const menu = page.getByRole('navigation', { name: '主导航' });
    await page.locator('.site-menu > summary').focus();
    await page.keyboard.press('Enter');
    expect(await menu.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await menu.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('菜单');
    await page.keyboard.press('Enter');
    expect(await menu.isVisible()).toBe(true);
    await context.close();
  });
});
