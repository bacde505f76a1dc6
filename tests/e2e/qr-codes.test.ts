import { AxeBuilder } from '@axe-core/playwright';
import jsQR from 'jsqr';
import type { Browser, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveSite } from '../helpers/browser.ts';
import { basePathOf, SITES, siteUrlOf, type SiteName } from '../helpers/sites.ts';

type ServedSite = Awaited<ReturnType<typeof serveSite>>;

// Bazhong's site, and the two-inspection fixture published under a base path (with a typical case).
let browser: Browser;
let bazhong: ServedSite;
let fixture: ServedSite;
beforeAll(async () => {
  browser = await launchBrowser();
  bazhong = await serveSite(SITES.bazhong.outDir);
  fixture = await serveSite(SITES.fixture.outDir, basePathOf('fixture'));
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([bazhong?.close(), fixture?.close()]);
});

/**
 * What a phone camera reads from an element as Chromium draws it: a screenshot of it, its pixels
 * decoded by pngjs and the code by jsQR. Null when nothing decodes.
 */
async function scan(element: Locator): Promise<string | null> {
  const image = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data ?? null;
}

/** The permanent URL of a site path (`/tasks/x/`), from the site's address in its site.yaml, base path included. */
const permanentUrlOf = (name: SiteName, path: string) => new URL(path.slice(1), siteUrlOf(name)).href;

const canonicalOf = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

describe('the QR code of a task page (in its follow block), in Chromium', () => {
  const TASK = '/tasks/bazhong-cei2/06/';
  // Task, unit and county pages fold their QR code into the block that also offers the feed and the link.
  const CONTROL = '订阅更新、复制链接、扫码';

  it('is closed on screen, opens from its control with the keyboard and scans to the page’s permanent URL', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(bazhong.url(TASK));
    const code = page.getByRole('img', { name: '本页网址的二维码' });
    expect(await code.isVisible()).toBe(false);
    await page.getByText(CONTROL, { exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await code.isVisible()).toBe(true);
    const url = permanentUrlOf('bazhong', TASK);
    expect(url).toBe('https://example.org/tasks/bazhong-cei2/06/');
    expect(await canonicalOf(page)).toBe(url);
    expect(await scan(code)).toBe(url);
    // Its text alternative: what it is, and the address itself beside it, for a reader who cannot scan.
    expect(await page.locator('.page-qr figcaption').textContent()).toBe('用手机扫码打开本页');
    expect(await page.locator('.page-qr #follow-url').textContent()).toBe(url);
    // Open, it passes axe-core's WCAG 2.2 AA rules (tests/e2e/quality.test.ts sees it closed), in both reading modes.
    for (const mode of ['standard', 'large']) {
      if (mode === 'large') await page.evaluate(() => document.documentElement.setAttribute('data-reading', 'large'));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).include('.page-qr').setLegacyMode(true).analyze();
      expect(results.violations.map((violation) => `${mode} ${violation.id}`)).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(0);
    }
    await context.close();
  });

  it('opens with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(bazhong.url(TASK));
    await page.getByText(CONTROL, { exact: true }).click();
    expect(await scan(page.getByRole('img', { name: '本页网址的二维码' }))).toBe(permanentUrlOf('bazhong', TASK));
    await context.close();
  });

  it('prints, though closed on screen, without its control, and scans from the printed page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(bazhong.url(TASK));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('details.page-qr').getAttribute('open')).toBeNull();
    expect(await page.getByText(CONTROL, { exact: true }).isVisible()).toBe(false);
    // On paper: the code and the address, not the feed or the copy button.
    expect(await page.locator('.page-qr #follow-url').isVisible()).toBe(true);
    expect(await page.locator('.follow-feed').isVisible()).toBe(false);
    const code = page.locator('.page-qr svg');
    expect(await code.isVisible()).toBe(true);
    const box = (await code.boundingBox())!;
    expect(box.width).toBeGreaterThan(100); // 3.2 cm at 96 px an inch: about 121 px
    expect(await scan(code)).toBe(permanentUrlOf('bazhong', TASK));
    // A PDF as the print dialog makes it is written without error (the screenshot above is of the print layout).
    expect((await page.pdf({ format: 'A4' })).subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('fits a 320 px phone in 长辈模式 when open', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(bazhong.url(TASK));
    await page.evaluate(() => document.documentElement.setAttribute('data-reading', 'large'));
    await page.getByText(CONTROL, { exact: true }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await scan(page.getByRole('img', { name: '本页网址的二维码' }))).toBe(permanentUrlOf('bazhong', TASK));
    await page.close();
  });
});

describe('the QR codes of a finding, a typical case and a bulletin, on a site under a base path', () => {

  it.for(['/findings/muni-2026/01/', '/cases/sludge-dumping/', '/bulletins/demo/2025-h1/'])('%s scans to its permanent URL on paper', async (path) => {
    const page = await browser.newPage();
    await page.goto(fixture.url(path));
    await page.emulateMedia({ media: 'print' });
    const url = permanentUrlOf('fixture', path);
    expect(url).toMatch(/^https:\/\/ledger\.example\.test\/sub\//);
    expect(await canonicalOf(page)).toBe(url);
    expect(await scan(page.locator('.page-qr svg'))).toBe(url);
    await page.close();
  });
});
