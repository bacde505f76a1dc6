import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { targetSeries, targetSeriesChart } from '../../src/features/charts/charts.ts';
import { checkContent } from '../../src/features/check/index.ts';
import { formatQuantity } from '../../src/core/quantities.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { launchBrowser, serveSite } from '../helpers/browser.ts';
import { PROJECT_ROOT, SITES, TEST_AS_OF } from '../helpers/sites.ts';

let browser: Browser;
let bazhong: Awaited<ReturnType<typeof serveSite>>;
let fixture: Awaited<ReturnType<typeof serveSite>>;
const ledger = buildLedger(checkContent({ projectRoot: PROJECT_ROOT, asOf: TEST_AS_OF }).input, TEST_AS_OF);

beforeAll(async () => {
  bazhong = await serveSite(SITES.bazhong.outDir);
  fixture = await serveSite(SITES.charts.outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await bazhong?.close();
  await fixture?.close();
});

/** How many pixels of the chart's canvas are painted: 0 when nothing was drawn. */
async function paintedPixels(page: Page): Promise<number> {
  return page.locator('[data-chart] canvas').first().evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });
}

/** The data table of the chart on the page, as text cells, header row first. */
async function chartTable(page: Page): Promise<string[][]> {
  return page.locator('table.chart-table tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent!.trim())));
}

describe('indicator pages in Chromium', () => {
  it('draw every indicator of the plan with its target, and say plainly that no value is published', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const offsite: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(bazhong.origin)) offsite.push(request.url());
    });
    await page.goto(bazhong.url('/indicators/'));
    const links = await page.locator('main table th[scope="row"] a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(16);
    for (const [index, href] of links.entries()) {
      await page.goto(bazhong.url(href));
      const entry = ledger.indicators[index]!;
      await expect.poll(() => paintedPixels(page), { message: href }).toBeGreaterThan(1000);
      await expect(page.locator('.chart-notes').textContent()).resolves.toContain('尚未公布实测值');
      const table = await chartTable(page);
      expect(table[0]![1], href).toContain(`年目标：`);
      expect(table.length, href).toBeGreaterThan(1);
      // The target stands in its own year's row alone: the plan sets none for the years before it (the line is drawn across them).
      expect(table.slice(1).map((row) => row[1]), href).toEqual([...table.slice(2).map(() => '—'), formatQuantity(entry.data.target.value)]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), href).toBeLessThanOrEqual(375);
    }
    expect(offsite).toEqual([]);
    await context.close();
  });

  it('shows the tables and notes with JavaScript off, and no empty drawing area', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(bazhong.url('/indicators/bazhong-cei2/02-pm25/'));
    expect(await page.locator('[data-chart-canvas]').isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: /细颗粒物（PM2.5）浓度：数据表/ }).isVisible()).toBe(true);
    expect(await page.locator('.chart-notes').textContent()).toContain('尚未公布实测值');
    expect(await page.getByRole('link', { name: '下载数据（CSV）' }).getAttribute('href')).toBe('/data/charts/indicators/bazhong-cei2/02-pm25.csv');
    await context.close();
  });
});

describe('the pipeline chart in Chromium', () => {
  it('shows each county’s planned kilometres per year as the plan states them', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const series of targetSeries(ledger).filter((item) => item.task.id === 'bazhong-cei2/06')) {
      const spec = targetSeriesChart(series, ledger);
      await page.goto(bazhong.url(`/charts/${spec.id}/`));
      await expect.poll(() => paintedPixels(page)).toBeGreaterThan(1000);
      expect(await chartTable(page)).toEqual([
        [spec.categoryLabel, ...spec.series.map((item) => item.label)],
        ...spec.categories.map((place, row) => [place, ...spec.series.map((item) => (item.values[row] === null ? '—' : formatQuantity(item.values[row]!)))]),
      ]);
      expect(await page.locator('.chart-notes').textContent()).toContain('此外尚无公布的实际完成数据');
    }
    const table = await chartTable(page);
    expect(table.find((row) => row[0] === '巴州区')).toEqual(['巴州区', '—', '314', '360', '360', '360']);
    await context.close();
  });

  it('gives a newspaper an embeddable page with the chart and no site navigation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(bazhong.url('/charts/targets/bazhong-cei2/06/measure-1/embed/'));
    expect(await page.locator('.site-nav').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe('新改建排水管网：分地区计划（按年度）');
    await expect.poll(() => paintedPixels(page)).toBeGreaterThan(1000);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe('https://example.org/charts/targets/bazhong-cei2/06/measure-1/');
    await context.close();
  });
});

describe('measured values in Chromium (made-up fixture)', () => {
  it('lists latest values, targets and whether each is met', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(fixture.url('/indicators/'));
    const rows = await page.locator('main table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ''))));
    expect(rows).toEqual([
      ['空气质量优良天数率', '不低于95%（2025年）', '96.1%（2023年）', '✓最新值已达到目标'.slice(1)],
      ['细颗粒物浓度', '低于30微克/立方米（2025年）', '34.5微克/立方米（2023年6月）', '最新值未达到目标'],
      // How the site read 基本消除 goes with the figure.
      ['黑臭水体数', '不超过0个（2025年）原文为“基本消除”；本站把目标画作0个。', '尚未公布实测值', '尚未公布实测值'],
      ['生活污水集中收集率', '高于70%（2025年）', '61%（2023年），示例数据', '最新值未达到目标（示例数据）'],
    ]);
    await context.close();
  });

  it('draws measured values against the target, and says beside the chart when they are illustrative', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(fixture.url('/indicators/demo/01-air-good-days/'));
    await expect.poll(() => paintedPixels(page)).toBeGreaterThan(1000);
    expect(await chartTable(page)).toEqual([
      ['时间', '实测值（%）', '2025年目标：≥95（%）'],
      ['2022年', '93.2', '—'],
      ['2023年', '96.1', '—'],
      ['2025年', '—', '95'],
    ]);
    await page.goto(fixture.url('/indicators/demo/04-sewage-collection/'));
    expect(await page.locator('.chart-notes').textContent()).toContain('图中实测值为示例数据');
    await context.close();
  });
});
