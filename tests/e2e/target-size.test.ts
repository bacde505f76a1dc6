import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveSite, tabsOf } from '../helpers/browser.ts';
import { oneSamplePerRoute, pageRoutes, pagesByRoute } from '../helpers/routes.ts';
import { basePathOf, SITES, type SiteName } from '../helpers/sites.ts';
import { smallTargets, squeezedCells } from '../helpers/target-size.ts';

// Every target a reader taps is at least 24 × 24 CSS px (WCAG 2.2 2.5.8), on a phone, in both
// reading modes, and no table cell is squeezed to a character a line in 长辈模式: checked on one
// page of every route (its largest), with every fold open. axe-core's
// rule lets a small target pass when nothing else is near it; this one does not (the home page's
// status counts were 10 × 18 px), and leaves out only links inside a line of text.
const SITE_ORDER: SiteName[] = ['bazhong', 'fixture', 'charts'];
const { byRoute } = pagesByRoute(SITE_ORDER, pageRoutes());
const checks = [...oneSamplePerRoute(byRoute, SITE_ORDER)].map(([route, page]) => ({ route: route.file, site: page.site, path: page.path }));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };

// A site is visited for the routes that no site before it in SITE_ORDER builds.
describe.each(SITE_ORDER.filter((name) => checks.some((check) => check.site === name)))('targets on a phone, on a page of every route of the %s site', (name) => {
  let site: Awaited<ReturnType<typeof serveSite>>;
  let phone: BrowserContext;
  let onPhone: ReturnType<typeof tabsOf>;
  beforeAll(async () => {
    site = await serveSite(SITES[name].outDir, basePathOf(name));
    phone = await browser.newContext({ locale: 'zh-CN', viewport: PHONE });
    onPhone = tabsOf(phone, PHONE);
  });
  afterAll(async () => {
    await phone?.close();
    await site?.close();
  });

  it.concurrent.for(checks.filter((check) => check.site === name))('$route ($path) has no target smaller than 24 × 24 px, and no table cell squeezed in 长辈模式', { timeout: 120_000 }, async ({ path }, { expect }) => {
    const problems = await onPhone(async (page) => {
      await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
      const found: string[] = [];
      for (const mode of ['standard', 'large']) {
        if (mode === 'large') await page.evaluate(() => document.documentElement.setAttribute('data-reading', 'large'));
        found.push(...(await smallTargets(page)).map((target) => `${path} (${mode}) ${target}`));
      }
      // In 长辈模式 on the narrowest phone no table sets its text a character a line (smallTargets opened every fold).
      await page.setViewportSize({ width: 320, height: 640 });
      found.push(...(await squeezedCells(page)).map((cell) => `${path} (large, 320 px) squeezed cell "${cell}"`));
      return found;
    });
    expect(problems).toEqual([]);
  });
});

describe('the target-size check', () => {
  it('finds a small link alone on its line and a small button, and lets a link in a sentence pass', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.setContent(`<style>a, button { font: 12px/1 sans-serif; padding: 0; border: 0; } summary { font: 30px/1 sans-serif; }</style>
      <ul><li><a href="/a">单独</a></li></ul>
      <p>句子里有一个<a href="/b">链接</a>，不算。</p>
      <details><summary>折叠</summary><button>钮</button></details>
      <p><a href="/c">12</a> · <a href="/d">34</a></p>`);
    const found = await smallTargets(page);
    await page.close();
    expect(found.map((target) => target.split(' "')[1]!.split('"')[0])).toEqual(['单独', '钮', '12', '34']);
  });
});
