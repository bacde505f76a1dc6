import { describe, expect, it } from 'vitest';
import { browserOnSite } from '../helpers/browser-suite.ts';
import { SITES } from '../helpers/sites.ts';

const env = browserOnSite(SITES.bazhong.outDir);

const visibleRows = (page: import('playwright-core').Page) =>
  page.locator('table.task-table tbody tr[data-status]').evaluateAll((rows) => rows.filter((row) => !(row as HTMLElement).hidden).length);

describe('a reader filtering tasks', () => {
  it('follows filter links with JavaScript off and lands on a page of its own', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(env.site.url('/tasks/'));
    // The combining form needs JavaScript, so it stays hidden; the links do the work.
    expect(await page.locator('form[data-task-filter]').isVisible()).toBe(false);
    await page.getByText('按县（区）').click();
    await page.getByRole('navigation', { name: '按条件筛选' }).getByRole('link', { name: /南江县/ }).click();
    await expect.poll(() => page.url()).toBe(env.site.url('/filter/county/nanjiang/'));
    expect(await page.locator('h1').textContent()).toBe('县（区）：南江县');
    expect(await page.locator('table.task-table').first().locator('tbody tr').count()).toBe(9);
    await context.close();
  });

  it('starts the list on a phone’s first screen, the form folded under its heading, open when the address holds a filter', async () => {
    for (const large of [false, true]) {
      const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(env.site.url('/tasks/'));
      if (large) await page.getByLabel('长辈模式').check();
      const fold = page.locator('details[data-filter-fold]');
      await expect.poll(() => fold.isVisible()).toBe(true);
      expect(await fold.getAttribute('open'), `长辈模式 ${large}`).toBeNull();
      const first = await page.locator('table.task-table tbody tr').first().boundingBox();
      expect(first!.y, `长辈模式 ${large}`).toBeLessThan(844);
      await fold.locator('summary').click();
      await page.getByLabel('县（区）').selectOption('nanjiang');
      await expect.poll(() => visibleRows(page)).toBe(9);
      await page.goto(env.site.url('/tasks/?county=nanjiang'));
      await expect.poll(() => fold.getAttribute('open')).toBe('');
      await context.close();
    }
  });

  it('combines filters with JavaScript on, keeps them in a shareable URL, and names an unknown value', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.site.url('/tasks/?county=nanjiang&year=2023'));
    await expect.poll(() => visibleRows(page)).toBe(5);
    await expect.poll(() => page.locator('[data-filter-message]').textContent()).toContain('5 项');

    await page.getByLabel('督导单位').selectOption('bazhong/agriculture');
    await expect.poll(() => visibleRows(page)).toBe(1);
    expect(new URL(page.url()).searchParams.get('supervising')).toBe('bazhong/agriculture');

    await page.goto(env.site.url('/tasks/?county=atlantis'));
    await expect.poll(() => page.locator('[data-filter-message]').textContent()).toContain('未知的筛选值：县（区）“atlantis”');
    expect(await visibleRows(page)).toBe(0);
    await context.close();
  });
});
