import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserOnSite } from '../helpers/browser-suite.ts';
import { WCAG_22_AA } from '../helpers/browser.ts';
import { SITES, TWO_CITIES } from '../helpers/sites.ts';

const env = browserOnSite(SITES.bazhong.outDir);
// Bazhong and a made-up inspection of 巴南区 on one site (tests/fixtures/second-city/).
const twoCities = browserOnSite(TWO_CITIES.outDir);

/** Runs a search on the search page and returns its status line and the addresses it lists, best first. */
async function search(page: Page, site: typeof env.site, query: string): Promise<{ status: string; paths: string[] }> {
  await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 }).toMatch(/找到|没有找到|无法/);
  const hrefs = await page.locator('.search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return { status: (await page.locator('[data-search-status]').textContent()) ?? '', paths: hrefs.map((href) => new URL(href, site.origin).pathname) };
}

/**
 * The first address the search page of the Bazhong site listed for each query, by query: the
 * site is static, so a query asked by several tests below (小水电, 12369…) is searched once.
 */
const firstFound = new Map<string, string>();

/** The first address the search page lists for each query of `expected`, as pairs to compare with it. */
async function firstResults(expected: readonly [string, string][]): Promise<[string, string][]> {
  const context = await env.browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  for (const [query] of expected) {
    if (!firstFound.has(query)) firstFound.set(query, (await search(page, env.site, query)).paths[0] ?? '');
  }
  await context.close();
  return expected.map(([query]) => [query, firstFound.get(query)!]);
}

describe('site search, run by Pagefind in Chromium against the built site', () => {
  it('puts the right task first for two- and three-character Chinese queries', async () => {
    const expected: [string, string][] = [
      ['污泥', '/tasks/bazhong-cei2/08/'],
      ['小水电', '/tasks/bazhong-cei2/02/'],
      ['矿业权', '/tasks/bazhong-cei2/05/'],
      ['地质公园', '/tasks/bazhong-cei2/03/'],
      ['化肥', '/tasks/bazhong-cei2/09/'],
      // 排污口 is in no task of the Bazhong plan, only in its text (三(二)): the plan comes first.
      ['排污口', '/plans/bazhong-cei2/'],
    ];
    expect(await firstResults(expected)).toEqual(expected);
  });

  it("puts the page of the thing a query names first, before the county pages that list it: a task's subject, a place, a unit, an indicator", async () => {
    const expected: [string, string][] = [
      // Measures of task 六, listed again on five county pages with their figures.
      ['排水管网', '/tasks/bazhong-cei2/06/'],
      // Places of task 五 (通江县), listed again on 通江县's page.
      ['青龙嘴煤矿', '/tasks/bazhong-cei2/05/'],
      ['锅洞河煤矿', '/tasks/bazhong-cei2/05/'],
      // A unit named in the facts of seven tasks.
      ['市生态环境局', '/units/bazhong/ecology/'],
      // The unit named 南江县…, before the county page named 南江县 (a list) and the tasks that mention it.
      ['南江县', '/units/bazhong/nanjiang/'],
      // Latin letters and numbers: an indicator, and the page on how to report (12369).
      ['PM2.5', '/indicators/bazhong-cei2/02-pm25/'],
      ['12369', '/report/'],
    ];
    expect(await firstResults(expected)).toEqual(expected);
  });

  // The product's query test (issue 18): what a citizen or journalist types, and the page that
  // answers it. A thing's own page (task, finding, unit, indicator) comes before the pages that
  // mention it; a phrase written only in the plan finds the plan.
  it('answers the product’s thirty queries with the page expected first', async () => {
    const expected: [string, string][] = [
      ['思想认识', '/tasks/bazhong-cei2/01/'],
      ['小水电', '/tasks/bazhong-cei2/02/'],
      ['地质公园', '/tasks/bazhong-cei2/03/'],
      ['光雾和谷', '/tasks/bazhong-cei2/04/'],
      ['康养小镇', '/tasks/bazhong-cei2/04/'],
      ['矿业权', '/tasks/bazhong-cei2/05/'],
      ['青龙嘴煤矿', '/tasks/bazhong-cei2/05/'],
      ['污水收集处理能力', '/tasks/bazhong-cei2/06/'],
      ['排水管网', '/tasks/bazhong-cei2/06/'],
      ['进水COD', '/tasks/bazhong-cei2/07/'],
      ['经开区污水处理厂', '/tasks/bazhong-cei2/07/'],
      ['污泥处置', '/tasks/bazhong-cei2/08/'],
      ['化肥农药减量', '/tasks/bazhong-cei2/09/'],
      ['共抓大保护', '/tasks/bazhong-cei2/10/'],
      ['省整改任务第五十三项', '/findings/cei2-sichuan/53/'],
      ['市生态环境局', '/units/bazhong/ecology/'],
      ['市水利局', '/units/bazhong/water/'],
      ['市林业局', '/units/bazhong/forestry/'],
      ['市河长办', '/units/bazhong/river-chief-office/'],
      ['南江县', '/units/bazhong/nanjiang/'],
      ['恩阳区', '/units/bazhong/enyang/'],
      ['PM2.5', '/indicators/bazhong-cei2/02-pm25/'],
      ['空气质量优良天数', '/indicators/bazhong-cei2/01-air-good-days/'],
      ['黑臭水体', '/indicators/bazhong-cei2/09-black-odorous-water/'],
      ['地下水', '/indicators/bazhong-cei2/08-groundwater-points/'],
      ['新能源', '/indicators/bazhong-cei2/12-new-energy-buses/'],
      ['农药包装废弃物', '/indicators/bazhong-cei2/16-pesticide-packaging-recovery/'],
      ['12369', '/report/'],
      ['排污口', '/plans/bazhong-cei2/'],
      ['长江保护法', '/plans/bazhong-cei2/'],
    ];
    expect(expected).toHaveLength(30);
    expect(await firstResults(expected)).toEqual(expected);
  });

  it('opens a result at the query, which the browser highlights, and shows a snippet that holds it', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    // 排污口 is written once in the plan, screens below its top.
    await search(page, env.site, '排污口');
    const first = page.locator('.search-results li').first();
    expect(await first.locator('mark').first().textContent()).toContain('排污口');
    expect(await first.locator('a').getAttribute('href')).toMatch(/#:~:text=/);
    await first.locator('a').click();
    await page.waitForURL(/\/plans\/bazhong-cei2\//);
    await expect
      .poll(() =>
        page.evaluate(() => {
          // Where 排污口 is first written on the page, relative to the screen.
          const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf('排污口');
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 3);
            const box = range.getBoundingClientRect();
            return { scrolled: window.scrollY, top: Math.round(box.top), onScreen: box.top >= 0 && box.bottom <= window.innerHeight };
          }
          return undefined;
        }),
      )
      .toMatchObject({ onScreen: true });
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(800);
    await context.close();
  });

  it('finds the page on how to report a problem by what a reader would type: 举报, 如何举报, 12369, 投诉', async () => {
    const expected: [string, string][] = [
      ['举报', '/report/'],
      ['如何举报', '/report/'],
      ['12369', '/report/'],
      ['投诉', '/report/'],
    ];
    expect(await firstResults(expected)).toEqual(expected);
  });

  it('finds a Chinese word of two characters only where it is written, not by its characters scattered over a page', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    // 巴 and 南 are on most Bazhong pages (巴中, 南江县), 巴南 on none.
    expect((await search(page, env.site, '巴南')).status).toContain('没有找到与“巴南”相关的内容');
    // The unit named 南江县…, then the county page of that name (a list), before the tasks that mention it.
    for (const query of ['南江', '南江县']) {
      expect((await search(page, env.site, query)).paths.slice(0, 2), query).toEqual(['/units/bazhong/nanjiang/', '/counties/nanjiang/']);
    }
    await context.close();
  });

  it('puts the inspection of 巴南区 first on a site of two cities, and no page of Bazhong that has only 巴 and 南', async () => {
    const context = await twoCities.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    for (const query of ['巴南', '巴南区']) {
      const banan = await search(page, twoCities.site, query);
      // The inspection is the thing; 巴南区's county page lists what concerns it (nothing, on this site).
      expect(banan.paths, query).toEqual(['/inspections/banan-demo/', '/counties/banan/']);
      expect(banan.status, query).toBe(`找到 2 个与“${query}”相关的页面。`);
    }
    await context.close();
  });

  it('lists what it found in a way axe-core passes (WCAG 2.2 AA): the status line, the links and their excerpts with the query marked', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const found = await search(page, env.site, '排水管网');
    expect(found.paths.length).toBeGreaterThan(1);
    expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0);
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
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

  it('finds a county and a topic typed together, and lists more results when asked', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    // Typed without a space: each word is on the task pages, the two together on none.
    const together = await search(page, env.site, '巴州区逾期');
    expect(together.status).toMatch(/^找到/);
    // Task 六 (巴州区 among its responsible counties) is late.
    expect(together.paths).toContain('/tasks/bazhong-cei2/06/');
    // A common word finds more than a list holds: 显示更多结果 adds the next ones and takes the reader to the first of them.
    const common = await search(page, env.site, '整改');
    expect(common.paths).toHaveLength(20);
    const more = page.getByRole('button', { name: '显示更多结果' });
    await more.click();
    await expect.poll(() => page.locator('.search-results li').count(), { timeout: 20_000 }).toBeGreaterThan(20);
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('.search-results a')[20])).toBe(true);
    const listed = await page.locator('.search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(listed).size).toBe(listed.length);
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
    await page.getByText('菜单', { exact: true }).click();
    await page.getByRole('search').first().getByRole('searchbox').fill('污泥');
    await page.getByRole('search').first().getByRole('button', { name: '搜索' }).click();
    await expect.poll(() => page.url()).toBe(env.site.url(`/search/?q=${encodeURIComponent('污泥')}`));
    expect(await page.locator('[data-search-needs-js]').textContent()).toContain('站内搜索需要浏览器启用 JavaScript');
    expect(await page.locator('[data-search-needs-js]').isVisible()).toBe(true);
    await context.close();
  });
});
