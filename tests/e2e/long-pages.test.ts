import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserOnSite } from '../helpers/browser-suite.ts';
import { SITES } from '../helpers/sites.ts';
import { squeezedCells } from '../helpers/target-size.ts';
import { STATUS_LABELS } from '../../src/core/status.ts';

const env = browserOnSite(SITES.bazhong.outDir);

/** A 390 px phone in 长辈模式, as its reader left it on an earlier visit. */
async function phoneInLargeText(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const context = await env.browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, ...options });
  await context.addInitScript(() => localStorage.setItem('ledger-reading-mode', 'large'));
  return context;
}

const screens = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);


describe('a county page on a 390 px phone in 长辈模式', () => {
  // It ran to about 39 screens, the status of each measure from the 25th on, under a header a
  // screen tall: now the header is a bar, contents come first, and the long lists are folded.
  it('is a few screens long, under a compact header, and starts with its contents', async () => {
    const context = await phoneInLargeText({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.url('/counties/tongjiang/'));
    await page.getByRole('switch', { name: /长辈模式/ }).check();
    expect(await screens(page)).toBeLessThanOrEqual(4);
    expect(await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height)).toBeLessThan(844 / 4);
    const contents = page.getByRole('navigation', { name: '本页目录' });
    expect(await contents.getByRole('link').allTextContents()).toEqual(['量化目标（13项）', '点位（4处）', '任务（8项）和措施（37条）']);
    expect(await contents.evaluate((nav) => nav.getBoundingClientRect().top)).toBeLessThan(844);
    await context.close();
  });

  it('opens the measures with one tap, without JavaScript, each measure a labelled card with no cell squeezed', async () => {
    const context = await phoneInLargeText({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.url('/counties/tongjiang/'));
    await page.getByRole('switch', { name: /长辈模式/ }).check();
    const measures = page.locator('details.fold', { hasText: '37 条措施' });
    expect(await measures.locator('table').isVisible()).toBe(false);
    await measures.locator('summary').click();
    expect(await measures.locator('tbody tr').count()).toBe(37);
    expect(await measures.locator('tbody tr').first().evaluate((row) => getComputedStyle(row).display)).toBe('block');
    expect(await measures.locator('tbody tr').first().locator('td[data-label="状态"]').evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"状态："');
    await page.locator('details.fold').evaluateAll((folds) => folds.forEach((fold) => ((fold as HTMLDetailsElement).open = true)));
    expect(await squeezedCells(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('opens a section its contents link to, and one an address points into', async () => {
    const context = await phoneInLargeText();
    const page = await context.newPage();
    await page.goto(env.site.url('/counties/tongjiang/'));
    const folds = () => page.locator('details.fold').evaluateAll((all) => all.map((fold) => (fold as HTMLDetailsElement).open));
    expect(await folds()).toEqual([false, false, false, false]);
    await page.getByRole('navigation', { name: '本页目录' }).getByRole('link', { name: /任务（8项）/ }).click();
    await expect.poll(folds).toEqual([false, false, true, true]);
    expect(await page.locator('#tasks').evaluate((heading) => heading.getBoundingClientRect().top)).toBeLessThan(100);

    // The plan's text is one fold: a link to one of its headings opens it.
    await page.goto(env.site.url('/plans/bazhong-cei2/'));
    const heading = page.getByRole('navigation', { name: '本页目录' }).getByRole('link').first();
    const target = decodeURIComponent((await heading.getAttribute('href'))!.slice(1));
    expect(await page.locator('details.fold').first().evaluate((fold) => (fold as HTMLDetailsElement).open)).toBe(false);
    await heading.click();
    await expect.poll(() => page.locator('details.fold').first().evaluate((fold) => (fold as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator(`[id="${target}"]`).isVisible()).toBe(true);
    await context.close();
  });

  it('prints every fold open, without its button', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.site.url('/counties/tongjiang/'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('details.fold tbody tr', { hasText: '任务三' }).first().isVisible()).toBe(true);
    expect(await page.locator('details.fold > summary').first().isVisible()).toBe(false);
    await page.close();
  });
});

describe('a retired resident on a 390 px phone in 长辈模式', () => {
  // The walk: from the home page, whether the sewage work in his county is late and who
  // answers for it, in three taps, read without zooming.
  it('finds in three taps whether the sewage task in his county is late and who is responsible, in text large enough to read', async () => {
    const context = await phoneInLargeText();
    const page = await context.newPage();
    await page.goto(env.site.url('/'));
    await page.getByRole('link', { name: '按县（区）查看' }).click();
    await page.getByRole('link', { name: '通江县', exact: true }).first().click();
    // The page opens with the answer for the county as a whole, and who answers for it there.
    expect(await page.locator('.answer-first').textContent()).toMatch(/项整改任务中[\s\S]*当地的责任单位是通江县党委和人民政府/);
    await page.getByRole('navigation', { name: '本页目录' }).getByRole('link', { name: /^任务（\d+项）/ }).click();
    const sewage = page.locator('details.fold tbody tr', { hasText: '污水收集处理能力不足' }).first();
    await sewage.scrollIntoViewIfNeeded();
    expect(await sewage.isVisible()).toBe(true);
    // Its status in words (the test site's as-of day is before the deadline: not late yet).
    const status = (await sewage.locator('td[data-label="状态"]').textContent())!;
    expect(Object.values(STATUS_LABELS).filter((label) => status.includes(label)), status).toHaveLength(1);
    expect(await sewage.locator('td[data-label="责任单位"]').textContent()).toContain('各县（区）党委和人民政府');
    // Nothing to zoom: the card fits the screen, in text of at least 18 px.
    const box = (await sewage.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const sizes = await sewage.locator('th, td').evaluateAll((cells) => cells.map((cell) => parseFloat(getComputedStyle(cell).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
