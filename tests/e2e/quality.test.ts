import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveSite, tabsOf, WCAG_22_AA } from '../helpers/browser.ts';
import { oneSamplePerRoute, pageRoutes, pagesByRoute, routeOf } from '../helpers/routes.ts';
import { basePathOf, SITES, type SiteName } from '../helpers/sites.ts';

/**
 * The large-text reading mode (长辈模式) changes colours and sizes, not structure: in it only
 * what sizes and colours decide is checked again, contrast and the size of targets here, and
 * reflow on small screens below.
 */
const LARGE_TEXT_RULES = ['color-contrast', 'target-size'];

/**
 * Switches a page to the large-text mode, as its header button does, and says so if the text
 * did not grow: then the checks in that mode would only repeat those of the standard mode.
 */
async function switchToLargeText(page: Page, path: string): Promise<string[]> {
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const before = await size();
  await page.evaluate(() => document.documentElement.setAttribute('data-reading', 'large'));
  const after = await size();
  return after >= before * 1.3 ? [] : [`${path}: data-reading="large" left the text at ${after} px (from ${before} px)`];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Records, in every page of a context, the content security policy's violations the page reports
 * (read by `violations` below).
 */
async function recordPolicyViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

/** Opens a page in a tab and records every request it makes and every policy violation it reports. */
async function openRecorded(page: Page, url: string): Promise<{ requests: string[]; violations: () => Promise<string[]>; stop: () => void }> {
  const requests: string[] = [];
  const consoleViolations: string[] = [];
  const onRequest = (request: { url(): string }) => requests.push(request.url());
  const onConsole = (message: { text(): string }) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  await page.goto(url, { waitUntil: 'load' });
  return {
    requests,
    violations: async () => [...consoleViolations, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))],
    stop: () => {
      page.off('request', onRequest);
      page.off('console', onConsole);
    },
  };
}

/** The problems one page shows on a desktop screen: axe-core in both reading modes, requests, policy, keyboard. */
async function desktopProblems(page: Page, origin: string, path: string): Promise<string[]> {
  const problems: string[] = [];
  const { requests, violations, stop } = await openRecorded(page, `${origin}${path}`);
  await page.waitForLoadState('networkidle');
  stop();
  for (const request of requests) if (!request.startsWith(origin)) problems.push(`${path} requested ${request}`);
  for (const violation of await violations()) problems.push(`${path} violated the content security policy: ${violation}`);
  problems.push(...(await keyboardProblems(page, path)));
  // axe-core's legacy mode runs it in the page itself, about twice as fast, with the same
  // results on a page without frames; a page with frames takes the mode that enters them.
  const frameless = (await page.locator('iframe, frame').count()) === 0;
  for (const mode of ['standard', 'large']) {
    if (mode === 'large') problems.push(...(await switchToLargeText(page, path)));
    // Only violations are reported: axe then skips the selectors of what passed, a good part of its time on long pages.
    const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA).setLegacyMode(frameless).options({ resultTypes: ['violations'] });
    const results = await (mode === 'large' ? builder.withRules(LARGE_TEXT_RULES) : builder).analyze();
    for (const violation of results.violations) {
      problems.push(`${path} (${mode}) ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
    }
  }
  return problems;
}

/** Walks a page with Tab: skip link first, then on through the content, every stop visibly focused, no trap. */
async function keyboardProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.className ?? '');
  if (first !== 'skip-link') return [`${path}: the first Tab stop is "${first}", not the skip link`];
  if (!(await page.locator('.skip-link').isVisible())) problems.push(`${path}: the focused skip link is not visible`);
  await page.keyboard.press('Enter');
  const stops = new Set<string>();
  for (let step = 0; step < 40; step++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        key: `<${element.tagName.toLowerCase()}> ${element.textContent?.trim().slice(0, 30)} @${Math.round(box.top + window.scrollY)}`,
        indicated: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
        inHeader: Boolean(element.closest('header')),
        inFooter: Boolean(element.closest('footer')),
      };
    });
    if (!stop) break; // focus left the document at its end: no trap
    if (step === 0 && stop.inHeader) problems.push(`${path}: after the skip link, Tab goes back to the header (${stop.key})`);
    if (!stop.indicated) problems.push(`${path}: focus on ${stop.key} has no visible indicator`);
    if (!stop.onScreen) problems.push(`${path}: focus on ${stop.key} is off screen`);
    if (stops.has(stop.key) || stop.inFooter) break; // wrapped around, or reached the footer
    stops.add(stop.key);
  }
  return problems;
}

/** The problems one page shows on small screens: sideways scrolling at 320 px (both modes) and at 200% zoom. */
async function smallScreenProblems(page: Page, origin: string, path: string): Promise<string[]> {
  const problems: string[] = [];
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${origin}${path}`);
  for (const mode of ['standard', 'large']) {
    if (mode === 'large') problems.push(...(await switchToLargeText(page, path)));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) problems.push(`${path} (${mode}) is ${width} px wide on a 320 px screen`);
  }
  // 200% zoom of a 1280 × 800 laptop window: 640 × 400 CSS pixels.
  await page.evaluate(() => document.documentElement.removeAttribute('data-reading'));
  await page.setViewportSize({ width: 640, height: 400 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 640) problems.push(`${path} is ${width} px wide at 200% zoom`);
  const headingTop = await page.locator('h1').first().evaluate((heading) => heading.getBoundingClientRect().top);
  if (headingTop > 400) problems.push(`${path}: at 200% zoom the heading starts ${Math.round(headingTop)} px down, below the first screen`);
  return problems;
}

// Every page route of src/pages passes axe-core's WCAG 2.2 A and AA rules, requests nothing
// from another host, breaks no rule of its content security policy, can be walked with the
// keyboard, and reflows: checked once per route, on its largest page of the real site, or of the
// fixtures (same code, a base path, content the real site lacks) when the real site has none.
const SITE_ORDER: SiteName[] = ['bazhong', 'fixture', 'charts'];
const routes = pageRoutes();
const { byRoute, unmatched } = pagesByRoute(SITE_ORDER, routes);
const sample = oneSamplePerRoute(byRoute, SITE_ORDER);

describe('the sample of pages the browser checks', () => {
  it('holds a built page of every page route of src/pages', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((route) => !sample.has(route)).map((route) => route.file)).toEqual([]);
  });

  it('knows the route of every page the test sites built, ranked as Astro ranks routes', () => {
    expect(unmatched.map((page) => `${page.site} ${page.path}`)).toEqual([]);
    const fileOf = (path: string) => routeOf(path, routes)?.file;
    expect(fileOf('/')).toBe('index.astro');
    expect(fileOf('/404.html')).toBe('404.astro');
    expect(fileOf('/cases/')).toBe('cases/index.astro');
    expect(fileOf('/charts/targets/x/06/measure-1/')).toBe('charts/[...id].astro');
    expect(fileOf('/charts/targets/x/06/measure-1/embed/')).toBe('charts/[...id]/embed.astro');
    expect(fileOf('/filter/county/nanjiang/page-2/')).toBe('filter/[dimension]/[...value].astro');
    expect(fileOf('/maps/sewage/')).toBe('maps/[layer].astro');
    expect(fileOf('/maps/sewage.geojson')).toBeUndefined();
  });
});

const checks = [...sample].map(([route, page]) => ({ route: route.file, site: page.site, path: page.path }));
// Reflow depends on content (another city's longer names and terms), so it is checked on every
// route of every site, not only on the first site that has the route.
const reflowChecks = SITE_ORDER.flatMap((name) => [...oneSamplePerRoute(byRoute, [name])].map(([route, page]) => ({ route: route.file, site: page.site, path: page.path })));

const DESKTOP = { width: 1280, height: 800 };
const SMALL = { width: 320, height: 640 };

describe.each(SITE_ORDER)('every page route, on a page of the %s site, in Chromium', (name) => {
  let site: Awaited<ReturnType<typeof serveSite>>;
  let desktop: BrowserContext;
  let small: BrowserContext;
  let onDesktop: ReturnType<typeof tabsOf>;
  let onSmall: ReturnType<typeof tabsOf>;
  beforeAll(async () => {
    site = await serveSite(SITES[name].outDir, basePathOf(name));
    desktop = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP });
    await recordPolicyViolations(desktop);
    onDesktop = tabsOf(desktop, DESKTOP);
    small = await browser.newContext({ locale: 'zh-CN' });
    onSmall = tabsOf(small, SMALL);
  });
  afterAll(async () => {
    await desktop?.close();
    await small?.close();
    await site?.close();
  });
  const mine = checks.filter((check) => check.site === name);

  // Pages are independent: two at a time keep Chromium busy while the other waits for the network.
  it.concurrent.for(mine)('$route ($path) passes axe-core (WCAG 2.2 AA), stays on the site, keeps its policy and walks by keyboard', { timeout: 120_000 }, async ({ path }, { expect }) => {
    expect(await onDesktop((page) => desktopProblems(page, site.origin, path))).toEqual([]);
  });

  it.concurrent.for(reflowChecks.filter((check) => check.site === name))('$route ($path) reflows to 320 px in large text and to 200% zoom', { timeout: 120_000 }, async ({ path }, { expect }) => {
    expect(await onSmall((page) => smallScreenProblems(page, site.origin, path))).toEqual([]);
  });
});

describe('the reading mode for older readers (长辈模式)', () => {
  let site: Awaited<ReturnType<typeof serveSite>>;
  beforeAll(async () => {
    site = await serveSite(SITES.bazhong.outDir);
  });
  afterAll(async () => {
    await site?.close();
  });

  it('is switched on from the top of any page with the keyboard, enlarges the text and persists', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(site.url('/tasks/bazhong-cei2/06/'));
    const toggle = page.getByRole('switch', { name: /长辈模式/ });
    expect(await toggle.isChecked()).toBe(false);
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.isChecked()).toBe(true);
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(after).toBeGreaterThanOrEqual(before * 1.3);

    await page.goto(site.url('/'));
    expect(await page.locator('html').getAttribute('data-reading')).toBe('large');
    expect(await page.getByRole('switch', { name: /长辈模式/ }).isChecked()).toBe(true);
    await page.getByRole('switch', { name: /长辈模式/ }).click();
    await page.reload();
    expect(await page.locator('html').getAttribute('data-reading')).toBeNull();
    expect(await page.getByRole('switch', { name: /长辈模式/ }).isChecked()).toBe(false);
    await context.close();
  });

  it('shows the choice made on another page when the reader goes Back, switched on or off there', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const mode = async () => ({ large: (await page.locator('html').getAttribute('data-reading')) === 'large', ticked: await page.getByRole('switch', { name: /长辈模式/ }).isChecked() });
    await page.goto(site.url('/counties/bazhou/'));
    await page.goto(site.url('/tasks/bazhong-cei2/06/'));
    await page.getByRole('switch', { name: /长辈模式/ }).check();
    await page.goBack();
    await expect.poll(mode).toEqual({ large: true, ticked: true });
    await page.goForward();
    await page.getByRole('switch', { name: /长辈模式/ }).uncheck();
    await page.goBack();
    await expect.poll(mode).toEqual({ large: false, ticked: false });
    // And the page is as large as its switch says (the CSS follows a ticked switch too).
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeLessThan(18);
    await context.close();
  });

  it('is the first control of the page after the skip link, above the site title', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(site.url('/'));
    const controls = await page.evaluate(() => [...document.querySelectorAll('a[href], button, input, select, textarea')].slice(0, 3).map((element) => element.id || element.className));
    expect(controls).toEqual(['skip-link', 'reading-mode', 'site-title']);
    await context.close();
  });

  it('works with JavaScript off on the page where it is switched on', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/'));
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await size();
    await page.getByRole('switch', { name: /长辈模式/ }).check();
    expect(await size()).toBeGreaterThanOrEqual(before * 1.3);
    await context.close();
  });
});
